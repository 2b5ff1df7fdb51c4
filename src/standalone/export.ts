import { copyStepAsImage, EXPORT_FORMATS, exportFormat, type ExportFormat, type ExportFormatOptions, type ExportResult, type HtmlBuilder, type PlayerHandle } from '../player';

/** What the standalone script adds to `window.ProtocolPlayer` for static sites that build galleries (issues 12 and 19). */
export interface StandaloneExport {
	/** Every format `exportSteps` gives, for a menu to list. */
	readonly exportFormats: readonly ExportFormat[];
	/**
	 * A player's walk-through: `svg` / `animated-svg` SVG texts and `png` `data:` URLs (Start first),
	 * `slides` `{ markdown, images: [{ name, svg }] }`, `html` one offline HTML text.
	 */
	exportSteps<F extends ExportFormat>(handle: PlayerHandle, options: ExportFormatOptions<F>): Promise<ExportResult<F>>;
	/** Copies the player's current step to the clipboard as a PNG. */
	copyStepAsImage(handle: PlayerHandle): Promise<void>;
}

/** The export functions for `window.ProtocolPlayer`; `buildHtml` makes the `html` format (absent: it rejects). */
export function standaloneExport(buildHtml?: HtmlBuilder): StandaloneExport {
	return {
		exportFormats: EXPORT_FORMATS,
		exportSteps: (handle, options) => exportFormat(handle, options, buildHtml),
		copyStepAsImage: (handle) => copyStepAsImage(handle),
	};
}
