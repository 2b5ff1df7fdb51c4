import type { Diagnostic } from '../model';

/** One note a `protocol-compare` block names: `[[note]]` or `[[note#heading]]` (an alias after `|` is ignored). */
export interface CompareNoteRef {
	/** The link path as written, without heading or alias. */
	note: string;
	/** The heading after `#`, when given: the first diagram under it is meant. */
	heading?: string;
	/** 1-based line in the block. */
	line: number;
	/** The link as written, for messages. */
	text: string;
	/**
	 * Set for a `#ID` line (read only when `parseCompareSource` is told `pageBlocks`): the block in the
	 * `<pre id="ID">` of the same page, on a page the standalone script upgrades. `note` is then the id.
	 */
	pageBlock?: string;
}

/** How a compare block is read. */
export interface CompareSourceOptions {
	/** Read `#ID` lines as blocks of the same page (the standalone script); elsewhere they are unknown lines. */
	pageBlocks?: boolean;
}

/** The fault a block's `fault:` line asks for, by names still to be found on each side. */
export type CompareFaultSpec =
	| { kind: 'restart'; participant: string; moment: string; line: number }
	| { kind: 'drop'; moment: string; line: number };

/** Why a line of a compare block could not be used; the i18n layer words it. */
export type CompareProblem = 'unknown-line' | 'bad-link' | 'bad-fault' | 'second-fault' | 'too-few' | 'too-many';

/** A problem in a compare block, with the code the i18n layer words and an English message. */
export interface CompareDiagnostic extends Diagnostic {
	problem: CompareProblem;
}

/** A `protocol-compare` block as read: never thrown, problems listed. */
export interface CompareSource {
	/** The notes to compare, in order, at most `MAX_COMPARED`. */
	notes: CompareNoteRef[];
	fault?: CompareFaultSpec;
	diagnostics: CompareDiagnostic[];
}

/** Fewest notes a comparison needs. */
export const MIN_COMPARED = 2;
/** Most notes drawn side by side; more would be too narrow to read. */
export const MAX_COMPARED = 4;

/**
 * Reads a `protocol-compare` block: one `[[note]]` per line (2 to 4), an optional
 * `fault: restart P after TEXT` or `fault: drop TEXT`, blank lines and `%%` comments ignored. With
 * `pageBlocks`, a line `#ID` names the block of the same page in `<pre id="ID">` (a side like a note's).
 * A line-by-line scanner (indexOf and slices only), so its time is linear in the block's length.
 */
export function parseCompareSource(source: string, options: CompareSourceOptions = {}): CompareSource {
	const result: CompareSource = { notes: [], diagnostics: [] };
	const lines = source.split('\n');
	let extra = 0;
	lines.forEach((raw, index) => {
		const line = index + 1;
		const text = raw.trim();
		if (text === '' || text.startsWith('%%')) return;
		const isPageBlock = options.pageBlocks === true && text.startsWith('#');
		if (text.startsWith('[[') || isPageBlock) {
			const ref = isPageBlock ? readPageBlock(text, line) : readLink(text, line);
			if (typeof ref === 'string') result.diagnostics.push(problem(line, text, 'bad-link', ref));
			else if (result.notes.length < MAX_COMPARED) result.notes.push(ref);
			else extra++;
			return;
		}
		if (startsWithWord(text, 'fault:')) {
			if (result.fault !== undefined) {
				result.diagnostics.push(problem(line, text, 'second-fault', 'only one `fault:` line is used: the first one'));
				return;
			}
			const fault = readFault(text.slice('fault:'.length).trim(), line);
			if (fault === undefined) result.diagnostics.push(problem(line, text, 'bad-fault', 'expected `fault: restart P after TEXT` or `fault: drop TEXT`'));
			else result.fault = fault;
			return;
		}
		result.diagnostics.push(problem(line, text, 'unknown-line', 'expected a note link such as `[[Stateful login]]` or a `fault:` line'));
	});
	if (extra > 0) {
		result.diagnostics.push(problem(lines.length, '', 'too-many', `expected at most ${MAX_COMPARED} notes: the first ${MAX_COMPARED} are compared`));
	}
	if (result.notes.length < MIN_COMPARED) {
		result.diagnostics.push(problem(1, '', 'too-few', `expected ${MIN_COMPARED} to ${MAX_COMPARED} note links, one per line`));
	}
	return result;
}

function problem(line: number, text: string, code: CompareProblem, message: string): CompareDiagnostic {
	const diagnostic: CompareDiagnostic = { line, message, problem: code };
	if (text !== '') diagnostic.text = text;
	return diagnostic;
}

function startsWithWord(text: string, word: string): boolean {
	return text.slice(0, word.length).toLowerCase() === word;
}

/** `[[path#heading|alias]]` alone on its line → the reference, or what is wrong with it. */
function readLink(text: string, line: number): CompareNoteRef | string {
	const close = text.indexOf(']]');
	if (close < 0) return 'expected `]]` to close the link';
	if (text.slice(close + 2).trim() !== '') return 'expected one link per line, nothing after `]]`';
	let inner = text.slice(2, close);
	const bar = inner.indexOf('|');
	if (bar >= 0) inner = inner.slice(0, bar);
	const hash = inner.indexOf('#');
	const note = (hash >= 0 ? inner.slice(0, hash) : inner).trim();
	const heading = hash >= 0 ? inner.slice(hash + 1).trim() : '';
	if (note === '') return 'expected a note name inside `[[ ]]`';
	const ref: CompareNoteRef = { note, line, text };
	if (heading !== '') ref.heading = heading;
	return ref;
}

/** `#ID` alone on its line → the reference to that block of the page, or what is wrong with it. */
function readPageBlock(text: string, line: number): CompareNoteRef | string {
	const id = text.slice(1);
	if (id === '') return 'expected the id of a block on this page after `#`';
	for (const ch of id) if (ch === ' ' || ch === '\t') return 'expected one block id per line, without spaces';
	return { note: id, pageBlock: id, line, text };
}

/** `restart P after TEXT` or `drop TEXT` → the spec; undefined when it is neither. */
function readFault(body: string, line: number): CompareFaultSpec | undefined {
	if (startsWithWord(body, 'restart ')) {
		const rest = body.slice('restart '.length);
		// The first " after " splits: a participant's label rarely holds the word, a step's text often does.
		const at = rest.toLowerCase().indexOf(' after ');
		if (at < 0) return undefined;
		const participant = rest.slice(0, at).trim();
		const moment = rest.slice(at + ' after '.length).trim();
		if (participant === '' || moment === '') return undefined;
		return { kind: 'restart', participant, moment, line };
	}
	if (startsWithWord(body, 'drop ')) {
		const moment = body.slice('drop '.length).trim();
		return moment === '' ? undefined : { kind: 'drop', moment, line };
	}
	return undefined;
}
