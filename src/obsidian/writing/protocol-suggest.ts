import { EditorSuggest, type Editor, type EditorPosition, type EditorSuggestContext, type EditorSuggestTriggerInfo, type TFile } from 'obsidian';
import { completionAt, parseProtocol, playableFenceAt, writingFacts, type Completion, type CompletionOption, type WritingFacts } from '../../core';
import { writingStrings, type WritingStrings } from '../../i18n/writing';
import type { PluginContext } from '../context';
import { writingOptions } from './playable-options';

/**
 * Completion inside playable blocks (SPEC §1a): after `%% @` the directives with a line on what each does; after
 * `@state `, `@needs `, `@durable `, `@restart ` the participants; after `P +=`, `P -=`, `P:` the items P is known
 * to hold; after `key = ` the values ever set. Only lines holding `%%` and `@` before the cursor look for their
 * block, so most keystrokes cost one short line scan.
 */
export class ProtocolSuggest extends EditorSuggest<CompletionOption> {
	private readonly words: WritingStrings;
	private found: Completion | null = null;
	/** The last block's facts, by its source: typing in a directive line does not parse the block again until it changes. */
	private facts: { key: string; facts: WritingFacts | undefined } | null = null;

	constructor(private readonly ctx: PluginContext) {
		super(ctx.app);
		this.words = writingStrings(ctx.language);
	}

	override onTrigger(cursor: EditorPosition, editor: Editor, _file: TFile | null): EditorSuggestTriggerInfo | null {
		const before = editor.getLine(cursor.line).slice(0, cursor.ch);
		if (!before.includes('%%') || !before.includes('@')) return null;
		const options = writingOptions(this.ctx);
		const fence = playableFenceAt((n) => editor.getLine(n), editor.lineCount(), cursor.line, options);
		if (!fence || cursor.line === fence.open || cursor.line === fence.close) return null;
		this.found = completionAt(before, () => this.factsOf(withoutLine(fence.source, cursor.line - fence.open - 1), options.inferState));
		if (!this.found) return null;
		return { start: { line: cursor.line, ch: this.found.from }, end: cursor, query: this.found.query };
	}

	override getSuggestions(_context: EditorSuggestContext): CompletionOption[] {
		return this.found?.options ?? [];
	}

	override renderSuggestion(option: CompletionOption, el: HTMLElement): void {
		el.addClass('protocol-completion');
		el.createSpan({ cls: 'protocol-completion-text', text: option.text });
		const detail = option.directive !== undefined ? this.words.directives[option.directive] : option.alias !== undefined ? this.words.participantAlias(option.alias) : undefined;
		if (detail !== undefined) el.createEl('small', { cls: 'protocol-completion-detail', text: detail });
	}

	override selectSuggestion(option: CompletionOption, _evt: MouseEvent | KeyboardEvent): void {
		const context = this.context;
		if (!context) return;
		const { editor, start, end } = context;
		// One transaction: the text and the cursor after it are one undo step.
		editor.transaction({ changes: [{ from: start, to: end, text: option.insert }], selection: { from: { line: start.line, ch: start.ch + option.insert.length } } });
		this.close();
	}

	/** The block's facts; the line being typed is left out, so typing in it parses nothing again. */
	private factsOf(source: string, inferState: boolean): WritingFacts | undefined {
		const key = `${inferState ? 1 : 0}${source}`;
		if (this.facts?.key !== key) {
			const parsed = parseProtocol(source, { inferState });
			this.facts = { key, facts: parsed.ok ? writingFacts(parsed.protocol) : undefined };
		}
		return this.facts.facts;
	}
}

/**
 * The block without the line being typed (blanked, so the others keep their numbers): what is half-written there is
 * not offered back, and the text the facts are cached by stays the same while only that line changes.
 */
function withoutLine(source: string, line: number): string {
	const lines = source.split('\n');
	if (line >= 0 && line < lines.length) lines[line] = '';
	return lines.join('\n');
}
