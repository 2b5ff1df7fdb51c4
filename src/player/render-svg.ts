import { firstStatementLine, frontMatterLines, startsWithSequenceKeyword } from '../core';
import type { MermaidLike } from './api';
import { SVG_NS } from './dom';
import { defuseForMermaid } from './mermaid-defuse';
import { withPlayerSettings } from './mermaid-setup';
import type { RenderQueue } from './render-queue';
import { Pacer } from './slices';

/**
 * Mermaid's SVG text above this length is read in a task of its own: the HTML parser reads about 100,000
 * characters in 4 ms, so this is a slice's worth (`SLICE_MS`). A shorter one is read in the task that ends
 * Mermaid's render.
 */
const LONG_SVG_CHARS = 300_000;

/** What drawing a diagram gave: the imported SVG, or Mermaid's error text. */
export type RenderResult = { ok: true; svg: SVGSVGElement } | { ok: false; message: string };

/**
 * The text to hand to Mermaid: the block as written, with `sequenceDiagram` added when it was left out
 * (SPEC §1). Directive comments are Mermaid comments and stay. Mermaid reads front matter only at the very
 * top, so the keyword goes after it. Returns how many lines were added, so that Mermaid's line numbers can be
 * mapped back to the block's.
 */
export function mermaidText(source: string): { text: string; addedLines: number } {
	const lines = source.split(/\r?\n/);
	if (startsWithSequenceKeyword(lines[firstStatementLine(lines)])) return { text: source, addedLines: 0 };
	const head = frontMatterLines(lines);
	if (head === 0) return { text: `sequenceDiagram\n${source}`, addedLines: 1 };
	return { text: [...lines.slice(0, head), 'sequenceDiagram', ...lines.slice(head)].join('\n'), addedLines: 1 };
}

/**
 * Draws `text` with Mermaid (serialised on `queue`; lines that would make Mermaid's own patterns backtrack
 * for seconds defused first, `mermaid-defuse.ts`), its theme given in the text (`withPlayerSettings`) so
 * that the host's Mermaid configuration is never changed, and brings the SVG into `doc` through DOMParser —
 * never assigned as HTML — without event-handler attributes or `javascript:` links, whatever security level
 * the host runs Mermaid with. Never throws: Mermaid's errors come back as text. Leftovers that some Mermaid
 * versions leave in the body after a failed render (their temporary `d<id>` element) are removed. The work
 * after the render hands the main thread back through `pacer` (by default, one of the document's window).
 */
export async function renderSvg(
	mermaid: MermaidLike,
	queue: RenderQueue,
	doc: Document,
	id: string,
	text: string,
	dark: boolean,
	pacer = new Pacer(doc.defaultView),
): Promise<RenderResult> {
	let svgText: string;
	try {
		svgText = await queue.run(async () => (await mermaid.render(id, withPlayerSettings(defuseForMermaid(text), dark))).svg);
	} catch (error) {
		return { ok: false, message: error instanceof Error ? error.message : String(error) };
	} finally {
		for (const leftover of [id, `d${id}`, `i${id}`]) doc.getElementById(leftover)?.remove();
	}
	// Mermaid's render is one long task of its own on a long diagram; reading a long SVG is ours: a task of its
	// own (issue 24), so that input and paint can come between the two. A short one is read at once.
	pacer.restart();
	if (svgText.length > LONG_SVG_CHARS) await pacer.yield();
	// Mermaid makes its SVG text by serialising a DOM tree as HTML, so the HTML parser reads it back exactly
	// (and in about half the time of the XML parser on a long diagram). DOMParser's document is inert: no
	// script runs and nothing loads; the text is never assigned as HTML to the page.
	const parsed = new DOMParser().parseFromString(svgText, 'text/html');
	const root = parsed.body.firstElementChild;
	if (root?.localName === 'iframe') {
		return { ok: false, message: 'This Mermaid is set to securityLevel "sandbox", which draws into an iframe: the player needs its SVG.' };
	}
	if (root === null || root.namespaceURI !== SVG_NS || root.localName !== 'svg' || root.nextElementSibling !== null) {
		return { ok: false, message: 'Mermaid returned a drawing that is not valid SVG.' };
	}
	await pacer.pause();
	scrubScripting(root);
	// Adopted, not imported: the parsed tree moves into the page's document instead of being copied.
	return { ok: true, svg: doc.adoptNode(root) as SVGSVGElement };
}

/**
 * Removes what could run code once the drawing is in the page: `on…` attributes and `javascript:` links.
 * Mermaid's strict level (Obsidian's) never writes them; a host running it `loose` might, and the player
 * does not change the host's level (ADR 0011).
 */
function scrubScripting(root: Element): void {
	scrubElement(root);
	// A static list, walked by index: no copies of it or of each element's attributes (this runs on every draw).
	const elements = root.querySelectorAll('*');
	for (let i = 0; i < elements.length; i++) {
		const element = elements[i];
		if (element !== undefined) scrubElement(element);
	}
}

/** Removes one element's `on…` attributes and `javascript:` links (last first, so removing keeps the indices). */
function scrubElement(element: Element): void {
	const attributes = element.attributes;
	for (let i = attributes.length - 1; i >= 0; i--) {
		const attribute = attributes[i];
		if (attribute === undefined) continue;
		const name = attribute.name.toLowerCase();
		if (name.startsWith('on') || (isLinkName(name) && isScriptUrl(attribute.value))) element.removeAttribute(attribute.name);
	}
}

/** Whether an attribute (its name lower-cased) holds a URL that is followed or loaded. */
function isLinkName(name: string): boolean {
	return name === 'href' || name.endsWith(':href') || name === 'src' || name === 'action';
}

/** Whether a URL runs script, read as browsers read it: control characters and blanks are skipped. */
function isScriptUrl(value: string): boolean {
	let letters = '';
	for (const char of value) {
		if (char.charCodeAt(0) <= 0x20) continue;
		letters += char.toLowerCase();
		if (letters.length === 'javascript:'.length) break;
	}
	return letters === 'javascript:';
}

/** The 1-based block line Mermaid's error names ("Parse error on line 3"), or undefined. */
export function mermaidErrorLine(message: string, addedLines: number): number | undefined {
	const match = /line (\d+)/i.exec(message);
	if (match?.[1] === undefined) return undefined;
	const line = Number(match[1]) - addedLines;
	return line >= 1 ? line : undefined;
}
