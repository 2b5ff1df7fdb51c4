/**
 * Colours and CSS every SVG renderer reads (issue 19): resvg, librsvg and Inkscape know `rgb()` and the
 * `*-opacity` properties, but not always `rgba()`, `rgb(r g b / a)`, `hsl()` or `color(srgb …)`, and they
 * drop or mis-draw filters. Pure text scanners, linear in their input.
 */

/** A colour as `rgb(r, g, b)` and its alpha (0–1). */
export interface PortableColor {
	rgb: string;
	alpha: number;
}

const clampByte = (value: number): number => Math.max(0, Math.min(255, Math.round(value)));
const clampUnit = (value: number): number => (Number.isFinite(value) ? Math.max(0, Math.min(1, value)) : 1);

/** A channel of `rgb()`: a number (0–255) or a percentage. */
function channel(text: string): number {
	const value = Number.parseFloat(text);
	return clampByte(text.endsWith('%') ? (value / 100) * 255 : value);
}

/** An alpha value: a number or a percentage. */
function alphaOf(text: string | undefined): number {
	if (text === undefined || text.trim() === '') return 1;
	const value = Number.parseFloat(text);
	return clampUnit(text.trim().endsWith('%') ? value / 100 : value);
}

/**
 * The arguments of a colour function, in either syntax: `1, 2, 3, 0.5` or `1 2 3 / 50%`; `channels` is how
 * many come before the alpha (`color(srgb r g b)` has four).
 */
function argumentsOf(inner: string, channels = 3): { parts: string[]; alpha: string | undefined } {
	const slash = inner.indexOf('/');
	const main = slash < 0 ? inner : inner.slice(0, slash);
	const parts = main.split(/[\s,]+/).filter((part) => part !== '');
	if (slash >= 0) return { parts, alpha: inner.slice(slash + 1).trim() };
	return { parts: parts.slice(0, channels), alpha: parts[channels] };
}

/** hsl → rgb (CSS Color 4, §7.1). */
function hslToRgb(h: number, s: number, l: number): [number, number, number] {
	const hue = ((h % 360) + 360) % 360;
	const f = (n: number): number => {
		const k = (n + hue / 30) % 12;
		const a = s * Math.min(l, 1 - l);
		return l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
	};
	return [f(0) * 255, f(8) * 255, f(4) * 255];
}

const format = (r: number, g: number, b: number, alpha: number): PortableColor => ({ rgb: `rgb(${clampByte(r)}, ${clampByte(g)}, ${clampByte(b)})`, alpha: Number(clampUnit(alpha).toFixed(4)) });

/**
 * Reads one CSS colour value (`#rgb`, `#rrggbbaa`, `rgb()`/`rgba()` in either syntax, `hsl()`/`hsla()`,
 * `color(srgb …)`); undefined for anything else (`none`, `url(#…)`, a keyword), which renderers read as is.
 */
export function portableColor(value: string): PortableColor | undefined {
	const text = value.trim().toLowerCase();
	if (text.startsWith('#')) {
		const hex = text.slice(1);
		if (!/^[0-9a-f]+$/.test(hex) || ![3, 4, 6, 8].includes(hex.length)) return undefined;
		const long = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
		const byte = (i: number): number => Number.parseInt(long.slice(i, i + 2), 16);
		return format(byte(0), byte(2), byte(4), long.length === 8 ? byte(6) / 255 : 1);
	}
	const open = text.indexOf('(');
	if (open < 0 || !text.endsWith(')')) return undefined;
	const name = text.slice(0, open).trim();
	const { parts, alpha } = argumentsOf(text.slice(open + 1, -1), name === 'color' ? 4 : 3);
	if (name === 'rgb' || name === 'rgba') {
		if (parts.length < 3) return undefined;
		return format(channel(parts[0] ?? '0'), channel(parts[1] ?? '0'), channel(parts[2] ?? '0'), alphaOf(alpha));
	}
	if (name === 'hsl' || name === 'hsla') {
		if (parts.length < 3) return undefined;
		const [r, g, b] = hslToRgb(Number.parseFloat(parts[0] ?? '0'), Number.parseFloat(parts[1] ?? '0') / 100, Number.parseFloat(parts[2] ?? '0') / 100);
		return format(r, g, b, alphaOf(alpha));
	}
	if (name === 'color' && parts[0] === 'srgb' && parts.length >= 4) {
		const unit = (part: string | undefined): number => Number.parseFloat(part ?? '0') * 255;
		return format(unit(parts[1]), unit(parts[2]), unit(parts[3]), alphaOf(alpha));
	}
	return undefined;
}

/** Colour properties and the opacity property that carries their alpha. */
const OPACITY_OF: Record<string, string> = { fill: 'fill-opacity', stroke: 'stroke-opacity', 'stop-color': 'stop-opacity', 'flood-color': 'flood-opacity' };

/** Colour functions a declaration's value may hold (lower case, with the opening parenthesis). */
const COLOR_FUNCTIONS: readonly string[] = ['rgba(', 'rgb(', 'hsla(', 'hsl(', 'color('];

/** Replaces every colour function in a value with `rgb()`; returns the new value and the lowest alpha met. */
function portableValue(value: string): { value: string; alpha: number } {
	let out = '';
	let alpha = 1;
	let i = 0;
	const lower = value.toLowerCase();
	while (i < value.length) {
		let at = -1;
		for (const fn of COLOR_FUNCTIONS) {
			const found = lower.indexOf(fn, i);
			if (found >= 0 && (at < 0 || found < at)) at = found;
		}
		const hash = lower.indexOf('#', i);
		const start = hash >= 0 && (at < 0 || hash < at) ? hash : at;
		if (start < 0) {
			out += value.slice(i);
			break;
		}
		// A colour function ends at its closing parenthesis, a hex colour at the first non-hex character.
		let end = start + 1;
		if (start === hash) while (end < value.length && /[0-9a-f]/i.test(value[end] ?? '')) end++;
		else end = value.indexOf(')', start) + 1;
		if (end <= start) {
			out += value.slice(i);
			break;
		}
		const color = portableColor(value.slice(start, end));
		out += value.slice(i, start) + (color === undefined ? value.slice(start, end) : color.rgb);
		if (color !== undefined) alpha = Math.min(alpha, color.alpha);
		i = end;
	}
	return { value: out, alpha };
}

/**
 * One declaration made portable: `filter` dropped (renderers that lack it hide what it is on), colours as
 * `rgb()`, a colour's alpha moved into its opacity property (`fill:rgba(…, .5)` → `fill:rgb(…);fill-opacity:0.5`).
 * Returns the declarations to write (none for a dropped one).
 */
export function portableDeclaration(name: string, value: string): Array<[string, string]> {
	const property = name.trim().toLowerCase();
	if (property === 'filter') return [];
	const important = /!\s*important\s*$/i.test(value);
	const bare = important ? value.replace(/!\s*important\s*$/i, '').trim() : value.trim();
	const converted = portableValue(bare);
	const suffix = important ? ' !important' : '';
	const out: Array<[string, string]> = [[name.trim(), `${converted.value}${suffix}`]];
	const opacity = OPACITY_OF[property];
	if (opacity !== undefined && converted.alpha < 1) out.push([opacity, `${converted.alpha}${suffix}`]);
	return out;
}

/**
 * Rewrites each declaration of a style sheet or a `style` attribute with `rewrite` (given its name and
 * value; returns the declarations to write in its place); selectors, at-rules and everything else are kept
 * as written. Linear: one pass that splits at `{`, `}` and `;` outside parentheses and strings.
 */
export function rewriteDeclarations(css: string, rewrite: (name: string, value: string) => Array<[string, string]>): string {
	let out = '';
	let start = 0;
	let depth = 0;
	let quote = '';
	const flush = (end: number, terminator: string): void => {
		const segment = css.slice(start, end);
		const colon = segment.indexOf(':');
		if (terminator === '{' || colon < 0 || segment.trim().startsWith('@')) out += segment + terminator;
		else {
			const lead = segment.slice(0, segment.length - segment.trimStart().length);
			const declarations = rewrite(segment.slice(0, colon).trim(), segment.slice(colon + 1));
			out += lead + declarations.map(([name, value]) => `${name}:${value}`).join(';') + (declarations.length === 0 && terminator === ';' ? '' : terminator);
		}
		start = end + terminator.length;
	};
	for (let i = 0; i < css.length; i++) {
		const char = css[i] ?? '';
		if (quote !== '') {
			if (char === '\\') i++;
			else if (char === quote) quote = '';
		} else if (char === '"' || char === "'") quote = char;
		else if (char === '(') depth++;
		else if (char === ')') depth = Math.max(0, depth - 1);
		else if (depth === 0 && (char === '{' || char === '}' || char === ';')) flush(i, char);
	}
	if (start < css.length) flush(css.length, '');
	return out;
}

/** A style sheet or a `style` attribute made portable, declaration by declaration (`portableDeclaration`). */
export function portableCss(css: string): string {
	return rewriteDeclarations(css, portableDeclaration);
}

/** A `style` attribute without the declarations of `names` (lower case), and without a trailing `;`. */
export function withoutProperties(style: string, names: ReadonlySet<string>): string {
	let out = rewriteDeclarations(style, (name, value) => (names.has(name.toLowerCase()) ? [] : [[name, value.trim()]])).trim();
	while (out.endsWith(';')) out = out.slice(0, -1).trimEnd();
	return out;
}
