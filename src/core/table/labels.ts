/** Reads row labels written one `property: label` per line; lines without a colon or with an empty side are ignored. */
export function parseLabels(text: string): Record<string, string> {
	const labels: Record<string, string> = {};
	for (const line of text.split(/\r?\n/)) {
		const colon = line.indexOf(':');
		if (colon < 0) continue;
		const key = line.slice(0, colon).trim();
		const label = line.slice(colon + 1).trim();
		if (key !== '' && label !== '') labels[key] = label;
	}
	return labels;
}

/** Writes row labels one `property: label` per line, in the order given. */
export function formatLabels(labels: Record<string, string>): string {
	return Object.entries(labels).map(([key, label]) => `${key}: ${label}`).join('\n');
}
