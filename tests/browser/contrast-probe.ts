/** One measured pair: what it is, its WCAG contrast ratio against what it sits on, and the least it must reach. */
export interface Contrast {
	what: string;
	ratio: number;
	need: number;
}

/**
 * Measures, in the page, every visible piece of a player against what it sits on, from computed styles
 * (WCAG 2 contrast). Runs inside the page through `locator.evaluate`, so it must stay self-contained.
 *
 * - SVG step text: `fill`, times the opacity of it and its ancestors, on the player's background (a note's
 *   text on its note box); 4.5:1, or 3:1 for a deliberately dimmed (`is-future`, `is-off-path`) step.
 * - SVG step lines and the outline of a note box in a step state: `stroke` the same way; 3:1.
 * - Panel text (caption, failure line, counter, headings, cards and their items, fault list, fault map
 *   verdict, headers, column caption and detail, the map's list on a narrow player, the drop and map
 *   buttons): `color` on the composited background; 4.5:1.
 * - Fault-map cells and the list's squares: the better of their outline and their fill against what they
 *   sit on; 3:1. Their marks on the diagram: their stroke on the player's background; 3:1.
 */
export function measureContrast(root: Element): Contrast[] {
	type Rgba = [number, number, number, number];
	const parse = (colour: string): Rgba => {
		if (colour === '' || colour === 'none' || colour === 'transparent') return [0, 0, 0, 0];
		if (colour.startsWith('color(srgb')) {
			// What Chromium computes for `color-mix(in srgb, …)`: channels 0–1, then an optional `/ alpha`.
			const parts = colour.slice(11).match(/[\d.]+/g)?.map(Number) ?? [];
			return [(parts[0] ?? 0) * 255, (parts[1] ?? 0) * 255, (parts[2] ?? 0) * 255, parts[3] ?? 1];
		}
		const parts = colour.match(/[\d.]+/g)?.map(Number) ?? [];
		return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
	};
	const over = (top: Rgba, bottom: Rgba): Rgba => {
		const a = top[3];
		return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
	};
	const luminance = ([r, g, b]: Rgba): number => {
		const lin = (v: number): number => {
			const c = v / 255;
			return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		};
		return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
	};
	const ratio = (a: Rgba, b: Rgba): number => {
		const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
		return (hi + 0.05) / (lo + 0.05);
	};
	/** The opaque colour behind an element: its own background and its ancestors', composited over white. */
	const behind = (element: Element | null): Rgba => {
		const layers: Rgba[] = [];
		for (let at = element; at !== null; at = at.parentElement) layers.push(parse(getComputedStyle(at).backgroundColor));
		return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
	};
	/** The opacity an element is painted with: its own times every ancestor's up to the player. */
	const opacity = (element: Element): number => {
		let value = 1;
		for (let at: Element | null = element; at !== null && at !== root; at = at.parentElement) value *= Number(getComputedStyle(at).opacity);
		return value;
	};
	const states = (element: Element): string => Array.from(element.classList).filter((c) => c.startsWith('is-')).join(' ');
	const page = behind(root);
	const found: Contrast[] = [];
	for (const element of Array.from(root.querySelectorAll('svg [data-step-index]'))) {
		const style = getComputedStyle(element);
		if (style.visibility === 'hidden' || style.display === 'none') continue;
		const dimmed = element.classList.contains('is-future') || element.classList.contains('is-off-path');
		const what = `${element.tagName} ${element.getAttribute('class') ?? ''} step ${element.getAttribute('data-step-index')} (${states(element)})`;
		if (element.tagName === 'text') {
			let under = page;
			const box = element.classList.contains('noteText') ? element.parentElement?.querySelector('rect.note') : null;
			if (box) {
				const boxStyle = getComputedStyle(box);
				const fill = parse(boxStyle.fill);
				fill[3] *= Number(boxStyle.fillOpacity) * opacity(box);
				under = over(fill, page);
			}
			const ink = parse(style.fill);
			ink[3] *= Number(style.fillOpacity) * opacity(element);
			found.push({ what: `${what} "${element.textContent}"`, ratio: ratio(over(ink, under), under), need: dimmed ? 3 : 4.5 });
		} else if ((element.tagName === 'line' || element.tagName === 'path' || (element.tagName === 'rect' && /is-(current|failed|will-fail)/.test(states(element)))) && style.stroke !== 'none') {
			const ink = parse(style.stroke);
			ink[3] *= Number(style.strokeOpacity) * opacity(element);
			found.push({ what, ratio: ratio(over(ink, page), page), need: 3 });
		}
	}
	const panelText = [
		'.protocol-player-caption', '[data-role="failure"]', '.protocol-player-counter', '.protocol-panel-heading',
		'.protocol-state-name', '.protocol-state-item', '.protocol-state-note', '.protocol-state-restart-note', '.protocol-state-durable', '.protocol-fault-list > *',
		'.protocol-fault-map-verdict [data-line]', '.protocol-fault-grid-name', '.protocol-fault-grid-gap',
		'.protocol-fault-map-detail', '.protocol-drop', '.protocol-fault-map-toggle', '.protocol-fault-map-column',
		'.protocol-fault-map-list-hint', '.protocol-fault-map-group-name', '.protocol-fault-map-entry-text', '.protocol-fault-map-rest', '.protocol-fault-map-more',
	].join(', ');
	for (const element of Array.from(root.querySelectorAll(panelText))) {
		// A disabled control is exempt (WCAG 1.4.3: inactive components).
		if (!element.checkVisibility() || element.matches(':disabled') || (element.textContent ?? '').trim() === '') continue;
		const under = behind(element);
		const style = getComputedStyle(element);
		const ink = parse(style.color);
		ink[3] *= opacity(element);
		found.push({ what: `${element.className} (${element.getAttribute('data-change') ?? ''}) "${element.textContent}"`, ratio: ratio(over(ink, under), under), need: 4.5 });
	}
	for (const mark of Array.from(root.querySelectorAll('svg [data-fault-cell]'))) {
		const style = getComputedStyle(mark);
		const ink = parse(style.stroke);
		ink[3] *= Number(style.strokeOpacity) * opacity(mark);
		found.push({ what: `fault mark ${mark.getAttribute('class') ?? ''} on the diagram`, ratio: ratio(over(ink, page), page), need: 3 });
	}
	for (const cell of Array.from(root.querySelectorAll('.protocol-fault-cell, .protocol-fault-map-swatch'))) {
		if (!cell.checkVisibility()) continue;
		const under = behind(cell.parentElement);
		const style = getComputedStyle(cell);
		const edge = ratio(over(parse(style.borderTopColor), under), under);
		const fill = ratio(over(parse(style.backgroundColor), under), under);
		// A list entry's square stands for its grid cell: its attributes are on the entry around it.
		const where = cell.classList.contains('protocol-fault-map-swatch') ? cell.parentElement ?? cell : cell;
		const kind = where === cell ? 'fault cell' : 'fault swatch';
		found.push({ what: `${kind} ${cell.className} ${where.getAttribute('data-participant') ?? ''} after ${where.getAttribute('data-after') ?? where.getAttribute('data-drop-step') ?? ''}`, ratio: Math.max(edge, fill), need: 3 });
	}
	return found;
}

/** The measured pairs below what they need, as readable lines (an empty list when all pass). */
export function tooLow(measured: Contrast[]): string[] {
	return measured.filter((m) => m.ratio < m.need).map((m) => `${m.what}: ${m.ratio.toFixed(2)} < ${m.need}`);
}
