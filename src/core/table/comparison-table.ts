/** A note as the table builder sees it: its name and its properties. */
export interface TableNote {
	name: string;
	frontmatter: Record<string, unknown>;
}

/** Options for `comparisonTable`. */
export interface ComparisonTableOptions {
	properties?: string[];
	orientation?: 'columns' | 'rows';
	labels?: Record<string, string>;
}

/** Builds a Markdown comparison table: one column per note, one row per property (SPEC §3). */
export function comparisonTable(notes: TableNote[], options: ComparisonTableOptions = {}): string {
	void notes; void options;
	throw new Error('comparisonTable: being written (issue 4)');
}
