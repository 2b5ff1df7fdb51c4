// The shapes of the plugin's saved settings, apart from their defaults so that the declarations can name them.

/** How the user last built a comparison table in a note: remembered per note path. */
export interface TableChoice {
	source: 'links' | 'tag' | 'folder' | 'picked';
	/** The tag or folder, when the source needs one. */
	value?: string;
	/** Note paths, when picked by name. */
	notes?: string[];
	properties: string[];
	orientation: 'columns' | 'rows';
}

/** The plugin's saved settings. */
export interface ProtocolNotesSettings {
	/** Infer state from "store"-like self-messages followed by a note. */
	inferState: boolean;
	/** Give existing ```mermaid sequence diagrams the player. */
	playerOnMermaid: boolean;
	/** Milliseconds between steps in autoplay. */
	autoplayMs: number;
	/** Opacity of future steps, 0–1. */
	fadedOpacity: number;
	/** Mark the steps a scripted fault breaks before the reader reaches them. */
	showOutcomesAhead: boolean;
	/** Row labels for comparison tables: property → label (`keeps_state` → `상태 유지`). */
	tableLabels: Record<string, string>;
	/** Cell symbols for booleans. */
	trueSymbol: string;
	falseSymbol: string;
	/** Pad table cells so the source lines up in a monospace editor. */
	padTables: boolean;
	/** Last table choice per note path. */
	tableChoices: Record<string, TableChoice>;
}
