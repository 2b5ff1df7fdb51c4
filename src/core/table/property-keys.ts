/**
 * Keys left out of a table unless asked for by name: Obsidian's own bookkeeping (`tags`, `aliases`,
 * `cssclasses` and their old singular forms, `position` from older caches) says nothing that
 * compares notes, and tags are better seen in the tag pane.
 */
export const SKIPPED_BY_DEFAULT: readonly string[] = ['tags', 'tag', 'aliases', 'alias', 'cssclasses', 'cssclass', 'position'];

/** One property key and how many of the notes have it. */
export interface PropertyCount {
	key: string;
	count: number;
}

/** Every key of the notes' properties, most common first; ties keep the order in which they were first seen. */
export function propertyCounts(frontmatters: readonly Record<string, unknown>[]): PropertyCount[] {
	const counts = new Map<string, number>();
	for (const frontmatter of frontmatters) {
		for (const key of Object.keys(frontmatter)) counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	// Array.prototype.sort is stable, so equal counts stay in first-seen order.
	return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count);
}

/** The rows a table shows when none were chosen: the notes' keys, most common first, without the skipped ones. */
export function defaultProperties(frontmatters: readonly Record<string, unknown>[]): string[] {
	return propertyCounts(frontmatters).map((p) => p.key).filter((key) => !SKIPPED_BY_DEFAULT.includes(key));
}
