/**
 * The standalone player: one browser script, no Obsidian. On a page where `window.mermaid` is loaded it
 * turns every `pre > code.language-protocol` block, every `pre > code.language-protocol-compare` block and —
 * unless `<html data-protocol-mermaid="off">` — ```mermaid sequence diagrams into players when the page has
 * loaded, each drawn when it comes near the view (every one before printing), and exposes
 * `window.ProtocolPlayer` (`upgrade`, `destroy`, `playerOf`, `players`, `drawAll`, `mountPlayer`,
 * `exportSteps` in every format of `exportFormats`, `copyStepAsImage`) for pages that add content later or build on the players.
 */
import { htmlBuilder, type MermaidLike, mountPlayer, type PlayerHandle } from '../player';
import { standaloneExport, type StandaloneExport } from './export';
import { ownScript, standaloneAssets } from './html-assets';
import { Upgrader, type UpgradeOptions } from './upgrader';

/** What the script puts on `window.ProtocolPlayer`. */
export interface ProtocolPlayerGlobal extends StandaloneExport {
	/**
	 * Turns the blocks under `root` (default: the page) into players; resolves to their handles once drawn.
	 * With `{ lazy: true }` each draws when it comes near the view and it resolves at once to `[]`.
	 */
	upgrade(root?: ParentNode, options?: UpgradeOptions): Promise<PlayerHandle[]>;
	/** Unmounts the players under `root` (default: all); returns how many. */
	destroy(root?: ParentNode): number;
	/** The handle of the player an element belongs to (its root, holder, the replaced `<pre>`, or inside), once drawn. */
	playerOf(element: Node): PlayerHandle | undefined;
	/** The handles of the players drawn under `root` (default: the page), in page order. */
	players(root?: ParentNode): PlayerHandle[];
	/** Draws every block under `root` still waiting to come near the view; resolves to all its players. */
	drawAll(root?: ParentNode): Promise<PlayerHandle[]>;
	/** The player itself, for pages that mount blocks their own way. */
	mountPlayer: typeof mountPlayer;
}

type PlayerWindow = Window & { mermaid?: MermaidLike; ProtocolPlayer?: ProtocolPlayerGlobal };

function install(win: PlayerWindow): void {
	// Read now: `document.currentScript` is this script only while it runs (the HTML export embeds it again).
	const buildHtml = htmlBuilder(standaloneAssets(ownScript(win.document)));
	const upgrader = new Upgrader(win, buildHtml);
	win.ProtocolPlayer = {
		upgrade: (root, options) => upgrader.upgrade(root, options),
		destroy: (root) => upgrader.destroy(root),
		playerOf: (element) => upgrader.playerOf(element),
		players: (root) => upgrader.players(root),
		drawAll: (root) => upgrader.drawAll(root),
		mountPlayer,
		...standaloneExport(buildHtml),
	};
	// On load, blocks draw as the reader comes near them: a page of 40 diagrams shows the first at once.
	const start = (): void => {
		void upgrader.upgrade(win.document, { lazy: true });
	};
	if (win.document.readyState === 'loading') win.document.addEventListener('DOMContentLoaded', start, { once: true });
	else start();
}

install(window);
