/** A note as a column of the Bases comparison: its name and the link text that opens it. */
export interface GridColumn {
	name: string;
	linktext: string;
}

/** A property as a row: its label and one cell text per column. */
export interface GridRow {
	label: string;
	cells: string[];
	/** Per cell, why it is empty (its tooltip), where a reason is known. */
	titles?: (string | undefined)[];
}

/**
 * Draws the comparison as an HTML table with DOM APIs only (cell text is never parsed as HTML):
 * notes as columns, each header an internal link (`data-href`) that the view opens on click.
 */
export function renderComparisonGrid(containerEl: HTMLElement, corner: string, columns: GridColumn[], rows: GridRow[], empty: string): void {
	containerEl.empty();
	if (columns.length === 0) {
		containerEl.createDiv({ cls: 'protocol-comparison-empty', text: empty });
		return;
	}
	const wrap = containerEl.createDiv({ cls: 'protocol-comparison' });
	const table = wrap.createEl('table', { cls: 'protocol-comparison-table' });
	const head = table.createEl('thead').createEl('tr');
	head.createEl('th', { text: corner });
	for (const column of columns) {
		const th = head.createEl('th');
		th.createEl('a', { cls: 'internal-link', text: column.name, attr: { 'data-href': column.linktext, href: column.linktext } });
	}
	const body = table.createEl('tbody');
	for (const row of rows) {
		const tr = body.createEl('tr');
		tr.createEl('th', { text: row.label, attr: { scope: 'row' } });
		row.cells.forEach((cell, i) => {
			const title = row.titles?.[i];
			tr.createEl('td', title === undefined ? { text: cell } : { text: cell, attr: { title, 'aria-label': title } });
		});
	}
}
