import { Notice, type App } from 'obsidian';
import { exportStrings, type ExportStrings } from '../../i18n/export';
import type { Language } from '../../i18n/language';
import { type ExportedSteps, exportSteps, type ExportStepsOptions, livePlayer, type PlayerHandle } from '../../player';
import { playerHtml, type HtmlExporter } from './html-export';
import { askLargeExport, largeExport, type LargeChoice, type LargeExport } from './large-export';
import { folderOf, writeAnimated, writeHtml, writeStepsAndSlides, writtenPaths, type Written } from './write-export';

/** What to export: the step images with the slide note, the animated SVG, both, or one HTML file. */
export type ExportChoice = 'slides' | 'animated' | 'both' | 'html';

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

/** What `runExport` uses besides the step exporter; tests give canned ones. */
export interface RunExportDeps {
	html?: HtmlExporter;
	/** Asks what to do before a long export (issue 19). */
	askLarge?: (app: App, language: Language, large: LargeExport) => Promise<LargeChoice>;
}

/** The player's own exporter. */
export const playerExporter: StepExporter = (handle, options) => {
	const source = livePlayer(handle)?.exportSource();
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
	if (written.html !== undefined) lines.push(words.wroteHtml(written.html));
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

/** What the export will write: a long one asks first (issue 19) and may become the animated SVG or the HTML file; undefined when cancelled. */
async function askWhat(app: App, language: Language, what: ExportChoice, large: LargeExport, deps: RunExportDeps): Promise<ExportChoice | undefined> {
	const choice = await (deps.askLarge ?? askLargeExport)(app, language, large);
	if (choice === 'cancel') return undefined;
	return choice === 'all' ? what : choice;
}

/**
 * Runs an export the user asked for (issues 12 and 19): a long one asks first (and may become the animated
 * SVG or the HTML file), then goes through the player's steps (a progress notice with Cancel when it takes
 * a while), writes the files into the note's attachment folder without replacing any, and says in one
 * notice what was written where. Never throws: a failure becomes a notice that names what was written.
 */
export async function runExport(app: App, language: Language, request: ExportRequest, exporter: StepExporter = playerExporter, deps: RunExportDeps = {}): Promise<Written | undefined> {
	const words = exportStrings(language);
	const large = request.what === 'slides' || request.what === 'both' ? largeExport(livePlayer(request.handle)?.exportSource()) : undefined;
	// Asked only when long: a short export starts at once.
	const what = large === undefined ? request.what : await askWhat(app, language, request.what, large, deps);
	if (what === undefined) return undefined;
	const controller = new AbortController();
	const progress = new ProgressNotice(words, controller);
	const options = { signal: controller.signal, onProgress: (done: number, total: number) => progress.update(done, total) };
	const written: Written = { images: [] };
	try {
		if (what === 'slides' || what === 'both') {
			const steps = await exporter(request.handle, { format: 'svg', png: true, ...options });
			await writeStepsAndSlides(app, request.notePath, steps, words, written);
		}
		if (what === 'animated' || what === 'both') {
			const animated = await exporter(request.handle, { format: 'animated-svg', intervalMs: request.intervalMs, ...options });
			await writeAnimated(app, request.notePath, animated, words, written);
		}
		if (what === 'html') {
			const html = await (deps.html ?? playerHtml)(request.handle, { intervalMs: request.intervalMs, signal: controller.signal });
			await writeHtml(app, request.notePath, livePlayer(request.handle)?.exportSource()?.title, html, words, written);
		}
		progress.hide();
		doneNotice(app, request.notePath, written, words);
		return written;
	} catch (error) {
		progress.hide();
		// Read by name: a DOMException is not an Error in every window.
		const { name, message } = typeof error === 'object' && error !== null ? (error as { name?: unknown; message?: unknown }) : {};
		const text = typeof message === 'string' ? message : String(error);
		const paths = writtenPaths(written);
		if (name === 'AbortError') {
			// What was written before the cancel is said too: nothing is left unaccounted for.
			if (written.slides !== undefined) doneNotice(app, request.notePath, written, words);
			new Notice(written.slides !== undefined ? words.cancelledRest : paths.length > 0 ? words.failedAfter(text, paths) : words.cancelled);
		} else new Notice(paths.length > 0 ? words.failedAfter(text, paths) : words.failed(text));
		return undefined;
	}
}
