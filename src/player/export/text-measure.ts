import { el } from '../dom';

/** Measures text as the exported image will draw it: width in pixels for a size and weight. */
export type MeasureText = (text: string, size: number, weight?: 'normal' | 'bold') => number;

/**
 * A measurer over a canvas of the player's document, with the export's font. Where no canvas can be had,
 * a rough estimate (wide characters count double) keeps the layout usable.
 */
export function textMeasurer(doc: Document, fontFamily: string): MeasureText {
	const context = el(doc, 'canvas').getContext('2d');
	const cache = new Map<string, number>();
	return (text, size, weight = 'normal') => {
		const key = `${size}|${weight}|${text}`;
		const known = cache.get(key);
		if (known !== undefined) return known;
		let width: number;
		if (context !== null) {
			context.font = `${weight === 'bold' ? 700 : 400} ${size}px ${fontFamily}`;
			width = context.measureText(text).width;
		} else {
			width = 0;
			for (const char of text) width += (char.codePointAt(0) ?? 0) > 0x2e80 ? size : size * 0.55;
		}
		cache.set(key, width);
		return width;
	};
}

/**
 * Breaks text into lines no wider than `max`: at spaces where it can, inside a word only when the word
 * alone is too wide. Never returns an empty list.
 */
export function wrapText(text: string, max: number, measure: (text: string) => number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		const candidate = line === '' ? word : `${line} ${word}`;
		if (measure(candidate) <= max) {
			line = candidate;
			continue;
		}
		if (line !== '') lines.push(line);
		line = '';
		// A word wider than the line is cut between characters.
		for (const char of word) {
			if (line !== '' && measure(line + char) > max) {
				lines.push(line);
				line = '';
			}
			line += char;
		}
	}
	lines.push(line);
	return lines;
}
