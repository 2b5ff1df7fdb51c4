import { requireApiVersion, type App } from 'obsidian';
import { baseBudget, relativeLink, safeFileBase, slideNote, stepImageNames } from '../../core';
import type { ExportStrings } from '../../i18n/export';
import type { ExportedSteps } from '../../player';

/** What was written, as vault paths: filled in as each file is created, so that a failure can say what exists. */
export interface Written {
	images: string[];
	/** The PNG beside each step SVG. */
	pngs?: string[];
	slides?: string;
	animated?: string;
	html?: string;
}

/** Every path written so far, in the order written. */
export function writtenPaths(written: Written): string[] {
	return [...written.images, ...(written.pngs ?? []), ...[written.slides, written.animated, written.html].filter((path): path is string => path !== undefined)];
}

/** The folder part of a vault path (`/` for the vault's root). */
export function folderOf(path: string): string {
	const slash = path.lastIndexOf('/');
	return slash < 0 ? '/' : path.slice(0, slash);
}

/** Tries to create a file again under a new name this many times when another export took the name first. */
const CREATE_ATTEMPTS = 20;

/**
 * Creates a file where Obsidian puts the note's attachments, under a name no file has yet: the path comes
 * from `fileManager.getAvailablePathForAttachment` (which adds a number when the name is taken), and
 * `vault.create` never replaces a file. Two exports with one title may be given the same free name; the
 * one that loses the race asks for a free name again (issue 19). The folder is made when missing.
 */
async function createAttachment(app: App, name: string, notePath: string, data: string | ArrayBuffer): Promise<string> {
	for (let attempt = 1; ; attempt++) {
		const path = await attachmentPath(app, name, notePath);
		await ensureFolder(app, folderOf(path));
		try {
			if (typeof data === 'string') await app.vault.create(path, data);
			else await app.vault.createBinary(path, data);
			return path;
		} catch (error) {
			if (attempt >= CREATE_ATTEMPTS || app.vault.getAbstractFileByPath(path) === null) throw error;
		}
	}
}

/**
 * A free path for an attachment of the note: Obsidian's own choice (its attachment setting) from 1.5.7;
 * before that, the note's folder with " 1", " 2", ... added to a taken name, as Obsidian numbers them.
 */
async function attachmentPath(app: App, name: string, notePath: string): Promise<string> {
	if (requireApiVersion('1.5.7')) return app.fileManager.getAvailablePathForAttachment(name, notePath);
	const folder = folderOf(notePath);
	const dot = name.lastIndexOf('.');
	const stem = dot > 0 ? name.slice(0, dot) : name;
	const extension = dot > 0 ? name.slice(dot) : '';
	const at = (file: string): string => (folder === '/' ? file : `${folder}/${file}`);
	let path = at(name);
	for (let n = 1; app.vault.getAbstractFileByPath(path) !== null; n++) path = at(`${stem} ${n}${extension}`);
	return path;
}

/** Makes the attachment folder when it does not exist yet (the vault's root always does); another export may make it first. */
async function ensureFolder(app: App, folder: string): Promise<void> {
	if (folder === '/' || app.vault.getAbstractFileByPath(folder) !== null) return;
	try {
		if (requireApiVersion('1.4.0')) await app.vault.createFolder(folder);
	} catch (error) {
		if (app.vault.getAbstractFileByPath(folder) === null) throw error;
	}
}

/** The endings an export adds to its base name, longest first in bytes decides the room left (`baseBudget`). */
function endings(words: ExportStrings, steps: number): string[] {
	const last = stepImageNames('', Math.max(1, steps), 'svg').pop() ?? '';
	return [last.replace(/svg$/, 'png'), ` ${words.slidesSuffix}.md`, ` ${words.animatedSuffix}.svg`, '.html'];
}

/**
 * The files' base name: the block's title, or the note's name, made safe for file systems and short
 * enough in UTF-8 bytes that every name the export writes — with its ending and a number Obsidian may add
 * — fits in 255 bytes (issue 19).
 */
export function exportBase(title: string | undefined, notePath: string, words: ExportStrings, steps = 1): string {
	return safeFileBase(title ?? noteName(notePath), words.fallbackName, baseBudget(endings(words, steps)));
}

/** A note's name: its file name without `.md`. */
function noteName(notePath: string): string {
	return notePath.slice(notePath.lastIndexOf('/') + 1).replace(/\.md$/i, '');
}

/**
 * Writes one SVG per step (with its PNG beside it, when the export drew them) and the slide note that shows
 * them, next to each other in the note's attachment folder; the slide note's image links are relative to
 * where it ended up. Each path goes into `written` as soon as the file exists.
 */
export async function writeStepsAndSlides(app: App, notePath: string, exported: ExportedSteps, words: ExportStrings, written: Written): Promise<void> {
	const base = exportBase(exported.title, notePath, words, exported.svgs.length);
	const names = stepImageNames(base, exported.svgs.length);
	const pngs = exported.pngs;
	for (const [i, svg] of exported.svgs.entries()) {
		const name = names[i] ?? `${base}.svg`;
		written.images.push(await createAttachment(app, name, notePath, svg));
		const png = pngs?.[i];
		if (png !== undefined) (written.pngs ??= []).push(await createAttachment(app, name.replace(/\.svg$/, '.png'), notePath, await png.arrayBuffer()));
	}
	const slidesPath = await attachmentPath(app, `${base} ${words.slidesSuffix}.md`, notePath);
	const text = slideNote({
		title: exported.title ?? base,
		source: { name: noteName(notePath), href: relativeLink(folderOf(slidesPath), notePath) },
		choices: exported.choices,
		words: words.slides,
		steps: exported.snapshots.map((snapshot, i) => ({ snapshot, image: relativeLink(folderOf(slidesPath), written.images[i] ?? ''), ...(exported.sizes[i] ?? { width: 0, height: 0 }) })),
	});
	written.slides = await createAttachment(app, `${base} ${words.slidesSuffix}.md`, notePath, text);
}

/** Writes the animated SVG into the note's attachment folder. */
export async function writeAnimated(app: App, notePath: string, exported: ExportedSteps, words: ExportStrings, written: Written): Promise<void> {
	const base = exportBase(exported.title, notePath, words);
	written.animated = await createAttachment(app, `${base} ${words.animatedSuffix}.svg`, notePath, exported.svgs[0] ?? '');
}

/** Writes the one-file HTML export into the note's attachment folder. */
export async function writeHtml(app: App, notePath: string, title: string | undefined, html: string, words: ExportStrings, written: Written): Promise<void> {
	written.html = await createAttachment(app, `${exportBase(title, notePath, words)}.html`, notePath, html);
}
