import { el } from '../dom';
import { legacyColors } from './look-reader';

/** The colours and font of an exported image, read from the player as it shows now (light or dark, Obsidian's theme). */
export interface ExportTheme {
	background: string;
	text: string;
	muted: string;
	accent: string;
	failed: string;
	/** A reply that does not come as written (a consequence): the player's warning colour. */
	consequence: string;
	added: string;
	changed: string;
	border: string;
	surface: string;
	/** The player's font, then fallbacks that also carry Hangul, so an image opened anywhere reads. */
	fontFamily: string;
}

/** Fonts to fall back on outside the app: common sans-serifs, then ones with Hangul on each system. */
const FALLBACK_FONTS = '"Segoe UI", Roboto, "Helvetica Neue", Arial, "Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans KR", "Noto Sans CJK KR", sans-serif';

/**
 * Whether a font family is only the browser's default (a page that sets no font): then the image uses the
 * sans-serif list, as the player's own look is meant to be, rather than Times.
 */
function browserDefault(family: string): boolean {
	const first = family.split(',')[0]?.trim().replace(/^["']|["']$/g, '').toLowerCase() ?? '';
	return first === '' || first === 'serif' || first === 'times' || first === 'times new roman';
}

function transparent(color: string): boolean {
	return color === '' || color === 'transparent' || /^rgba\(.*,\s*0\)$/.test(color);
}

/** The relative luminance of an `rgb(…)` colour, 0 (black) to 1 (white); 0.5 when it cannot be read. */
function luminance(color: string): number {
	const parts = /rgba?\(([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(color);
	if (parts === null) return 0.5;
	const [r, g, b] = [parts[1], parts[2], parts[3]].map((v) => Number(v) / 255);
	return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/**
 * Reads the theme off the player's root: its text colour, the first opaque background behind it, and the
 * player's own colour variables resolved to plain colours (through a probe element, so that whatever
 * Obsidian's theme puts in them ends up as `rgb(…)`).
 */
export function readTheme(root: HTMLElement): ExportTheme {
	const win = root.ownerDocument.defaultView ?? window;
	const style = win.getComputedStyle(root);
	const text = style.color || 'rgb(34, 34, 34)';
	let background = '';
	for (let node: Element | null = root; node !== null && transparent(background); node = node.parentElement) {
		background = win.getComputedStyle(node).backgroundColor;
	}
	if (transparent(background)) background = luminance(text) > 0.5 ? 'rgb(30, 30, 30)' : 'rgb(255, 255, 255)';
	const probe = el(root.ownerDocument, 'span');
	root.append(probe);
	const resolve = (variable: string, fallback: string): string => {
		probe.style.color = fallback;
		probe.style.color = `var(${variable}, ${fallback})`;
		// A themed player mixes its state colours (`color-mix`), which computes to `color(srgb …)`: written as rgb().
		return legacyColors(win.getComputedStyle(probe).color || fallback);
	};
	const theme: ExportTheme = {
		background,
		text,
		muted: resolve('--protocol-muted', '#6b6b76'),
		accent: resolve('--protocol-accent', '#7c5cdb'),
		failed: resolve('--protocol-failed', '#d93f3f'),
		consequence: resolve('--protocol-consequence', '#b26b00'),
		added: resolve('--protocol-added', '#2e9e57'),
		changed: resolve('--protocol-changed', '#d27a12'),
		border: resolve('--protocol-border', '#d0d0d7'),
		surface: resolve('--protocol-surface', '#f5f5f8'),
		fontFamily: browserDefault(style.fontFamily) ? FALLBACK_FONTS : `${style.fontFamily}, ${FALLBACK_FONTS}`,
	};
	probe.remove();
	return theme;
}
