/**
 * A JSON parser that works in slices: `JSON.parse` of a large HAR blocks the app for as long as it takes,
 * so this one yields the share read every `SLICE` characters. It reads the text once (linear), keeps its own
 * stack (no recursion, so deep nesting cannot overflow), and accepts exactly what JSON accepts.
 */

/** Characters read between two yields. */
const SLICE = 1 << 17;
/** Nesting deeper than this is refused: no HAR comes near it. */
const MAX_DEPTH = 512;

/** The parsed value, or the offset of the first character that is not JSON. */
export type JsonOutcome = { ok: true; value: unknown } | { ok: false; offset: number };

type Frame = { array: unknown[] } | { object: Record<string, unknown>; key: string | undefined };

/** Parses `text`, yielding the share read (0–1) now and then. */
export function* parseJsonInSlices(text: string): Generator<number, JsonOutcome, void> {
	const length = text.length;
	let pos = 0;
	let nextYield = SLICE;
	const stack: Frame[] = [];
	const fail = (): JsonOutcome => ({ ok: false, offset: Math.min(pos, length) });
	const skipBlanks = (): void => {
		while (pos < length) {
			const c = text.charCodeAt(pos);
			if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
			pos++;
		}
	};
	for (;;) {
		if (pos >= nextYield) {
			nextYield = pos + SLICE;
			yield pos / length;
		}
		skipBlanks();
		// Read one value (or open a container) at `pos`.
		let value: unknown;
		let opened = false;
		const c = text.charCodeAt(pos);
		if (c === 123 /* { */ || c === 91 /* [ */) {
			if (stack.length >= MAX_DEPTH) return fail();
			pos++;
			skipBlanks();
			const closing = c === 123 ? 125 : 93;
			if (text.charCodeAt(pos) === closing) {
				pos++;
				value = c === 123 ? {} : [];
			} else {
				stack.push(c === 123 ? { object: {}, key: undefined } : { array: [] });
				opened = true;
			}
		} else if (c === 34 /* " */) {
			const read = readString(text, pos);
			if (read === undefined) return fail();
			value = read.value;
			pos = read.end;
		} else {
			const end = scalarEnd(text, pos);
			const word = text.slice(pos, end);
			if (word === 'true') value = true;
			else if (word === 'false') value = false;
			else if (word === 'null') value = null;
			else if (isJsonNumber(word)) value = Number(word);
			else return fail();
			pos = end;
		}
		if (opened) {
			const top = stack[stack.length - 1];
			if (top && 'object' in top) {
				const key = readKey(text, pos);
				if ('error' in key) return { ok: false, offset: key.error };
				top.key = key.value;
				pos = key.end;
			}
			continue;
		}
		// Hand the value to its container, closing containers as they end.
		for (;;) {
			const top = stack[stack.length - 1];
			if (!top) {
				skipBlanks();
				return pos === length ? { ok: true, value } : fail();
			}
			if ('array' in top) top.array.push(value);
			else if (top.key === '__proto__') {
				// As JSON.parse: an own property, never the object's prototype.
				Object.defineProperty(top.object, top.key, { value, writable: true, enumerable: true, configurable: true });
			} else if (top.key !== undefined) top.object[top.key] = value;
			skipBlanks();
			const next = text.charCodeAt(pos);
			if (next === 44 /* , */) {
				pos++;
				if ('object' in top) {
					skipBlanks();
					const key = readKey(text, pos);
					if ('error' in key) return { ok: false, offset: key.error };
					top.key = key.value;
					pos = key.end;
				}
				break;
			}
			if (next !== ('array' in top ? 93 : 125)) return fail();
			pos++;
			stack.pop();
			value = 'array' in top ? top.array : top.object;
		}
	}
}

/** `"key" :` at `pos` (after blanks): the key and the position after the colon, or where it went wrong. */
function readKey(text: string, pos: number): { value: string; end: number } | { error: number } {
	let at = skipJsonBlanks(text, pos);
	if (text.charCodeAt(at) !== 34) return { error: at };
	const key = readString(text, at);
	if (!key) return { error: at };
	at = skipJsonBlanks(text, key.end);
	if (text.charCodeAt(at) !== 58 /* : */) return { error: at };
	return { value: key.value, end: at + 1 };
}

/** JSON's four blanks (space, tab, line feed, carriage return) from `pos`. */
function skipJsonBlanks(text: string, pos: number): number {
	let at = pos;
	while (at < text.length) {
		const c = text.charCodeAt(at);
		if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
		at++;
	}
	return at;
}

/** A string starting at the quote at `pos`: its value and the position after the closing quote. */
function readString(text: string, pos: number): { value: string; end: number } | undefined {
	let at = pos + 1;
	let value = '';
	let copied = at;
	for (;;) {
		if (at >= text.length) return undefined;
		const c = text.charCodeAt(at);
		if (c === 34) return { value: value + text.slice(copied, at), end: at + 1 };
		if (c < 32) return undefined;
		if (c !== 92 /* \ */) {
			at++;
			continue;
		}
		value += text.slice(copied, at);
		const escape = text[at + 1];
		const simple = escape === undefined ? undefined : ESCAPES[escape];
		if (simple !== undefined) {
			value += simple;
			at += 2;
		} else if (escape === 'u') {
			const hex = text.slice(at + 2, at + 6);
			if (!/^[0-9a-fA-F]{4}$/.test(hex)) return undefined;
			value += String.fromCharCode(parseInt(hex, 16));
			at += 6;
		} else {
			return undefined;
		}
		copied = at;
	}
}

const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Where a bare word (number, `true`, `false`, `null`) at `pos` ends. */
function scalarEnd(text: string, pos: number): number {
	let at = pos;
	while (at < text.length) {
		const c = text.charCodeAt(at);
		const isWordChar = (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 43 || c === 45 || c === 46;
		if (!isWordChar) break;
		at++;
	}
	return at;
}

/** JSON's number grammar, read by a scanner: `-? (0 | [1-9]digits) (.digits)? ([eE][+-]?digits)?`. */
function isJsonNumber(word: string): boolean {
	let at = 0;
	const digits = (): number => {
		const start = at;
		while (at < word.length && word.charCodeAt(at) >= 48 && word.charCodeAt(at) <= 57) at++;
		return at - start;
	};
	if (word[at] === '-') at++;
	if (word[at] === '0') at++;
	else if (digits() === 0) return false;
	if (word[at] === '.') {
		at++;
		if (digits() === 0) return false;
	}
	if (word[at] === 'e' || word[at] === 'E') {
		at++;
		if (word[at] === '+' || word[at] === '-') at++;
		if (digits() === 0) return false;
	}
	return at === word.length;
}
