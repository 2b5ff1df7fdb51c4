import { Zip, ZipDeflate } from 'fflate';
import { el } from '../player';

/** One file an export made, ready to download or to put in a zip. */
export interface ExportFile {
	name: string;
	data: Blob;
}

/** How much of a file is compressed before the page gets a turn: a long export never blocks it for long. */
const CHUNK = 64 * 1024;

/** Resolves after the page had a turn (a macrotask): clicks and paints in between. */
function yieldToPage(win: Window): Promise<void> {
	return new Promise((resolve) => win.setTimeout(resolve, 0));
}

/**
 * One zip file holding `files` (names as given, a repeated name numbered so nothing is overwritten when
 * unpacked). Compressed in slices with a turn for the page between them, so the main thread never works
 * long at once.
 */
export async function zipFiles(win: Window, files: readonly ExportFile[]): Promise<Blob> {
	const parts: Uint8Array[] = [];
	// Set from fflate's callback: an object, so that the check after the loop reads it afresh.
	const outcome: { failure?: Error } = {};
	const zip = new Zip((error, chunk) => {
		if (error !== null) outcome.failure = error;
		else parts.push(chunk);
	});
	const used = new Set<string>();
	for (const file of files) {
		const entry = new ZipDeflate(uniqueName(file.name, used), { level: 6 });
		zip.add(entry);
		const bytes = new Uint8Array(await file.data.arrayBuffer());
		if (bytes.length === 0) entry.push(bytes, true);
		for (let at = 0; at < bytes.length; at += CHUNK) {
			entry.push(bytes.subarray(at, at + CHUNK), at + CHUNK >= bytes.length);
			await yieldToPage(win);
		}
	}
	zip.end();
	if (outcome.failure !== undefined) throw outcome.failure;
	return new Blob(parts as BlobPart[], { type: 'application/zip' });
}

/** `name`, or `name (2)`, `name (3)`, … before its extension when already taken. */
function uniqueName(name: string, used: Set<string>): string {
	let candidate = name;
	const dot = name.lastIndexOf('.');
	const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
	for (let n = 2; used.has(candidate); n++) candidate = `${stem} (${n})${extension}`;
	used.add(candidate);
	return candidate;
}

/**
 * Makes the browser download `data` as a file called `name`: a link to a blob URL with `download`, clicked
 * once and removed; the URL is revoked after the download had time to start.
 */
export function downloadBlob(doc: Document, name: string, data: Blob): void {
	const win = doc.defaultView ?? window;
	const url = win.URL.createObjectURL(data);
	const link = el(doc, 'a', { href: url, download: name, hidden: true });
	doc.body.append(link);
	link.click();
	link.remove();
	// Revoking at once can cancel the download in some browsers; a minute is long enough to start it.
	win.setTimeout(() => win.URL.revokeObjectURL(url), 60_000);
}

/** Downloads one file as itself, several as one zip called `zipName`; returns the name downloaded. */
export async function downloadFiles(doc: Document, files: readonly ExportFile[], zipName: string): Promise<string> {
	const [only] = files;
	if (files.length === 1 && only !== undefined) {
		downloadBlob(doc, only.name, only.data);
		return only.name;
	}
	downloadBlob(doc, zipName, await zipFiles(doc.defaultView ?? window, files));
	return zipName;
}
