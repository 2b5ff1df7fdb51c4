import type { Language } from './language';

/** The fault map grid's column headers in words (issue 18): which step each gap follows, with its caption. */
export interface MapHeaderStrings {
	/**
	 * The whole text of a gap's header, shown on hover and read by screen readers: after which step (and
	 * what it is), or before the first step. `caption` is the step's caption.
	 */
	gapHeader(after: number, caption: string): string;
	/**
	 * The short caption shown under the grid for the column the reader is on (the focused or hovered cell's,
	 * else the current step's): "After step 3 · Server → Server: Store session".
	 */
	gapCaption(after: number, caption: string): string;
}

const en: MapHeaderStrings = {
	gapHeader: (after, caption) => (after < 0 ? `Before step 1 (${caption})` : `After step ${after + 1} (${caption})`),
	gapCaption: (after, caption) => (after < 0 ? `Before step 1 · ${caption}` : `After step ${after + 1} · ${caption}`),
};

const ko: MapHeaderStrings = {
	gapHeader: (after, caption) => (after < 0 ? `1단계(${caption}) 전` : `${after + 1}단계(${caption}) 뒤`),
	gapCaption: (after, caption) => (after < 0 ? `1단계 전 · ${caption}` : `${after + 1}단계 뒤 · ${caption}`),
};

/** The fault map's header words in the given language. */
export function mapHeaderStrings(language: Language): MapHeaderStrings {
	return language === 'ko' ? ko : en;
}
