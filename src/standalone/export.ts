import type { PlayerHandle } from '../player/api';
import { copyStepAsImage, exportStepTexts } from '../player/export/index';

/** Options of `ProtocolPlayer.exportSteps` on a page. */
export interface StandaloneExportOptions {
	/** One SVG per step (Start first), or one animated SVG. */
	format: 'svg' | 'animated-svg';
	/** Milliseconds each step shows in the animated SVG. Default 1500. */
	intervalMs?: number;
	signal?: AbortSignal;
}

/** What the standalone script adds to `window.ProtocolPlayer` for static sites that build galleries (issue 12). */
export interface StandaloneExport {
	/** The SVG texts of a player's walk-through: standalone, styles inlined, no script. */
	exportSteps(handle: PlayerHandle, options: StandaloneExportOptions): Promise<string[]>;
	/** Copies the player's current step to the clipboard as a PNG. */
	copyStepAsImage(handle: PlayerHandle): Promise<void>;
}

/** The export functions for `window.ProtocolPlayer`. */
export function standaloneExport(): StandaloneExport {
	return {
		exportSteps: (handle, options) => exportStepTexts(handle, options),
		copyStepAsImage: (handle) => copyStepAsImage(handle),
	};
}
