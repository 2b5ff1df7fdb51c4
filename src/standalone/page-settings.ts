import { languageFrom, type Language } from '../i18n/language';
import { pageIsDark } from './page-theme';

/** What a page says about its players, read from `<html>` (and the body's theme class) each time a block draws. */
export interface PageSettings {
	language: Language;
	dark: boolean;
	/** `<html data-protocol-outcomes="ahead">`: the page's own "Show outcomes ahead". */
	showOutcomesAhead: boolean;
	/** `<html data-protocol-export="off">` hides the Export button. */
	exportMenu: boolean;
	/** `<html data-protocol-interval="MS">`: milliseconds per step in an exported animation; default 1500. */
	intervalMs: number;
	/** `<html data-protocol-lazy="off">` draws every block at once instead of when it comes near the view. */
	lazy: boolean;
	/** `<html data-protocol-mermaid="off">` leaves ```mermaid blocks alone. */
	mermaidBlocks: boolean;
}

/** The page's settings now. */
export function pageSettings(win: Window): PageSettings {
	const html = win.document.documentElement;
	const interval = Number(html.getAttribute('data-protocol-interval'));
	return {
		language: languageFrom(html.lang),
		dark: pageIsDark(win),
		showOutcomesAhead: html.getAttribute('data-protocol-outcomes') === 'ahead',
		exportMenu: html.getAttribute('data-protocol-export') !== 'off',
		intervalMs: Number.isFinite(interval) && interval >= 100 ? interval : 1500,
		lazy: html.getAttribute('data-protocol-lazy') !== 'off',
		mermaidBlocks: html.getAttribute('data-protocol-mermaid') !== 'off',
	};
}
