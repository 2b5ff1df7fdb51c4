import { type HtmlAssets, pageStyles } from '../player';

/**
 * Where the running standalone script came from, read once while it runs (`document.currentScript` is
 * set only then): its URL, or the script element itself when it is inline.
 */
export interface OwnScript {
	url: string | undefined;
	inline: string | undefined;
}

/** Reads where this script came from; call while the script's top level runs. */
export function ownScript(doc: Document): OwnScript {
	const script = doc.currentScript;
	const url = script !== null && 'src' in script && typeof script.src === 'string' && script.src !== '' ? script.src : undefined;
	return { url, inline: url === undefined ? (script?.textContent ?? undefined) : undefined };
}

/**
 * The HTML export's script and style sheet on a web page: the standalone script's own text (fetched again
 * from where the page loaded it, usually from the cache; a page opened from `file://` cannot, and says so)
 * and the page's player rules.
 */
export function standaloneAssets(own: OwnScript): (doc: Document) => Promise<HtmlAssets> {
	return async (doc) => {
		let script = own.inline;
		if (own.url !== undefined) {
			// A web page's script, not Obsidian's: the page's own fetch.
			const win = doc.defaultView;
			if (win === null) throw new Error('This page has no window to read the player\'s script with.');
			const response = await win.fetch(own.url);
			if (!response.ok) throw new Error(`Could not read the player's script again (${response.status}).`);
			script = await response.text();
		}
		if (script === undefined || script === '') throw new Error('The player\'s script is not available for an HTML file on this page.');
		return { script, css: pageStyles(doc) };
	};
}
