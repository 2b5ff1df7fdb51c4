import { findNoteDiagram, isSequenceDiagram, type CompareNoteRef } from '../core';
import type { CompareSideSpec } from '../player';

/** Reads a note's Markdown by URL: `undefined` when there is none (404, network error). */
export type NoteFetcher = (url: string) => Promise<string | undefined>;

/**
 * Fetches each URL once per page: several compare blocks naming one note, and redraws on a theme change,
 * read it once.
 */
export function cachedFetcher(win: Window): NoteFetcher {
	const cache = new Map<string, Promise<string | undefined>>();
	return (url) => {
		let text = cache.get(url);
		if (text === undefined) {
			text = win.fetch(url).then((response) => (response.ok ? response.text() : undefined), () => undefined);
			cache.set(url, text);
		}
		return text;
	};
}

/**
 * Where the notes of a compare block are: `data-protocol-base` on the block's `<code>` or `<pre>`, else on
 * `<html>`, else the page's own folder. Relative bases are read from the page's address.
 */
export function notesBase(code: Element): string {
	const doc = code.ownerDocument;
	const pre = code.parentElement;
	return code.getAttribute('data-protocol-base') ?? pre?.getAttribute('data-protocol-base') ?? doc.documentElement.getAttribute('data-protocol-base') ?? '.';
}

/** The address of note `note` (a path as linked: `seed/TCP`) under `base`: `BASE/seed/TCP.md`, each part encoded. */
export function noteUrl(doc: Document, base: string, note: string): string {
	const path = note.split('/').filter((part) => part !== '').map(encodeURIComponent).join('/');
	const folder = base.endsWith('/') ? base : `${base}/`;
	return new URL(`${folder}${path}.md`, doc.baseURI).href;
}

/** The diagram source of the block in `<pre id="ID">` on the page (its `<code>`'s text), or why there is none. */
function pageBlock(doc: Document, id: string): CompareSideSpec['diagram'] {
	const pre = doc.getElementById(id);
	const code = pre?.querySelector(':scope > code');
	if (pre === null || code === null || code === undefined) return { missing: 'note' };
	const source = code.textContent ?? '';
	const playable = code.classList.contains('language-protocol') || (code.classList.contains('language-mermaid') && isSequenceDiagram(source));
	return playable ? { source } : { missing: 'diagram' };
}

/**
 * The sides of a compare block on a web page: a `#ID` line is the block of this page in `<pre id="ID">`;
 * a `[[Note]]` line is the Markdown file `BASE/Note.md`, its diagram found as in Obsidian (first `protocol`
 * block, else first Mermaid sequence diagram, under the heading when one is named).
 */
export async function resolvePageSides(doc: Document, refs: readonly CompareNoteRef[], base: string, fetchNote: NoteFetcher): Promise<CompareSideSpec[]> {
	return Promise.all(refs.map(async (ref): Promise<CompareSideSpec> => {
		const named: Pick<CompareSideSpec, 'name' | 'heading'> = ref.heading === undefined ? { name: ref.note } : { name: ref.note, heading: ref.heading };
		if (ref.pageBlock !== undefined) return { ...named, diagram: pageBlock(doc, ref.pageBlock) };
		const text = await fetchNote(noteUrl(doc, base, ref.note));
		if (text === undefined) return { ...named, diagram: { missing: 'note' } };
		const diagram = findNoteDiagram(text, ref.heading);
		return { ...named, diagram: diagram === undefined ? { missing: 'diagram' } : { source: diagram.source } };
	}));
}
