import type { App, TFile } from 'obsidian';
import { captureNote, markdownText, safeFileBase, type CaptureResult } from '../../core';
import type { CaptureStrings } from '../../i18n/capture';

/**
 * Writes the new note beside the capture (in the vault's root for pasted HAR), named after the capture, under
 * a name no file has yet (" 1", " 2", … as Obsidian numbers them); `vault.create` never replaces a file.
 * Returns the note's path.
 */
export async function writeCaptureNote(app: App, words: CaptureStrings, result: Extract<CaptureResult, { ok: true }>, source: TFile | undefined): Promise<string> {
	const folder = source?.parent && !source.parent.isRoot() ? source.parent.path : '';
	const base = safeFileBase(source?.basename ?? result.title, 'Capture');
	const at = (name: string): string => (folder === '' ? `${name}.md` : `${folder}/${name}.md`);
	let path = at(base);
	for (let n = 1; app.vault.getAbstractFileByPath(path) !== null; n++) path = at(`${base} ${n}`);
	// Labels and names come from the capture: escaped, so that they show as written in the note.
	const hidden = result.hidden.map((value) => ({ ...value, label: markdownText(value.label), name: markdownText(value.name) }));
	const text = captureNote({ block: result.text, sourcePath: source?.path, intro: [words.intro(source?.path), words.hidden(hidden)] });
	await app.vault.create(path, text);
	return path;
}
