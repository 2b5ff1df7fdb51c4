/**
 * CSS keyframes for the animated SVG: an element whose look changes from step to step gets a keyframes
 * rule that holds each step's look for one interval (`step-end` between keyframes, so nothing fades in
 * between), the whole running `positions × interval` and looping. Elements that go through the same looks
 * share one rule. Pure text; the player decides what a look is (its computed styles).
 */

/** One element's look at each exported position, as CSS declarations (`opacity:0.35;stroke:#888`). */
export type LookSequence = readonly string[];

/** The keyframes rules and, per input sequence, the name of the rule it uses (undefined when its look never changes). */
export interface Keyframes {
	css: string;
	names: Array<string | undefined>;
}

/** A percentage with at most four decimals, as CSS reads it. */
function percent(position: number, count: number): string {
	return `${Number(((position / count) * 100).toFixed(4))}%`;
}

/**
 * Builds the rules for `sequences` (each as long as there are positions). A sequence whose look never
 * changes needs no animation (its look is set once, by the caller). `prefix` keeps the names apart
 * from anything else in the file.
 */
export function lookKeyframes(sequences: readonly LookSequence[], prefix: string): Keyframes {
	const byKey = new Map<string, string>();
	const rules: string[] = [];
	const names = sequences.map((looks) => {
		if (looks.every((look) => look === looks[0])) return undefined;
		const key = looks.join('\u0000');
		let name = byKey.get(key);
		if (name === undefined) {
			name = `${prefix}${byKey.size}`;
			byKey.set(key, name);
			const frames: string[] = [];
			looks.forEach((look, position) => {
				if (position > 0 && look === looks[position - 1]) return;
				frames.push(`${percent(position, looks.length)}{${look}}`);
			});
			// The last frame holds to the end of the loop: `step-end` keeps a value until the next keyframe.
			frames.push(`100%{${looks[looks.length - 1] ?? ''}}`);
			rules.push(`@keyframes ${name}{${frames.join('')}}`);
		}
		return name;
	});
	return { css: rules.join('\n'), names };
}

/**
 * The visibility keyframes of things shown at one position only (the caption, the state panel of each
 * step): visible during the first `1 / count` of the loop. Each position's copy runs it with a delay of
 * `position × interval`, so it shows from then for one interval, once per loop.
 */
export function onePositionKeyframes(name: string, count: number): string {
	return `@keyframes ${name}{0%{visibility:visible}${percent(1, count)}{visibility:hidden}100%{visibility:hidden}}`;
}
