import type * as obsidian from 'obsidian';

type EditorPart = 'getValue' | 'setValue' | 'getLine' | 'lineCount' | 'lastLine' | 'getRange' | 'getCursor' | 'setCursor'
	| 'getSelection' | 'replaceRange' | 'replaceSelection' | 'transaction' | 'posToOffset' | 'offsetToPos' | 'somethingSelected';

/**
 * Fake of Obsidian's `Editor` over a string. Every call that changes the text counts as one undo step
 * (`undoSteps`), as in CodeMirror, so a test can tell that a command was one step — or none.
 */
export class Editor implements Pick<obsidian.Editor, EditorPart> {
	/** Undo steps made so far: one per `setValue`, `replaceRange`, `replaceSelection` or `transaction` that changed the text. */
	undoSteps = 0;
	private text: string;
	private cursor: obsidian.EditorPosition = { line: 0, ch: 0 };

	constructor(text = '', cursor?: obsidian.EditorPosition) {
		this.text = text;
		if (cursor) this.setCursor(cursor);
	}

	/** This fake, typed as the `Editor` the plugin's code receives. */
	asEditor(): obsidian.Editor {
		return this as unknown as obsidian.Editor;
	}

	getValue(): string {
		return this.text;
	}

	setValue(content: string): void {
		this.apply([{ from: 0, to: this.text.length, text: content }]);
	}

	getLine(line: number): string {
		return this.text.split('\n')[line] ?? '';
	}

	lineCount(): number {
		return this.text.split('\n').length;
	}

	lastLine(): number {
		return this.lineCount() - 1;
	}

	getRange(from: obsidian.EditorPosition, to: obsidian.EditorPosition): string {
		return this.text.slice(this.posToOffset(from), this.posToOffset(to));
	}

	getCursor(): obsidian.EditorPosition {
		return { ...this.cursor };
	}

	setCursor(pos: obsidian.EditorPosition | number, ch?: number): void {
		this.cursor = this.offsetToPos(this.posToOffset(typeof pos === 'number' ? { line: pos, ch: ch ?? 0 } : pos));
	}

	getSelection(): string {
		return '';
	}

	somethingSelected(): boolean {
		return false;
	}

	replaceSelection(replacement: string): void {
		const at = this.posToOffset(this.cursor);
		this.apply([{ from: at, to: at, text: replacement }]);
	}

	replaceRange(replacement: string, from: obsidian.EditorPosition, to?: obsidian.EditorPosition): void {
		this.apply([{ from: this.posToOffset(from), to: this.posToOffset(to ?? from), text: replacement }]);
	}

	/** Applies all changes as one undo step; their positions refer to the text before the transaction, as in CodeMirror. */
	transaction(tx: obsidian.EditorTransaction): void {
		const changes = (tx.changes ?? []).map((change) => ({
			from: this.posToOffset(change.from),
			to: this.posToOffset(change.to ?? change.from),
			text: change.text,
		}));
		if (tx.replaceSelection !== undefined) {
			const at = this.posToOffset(this.cursor);
			changes.push({ from: at, to: at, text: tx.replaceSelection });
		}
		this.apply(changes);
		if (tx.selection) this.setCursor(tx.selection.from);
	}

	posToOffset(pos: obsidian.EditorPosition): number {
		const lines = this.text.split('\n');
		const line = Math.max(0, Math.min(pos.line, lines.length - 1));
		let offset = 0;
		for (let i = 0; i < line; i++) offset += (lines[i] ?? '').length + 1;
		return offset + Math.max(0, Math.min(pos.ch, (lines[line] ?? '').length));
	}

	offsetToPos(offset: number): obsidian.EditorPosition {
		const before = this.text.slice(0, Math.max(0, Math.min(offset, this.text.length)));
		const line = before.split('\n').length - 1;
		return { line, ch: before.length - (before.lastIndexOf('\n') + 1) };
	}

	private apply(changes: { from: number; to: number; text: string }[]): void {
		const sorted = [...changes].sort((a, b) => a.from - b.from);
		for (let i = 1; i < sorted.length; i++) {
			if ((sorted[i]?.from ?? 0) < (sorted[i - 1]?.to ?? 0)) throw new Error('Editor: overlapping changes in one transaction');
		}
		let result = this.text;
		for (const change of [...sorted].reverse()) result = result.slice(0, change.from) + change.text + result.slice(change.to);
		if (result === this.text) return;
		// Keep the cursor where it was relative to the text before it, as CodeMirror maps it through changes.
		const cursorAt = this.posToOffset(this.cursor);
		const shift = sorted.filter((c) => c.to <= cursorAt).reduce((sum, c) => sum + c.text.length - (c.to - c.from), 0);
		this.text = result;
		this.undoSteps++;
		this.cursor = this.offsetToPos(cursorAt + shift);
	}
}
