import { requireApiVersion, type App } from 'obsidian';
import { relativeLink, safeFileBase, stepImageNames } from '../../core';
import { slideNote } from '../../core';
import type { ExportStrings } from '../../i18n/export';
import type { ExportedSteps } from '../../player/export/export-steps';

/** What was written, as vault paths. */
export interface Written {
	images: string[];
	slides?: string;
	animated?: string;
}

/** The folder part of a vault path (`/` for the vault's root). */
export function folderOf(path: string): string {
	const slash = path.lastIndexOf('/');
	return slash < 0 ? '/' : path.slice(0, slash);
}

/**
 * Creates a text file where Obsidian puts the note's attachments, under a name no file has yet: the path
 * comes from `fileManager.getAvailablePathForAttachment` (which adds a number when the name is taken), and
 * `vault.create` never replaces a file. The folder is made when it does not exist yet.
 */
async function createAttachment(app: App, name: string, notePath: string, text: string): Promise<string> {
	const path = await attachmentPath(app, name, notePath);
	await ensureFolder(app, folderOf(path));
	await app.vault.create(path, text);
	return path;
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

/** Makes the attachment folder when it does not exist yet (the vault's root always does). */
async function ensureFolder(app: App, folder: string): Promise<void> {
	if (folder === '/' || app.vault.getAbstractFileByPath(folder) !== null) return;
	if (requireApiVersion('1.4.0')) await app.vault.createFolder(folder);
}

/** A note's name: its file name without `.md`. */
function noteName(notePath: string): string {
	return notePath.slice(notePath.lastIndexOf('/') + 1).replace(/\.md$/i, '');
}

/** The files' base name: the block's title, or the note's name, made safe for file systems. */
export function exportBase(title: string | undefined, notePath: string, words: ExportStrings): string {
	const note = notePath.slice(notePath.lastIndexOf('/') + 1).replace(/\.md$/i, '');
	return safeFileBase(title ?? note, words.fallbackName);
}

/**
 * Writes one SVG per step and the slide note that shows them, next to each other in the note's
 * attachment folder; the slide note's image links are relative to where it ended up.
 */
export async function writeStepsAndSlides(app: App, notePath: string, exported: ExportedSteps, words: ExportStrings): Promise<Written> {
	const base = exportBase(exported.title, notePath, words);
	const names = stepImageNames(base, exported.svgs.length);
	const images: string[] = [];
	for (const [i, svg] of exported.svgs.entries()) images.push(await createAttachment(app, names[i] ?? `${base}.svg`, notePath, svg));
	const slidesName = `${base} ${words.slidesSuffix}.md`;
	const slidesPath = await attachmentPath(app, slidesName, notePath);
	const text = slideNote({
		title: exported.title ?? base,
		source: { name: noteName(notePath), href: relativeLink(folderOf(slidesPath), notePath) },
		choices: exported.choices,
		words: words.slides,
		steps: exported.snapshots.map((snapshot, i) => ({ snapshot, image: relativeLink(folderOf(slidesPath), images[i] ?? ''), ...(exported.sizes[i] ?? { width: 0, height: 0 }) })),
	});
	await ensureFolder(app, folderOf(slidesPath));
	await app.vault.create(slidesPath, text);
	return { images, slides: slidesPath };
}

/** Writes the animated SVG into the note's attachment folder. */
export async function writeAnimated(app: App, notePath: string, exported: ExportedSteps, words: ExportStrings): Promise<Written> {
	const base = exportBase(exported.title, notePath, words);
	const svg = exported.svgs[0] ?? '';
	return { images: [], animated: await createAttachment(app, `${base} ${words.animatedSuffix}.svg`, notePath, svg) };
}
