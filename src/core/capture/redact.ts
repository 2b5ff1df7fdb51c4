import type { HiddenValue } from './types';
import { itemName } from './block-text';

/**
 * Gives each secret a stable label (`sid#1`, `access_token#2`): the same value always gets the same label,
 * so a reader still sees that the cookie sent back is the one that was set, without the value. Labels are
 * numbered per name; `hidden()` lists them for the notice.
 */
export class Redactor {
	private readonly byValue = new Map<string, HiddenValue>();
	private readonly counts = new Map<string, number>();
	private readonly list: HiddenValue[] = [];

	/** The label for `value` of `name`; the first time a value is seen it gets the next number for that name. */
	label(kind: HiddenValue['kind'], name: string, value: string): string {
		const base = labelBase(name);
		const key = `${base}\u0000${value}`;
		const known = this.byValue.get(key);
		if (known) return known.label;
		const n = (this.counts.get(base) ?? 0) + 1;
		this.counts.set(base, n);
		const hidden: HiddenValue = { label: `${base}#${n}`, kind, name };
		this.byValue.set(key, hidden);
		this.list.push(hidden);
		return hidden.label;
	}

	/** The label already given to `value` of `name`, if any. */
	known(name: string, value: string): string | undefined {
		return this.byValue.get(`${labelBase(name)}\u0000${value}`)?.label;
	}

	/** Every label given, in the order first seen. */
	hidden(): HiddenValue[] {
		return [...this.list];
	}
}

/** The name part of a label: an item name without blanks or `#` (the `#` separates the number). */
function labelBase(name: string): string {
	let out = '';
	for (const char of itemName(name)) out += char === '#' || /\s/.test(char) ? '_' : char;
	return out.slice(0, 40);
}
