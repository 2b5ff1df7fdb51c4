import { exportFormat, htmlBuilder, pageStyles, type PlayerHandle } from '../../player';

/** Makes a player's one-file HTML export: the player's own unless a test gives another. */
export type HtmlExporter = (handle: PlayerHandle, options: { intervalMs: number; signal: AbortSignal }) => Promise<string>;

/**
 * The standalone player's script, put into main.js by the build (esbuild.config.mjs) as one string
 * constant: nothing is worked out at load time. Absent where the plugin is not built that way (tests).
 */
declare const PROTOCOL_PLAYER_SCRIPT: string | undefined;

/** The standalone player's script built into the plugin, if it was. */
function bundledScript(): string | undefined {
	return typeof PROTOCOL_PLAYER_SCRIPT === 'string' && PROTOCOL_PLAYER_SCRIPT !== '' ? PROTOCOL_PLAYER_SCRIPT : undefined;
}

/** The plugin's one-file HTML export of a player: its built-in standalone script and the plugin's style sheet as the app has it. */
export const playerHtml: HtmlExporter = (handle, options) => exportFormat(handle, { format: 'html', intervalMs: options.intervalMs, signal: options.signal }, htmlBuilder((doc) => {
	const script = bundledScript();
	if (script === undefined) return Promise.reject(new Error('This build of the plugin has no player to put into an HTML file.'));
	return Promise.resolve({ script, css: pageStyles(doc) });
}));
