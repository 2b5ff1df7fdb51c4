/**
 * The standalone player: one browser script, no Obsidian. On a page where `window.mermaid` is loaded it
 * turns every `pre > code.language-protocol` block — and ```mermaid sequence diagrams, unless
 * `<html data-protocol-mermaid="off">` — into a player when the page has loaded, and exposes
 * `window.ProtocolPlayer` (`upgrade(root)`, `destroy(root)`, `mountPlayer`, `exportSteps(handle, { format })` for every
 * format of `exportFormats`,
 * `copyStepAsImage(handle)`) for pages that add content later.
 */
import { mountPlayer, type MermaidLike, type PlayerHandle } from '../player';
import { htmlBuilder } from '../player/export/html-export';
import { standaloneExport, type StandaloneExport } from './export';
import { ownScript, standaloneAssets } from './html-assets';
import { Upgrader } from './upgrader';

/** What the script puts on `window.ProtocolPlayer`. */
export interface ProtocolPlayerGlobal extends StandaloneExport {
	/** Turns the blocks under `root` (default: the page) into players; resolves to their handles. */
	upgrade(root?: ParentNode): Promise<PlayerHandle[]>;
	/** Unmounts the players under `root` (default: all); returns how many. */
	destroy(root?: ParentNode): number;
	/** The player itself, for pages that mount blocks their own way. */
	mountPlayer: typeof mountPlayer;
}

type PlayerWindow = Window & { mermaid?: MermaidLike; ProtocolPlayer?: ProtocolPlayerGlobal };

function install(win: PlayerWindow): void {
	const upgrader = new Upgrader(win);
	// Read now: `document.currentScript` is this script only while it runs (the HTML export embeds it again).
	const own = ownScript(win.document);
	win.ProtocolPlayer = {
		upgrade: (root) => upgrader.upgrade(root),
		destroy: (root) => upgrader.destroy(root),
		mountPlayer,
		...standaloneExport(htmlBuilder(standaloneAssets(own))),
	};
	const start = (): void => {
		void upgrader.upgrade();
	};
	if (win.document.readyState === 'loading') win.document.addEventListener('DOMContentLoaded', start, { once: true });
	else start();
}

install(window);
