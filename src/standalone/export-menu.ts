import { exportStrings } from '../i18n/export';
import type { Language } from '../i18n/language';
import { standaloneStrings } from '../i18n/standalone';
import { ACTION, type Action, CLASS, copyStepAsImage, DATA, el, type HtmlBuilder, type PlayerHandle, type RegisterCleanup } from '../player';
import { downloadFiles, type ExportFile } from './download';
import { exportBaseName, PAGE_EXPORT_FORMATS, type PageExportContext } from './export-formats';

/** What the page's Export menu needs besides the player. */
export interface PageMenuOptions {
	language: Language;
	/** The cleanup registry of the player's drawing: an open menu closes with it. */
	register: RegisterCleanup;
	/** Milliseconds per step in the animated SVG (the page's `data-protocol-interval`, else 1500). */
	intervalMs: number;
	/** Makes the HTML file (absent: the HTML item says it is not available). */
	buildHtml?: HtmlBuilder;
}

/** Marks the open menu next to a player, so that a second click on Export closes it. */
const MENU_CLASS = 'protocol-export-menu';

/** Says what happened in the line under the player (kept until the next export). */
function say(handle: PlayerHandle, text: string, failed: boolean): void {
	const doc = handle.root.ownerDocument;
	let status = handle.root.parentElement?.querySelector<HTMLElement>(':scope > .protocol-export-status') ?? null;
	if (status === null) {
		status = el(doc, 'p', { class: 'protocol-export-status', role: 'status' });
		handle.root.after(status);
	}
	status.textContent = text;
	status.classList.toggle(CLASS.failed, failed);
}

/** Runs one item: makes the files, downloads them (one file as itself, several as a zip), says so. */
async function run(handle: PlayerHandle, item: string, options: PageMenuOptions): Promise<void> {
	const words = exportStrings(options.language);
	const strings = standaloneStrings(options.language);
	say(handle, strings.exporting, false);
	try {
		if (item === 'copy-step') {
			await copyStepAsImage(handle);
			say(handle, words.copied, false);
			return;
		}
		const context: PageExportContext = { handle, words, base: exportBaseName(handle, words), intervalMs: options.intervalMs, buildHtml: options.buildHtml };
		const formats = item === 'zip' ? PAGE_EXPORT_FORMATS : PAGE_EXPORT_FORMATS.filter((format) => format.id === item);
		const files: ExportFile[] = [];
		// One format at a time: each goes through the live player's steps and puts it back.
		for (const format of formats) files.push(...await format.files(context));
		const name = await downloadFiles(handle.root.ownerDocument, files, `${context.base}.zip`);
		say(handle, strings.downloaded(name), false);
	} catch (error) {
		const message = typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
		say(handle, item === 'copy-step' ? words.copyFailed(message) : words.failed(message), true);
	}
}

/**
 * Opens (or, when open, closes) the Export menu of a player on a web page, under its Export button: one
 * item per format of `PAGE_EXPORT_FORMATS` (`[data-action="export"][data-format]`), Everything as one zip
 * (`data-format="zip"`) and Copy step as image. Escape or a click elsewhere closes it; every listener it
 * adds is removed when it closes, and it closes with the player.
 */
export function togglePageExportMenu(event: MouseEvent, handle: PlayerHandle, options: PageMenuOptions): HTMLElement | undefined {
	const doc = handle.root.ownerDocument;
	const win = doc.defaultView ?? window;
	const parent = handle.root.parentElement;
	if (parent === null) return undefined;
	const open = parent.querySelector<HTMLElement>(`:scope > .${MENU_CLASS}`);
	if (open !== null) {
		open.dispatchEvent(new win.Event('protocol-close'));
		return undefined;
	}
	const words = exportStrings(options.language);
	const strings = standaloneStrings(options.language);
	const item = (action: Action, format: string | undefined, label: string): HTMLButtonElement =>
		el(doc, 'button', { type: 'button', role: 'menuitem', [DATA.action]: action, [DATA.format]: format }, [label]);
	const items = [
		...PAGE_EXPORT_FORMATS.map((format) => item(ACTION.export, format.id, format.label(strings))),
		item(ACTION.export, 'zip', strings.everything),
		item(ACTION.copyStep, undefined, words.copyStepImage),
	];
	const menu = el(doc, 'div', { class: MENU_CLASS, role: 'menu', 'aria-label': words.exportMenu }, items);
	const button = event.currentTarget as HTMLElement | null;
	// Under the button, its right edge on the button's: the parent is the positioned box (styles.css).
	if (button !== null) {
		const at = button.getBoundingClientRect();
		const box = parent.getBoundingClientRect();
		menu.style.top = `${at.bottom - box.top + 4}px`;
		menu.style.right = `${Math.max(0, box.right - at.right)}px`;
	}
	handle.root.after(menu);
	const close = (): void => {
		if (!menu.isConnected) return;
		menu.remove();
		doc.removeEventListener('pointerdown', outside, true);
		doc.removeEventListener('keydown', keys, true);
		button?.setAttribute('aria-expanded', 'false');
	};
	const outside = (e: Event): void => {
		const target = e.target as Node | null;
		if (target !== null && !menu.contains(target) && !(button?.contains(target) ?? false)) close();
	};
	const keys = (e: KeyboardEvent): void => {
		if (e.key === 'Escape') {
			close();
			button?.focus();
		} else if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && menu.contains(doc.activeElement)) {
			const at = items.indexOf(doc.activeElement as HTMLButtonElement);
			const next = items[(at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length];
			next?.focus();
			e.preventDefault();
		}
	};
	menu.addEventListener('protocol-close', close);
	menu.addEventListener('click', (e) => {
		const chosen = (e.target as Element | null)?.closest('button[role="menuitem"]');
		if (chosen === null || chosen === undefined) return;
		close();
		const format = chosen.getAttribute(DATA.action) === ACTION.copyStep ? 'copy-step' : chosen.getAttribute(DATA.format) ?? '';
		void run(handle, format, options);
	});
	doc.addEventListener('pointerdown', outside, true);
	doc.addEventListener('keydown', keys, true);
	options.register(close);
	button?.setAttribute('aria-expanded', 'true');
	items[0]?.focus();
	return menu;
}
