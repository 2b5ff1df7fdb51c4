import { Notice, type App } from 'obsidian';
import { exportStrings, type ExportStrings } from '../../i18n/export';
import type { Language } from '../../i18n/language';
import type { PlayerHandle } from '../../player/api';
import { exportSteps, type ExportedSteps, type ExportStepsOptions } from '../../player/export/export-steps';
import { folderOf, writeAnimated, writeStepsAndSlides, type Written } from './write-export';

/** What to export: the step images with the slide note, the animated SVG, or both. */
export type ExportChoice = 'slides' | 'animated' | 'both';

/** One export the user asked for. */
export interface ExportRequest {
	handle: PlayerHandle;
	/** The note the block is in: the files go to its attachment folder, the slide note links back to it. */
	notePath: string;
	what: ExportChoice;
	/** Milliseconds per step in the animated SVG. */
	intervalMs: number;
}

/** Reads a player's walk-through: the player's `exportSteps`, passed in so that tests can give canned images. */
export type StepExporter = (handle: PlayerHandle, options: ExportStepsOptions) => Promise<ExportedSteps>;

/** The player's own exporter. */
export const playerExporter: StepExporter = (handle, options) => {
	const source = handle.exportSource?.();
	if (source === undefined) return Promise.reject(new Error('no player'));
	return exportSteps(source, options);
};

/**
 * A notice that says how far a long export is, with a Cancel button; shown only once the export has
 * taken long enough to report progress, and hidden when it ends.
 */
class ProgressNotice {
	private notice: Notice | undefined;

	constructor(private readonly words: ExportStrings, private readonly controller: AbortController) {}

	update(done: number, total: number): void {
		const fragment = createFragment();
		fragment.append(`${this.words.progress(done, total)} `);
		const cancel = fragment.createEl('button', { text: this.words.cancel, cls: 'protocol-export-cancel' });
		// The notice's own element goes with it: this listener needs no other cleanup.
		cancel.addEventListener('click', () => this.controller.abort());
		if (this.notice === undefined) this.notice = new Notice(fragment, 0);
		else this.notice.setMessage(fragment);
	}

	hide(): void {
		this.notice?.hide();
	}
}

/** The closing notice: what was written where, with a link that opens the slide note. */
function doneNotice(app: App, notePath: string, written: Written, words: ExportStrings): void {
	const fragment = createFragment();
	const lines: string[] = [];
	if (written.slides !== undefined) {
		const folder = folderOf(written.slides);
		lines.push(words.wrote(written.images.length, folder === '/' ? words.vaultRoot : folder));
	}
	if (written.animated !== undefined) lines.push(words.wroteAnimated(written.animated));
	fragment.append(lines.join(' '));
	const slides = written.slides;
	if (slides !== undefined) {
		fragment.append(' ');
		const link = fragment.createEl('a', { text: words.openSlides, cls: 'protocol-export-open', href: '#' });
		// The notice's own element goes with it: this listener needs no other cleanup.
		link.addEventListener('click', (event) => {
			event.preventDefault();
			void app.workspace.openLinkText(slides, notePath);
		});
	}
	new Notice(fragment, 10_000);
}

/**
 * Runs an export the user asked for (issue 12): goes through the player's steps (a progress notice with
 * Cancel when it takes a while), writes the files into the note's attachment folder without replacing any,
 * and says in one notice what was written where. Never throws: a failure becomes a notice.
 */
export async function runExport(app: App, language: Language, request: ExportRequest, exporter: StepExporter = playerExporter): Promise<Written | undefined> {
	const words = exportStrings(language);
	const controller = new AbortController();
	const progress = new ProgressNotice(words, controller);
	const options = { signal: controller.signal, onProgress: (done: number, total: number) => progress.update(done, total) };
	const written: Written = { images: [] };
	try {
		if (request.what !== 'animated') {
			const steps = await exporter(request.handle, { format: 'svg', ...options });
			Object.assign(written, await writeStepsAndSlides(app, request.notePath, steps, words));
		}
		if (request.what !== 'slides') {
			const animated = await exporter(request.handle, { format: 'animated-svg', intervalMs: request.intervalMs, ...options });
			written.animated = (await writeAnimated(app, request.notePath, animated, words)).animated;
		}
		progress.hide();
		doneNotice(app, request.notePath, written, words);
		return written;
	} catch (error) {
		progress.hide();
		// Whatever was written before the failure or the cancel is said too: nothing is left unaccounted for.
		if (written.slides !== undefined) doneNotice(app, request.notePath, written, words);
		// Read by name: a DOMException is not an Error in every window.
		const { name, message } = typeof error === 'object' && error !== null ? (error as { name?: unknown; message?: unknown }) : {};
		const cancelled = name === 'AbortError';
		new Notice(cancelled ? (written.slides !== undefined ? words.cancelledRest : words.cancelled) : words.failed(typeof message === 'string' ? message : String(error)));
		return undefined;
	}
}
