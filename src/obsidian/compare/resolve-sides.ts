import type { App, TFile } from 'obsidian';
import { findNoteDiagram, type CompareNoteRef } from '../../core';
import type { CompareSideSpec } from '../../player';

/** The sides of a compare block, and the notes they were read from (to redraw when one changes). */
export interface ResolvedSides {
	sides: CompareSideSpec[];
	/** Paths of the notes found. */
	paths: Set<string>;
	/** Link paths that did not resolve, lower-cased (a note created under that name redraws the block). */
	unresolved: Set<string>;
}

/** Reads each named note (link resolved from `sourcePath`, text through `cachedRead`) and finds its diagram. */
export async function resolveSides(app: App, refs: readonly CompareNoteRef[], sourcePath: string): Promise<ResolvedSides> {
	const paths = new Set<string>();
	const unresolved = new Set<string>();
	const sides = await Promise.all(refs.map(async (ref): Promise<CompareSideSpec> => {
		const file: TFile | null = app.metadataCache.getFirstLinkpathDest(ref.note, sourcePath);
		const base: Pick<CompareSideSpec, 'name' | 'heading'> = ref.heading === undefined ? { name: ref.note } : { name: ref.note, heading: ref.heading };
		if (file === null) {
			unresolved.add(ref.note.toLowerCase());
			return { ...base, diagram: { missing: 'note' } };
		}
		paths.add(file.path);
		let text: string;
		try {
			text = await app.vault.cachedRead(file);
		} catch {
			return { ...base, diagram: { missing: 'note' } };
		}
		const diagram = findNoteDiagram(text, ref.heading);
		return { ...base, diagram: diagram === undefined ? { missing: 'diagram' } : { source: diagram.source } };
	}));
	return { sides, paths, unresolved };
}
