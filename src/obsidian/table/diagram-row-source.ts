import type { App, TFile } from 'obsidian';
import { diagramFactsInSteps, findNoteDiagram, diagramRowKey, diagramRowValues, DIAGRAM_ROWS, isDiagramRowKey, parseProtocol, RESTART_ROWS, type DiagramFacts } from '../../core';
import { compareStrings } from '../../i18n/compare';
import { computedRowStrings } from '../../i18n/computed-rows';
import type { Language } from '../../i18n/language';
import { runInSlices, type SliceOptions } from '../../player';

/** A note's facts as last computed: `null` when it has no diagram (or one that does not parse). */
interface Known {
	mtime: number;
	size: number;
	facts: DiagramFacts | null;
}

/** What a table shows of one note's computed rows: values by `diagram:…` key, and why a cell is empty. */
export interface ComputedCells {
	values: Record<string, unknown>;
	/** Key → the reason a cell shows "—" (its tooltip), for rows that were not computed. */
	why: Record<string, string>;
}

/** Options of `DiagramRowSource.compute`. */
export interface ComputeOptions {
	/** Stops the work (the note changed, the modal closed, the view redrew): `compute` then rejects. */
	signal?: AbortSignal;
	/** Told after each note: how many of the notes that needed computing are done. */
	onProgress?: (done: number, total: number) => void;
	/** How the work is spread over tasks (tests pass their own pause). */
	slices?: Omit<SliceOptions, 'signal'>;
}

/** How many times a note that changes while its rows are computed is started again before it is left out. */
const RESTARTS_ON_CHANGE = 3;

/**
 * The "From the diagram" rows of comparison tables, per note. A diagram is in the note's text, which Obsidian reads
 * asynchronously, and its facts take a simulation and a fault map per branch combination: they are computed in
 * slices that yield to Obsidian (`runInSlices`), at most `DIAGRAM_FACTS_BUDGET` of fault analysis per diagram, and
 * kept until the note's mtime or size changes. A note that changes while computed is started again.
 */
export class DiagramRowSource {
	private readonly known = new Map<string, Known>();

	constructor(private readonly app: App, private readonly inferState: () => boolean) {}

	/** Whether the note's rows are known as the note is now. */
	isKnown(file: TFile): boolean {
		const known = this.known.get(file.path);
		return known !== undefined && known.mtime === file.stat.mtime && known.size === file.stat.size;
	}

	/** The notes among `files` whose rows are not known as they are now. */
	unknown(files: readonly TFile[]): TFile[] {
		return files.filter((file, i) => !this.isKnown(file) && files.indexOf(file) === i);
	}

	/** Computes the rows of the notes not yet known or changed since; resolves to whether anything new was learnt. */
	async compute(files: readonly TFile[], options: ComputeOptions = {}): Promise<boolean> {
		const todo = this.unknown(files);
		let done = 0;
		// One note after another: notes in parallel would only interleave their slices, and finish all at the end.
		for (const file of todo) {
			await this.computeOne(file, options);
			options.onProgress?.(++done, todo.length);
		}
		return todo.length > 0;
	}

	/** The computed cells of a note whose rows are known; none for a note without a diagram (its cells read "—"). */
	cells(file: TFile, language: Language): ComputedCells {
		const facts = this.known.get(file.path)?.facts;
		if (!facts) return { values: {}, why: {} };
		const why = facts.restarts === 'over-budget' ? Object.fromEntries(RESTART_ROWS.map((row) => [diagramRowKey(row), computedRowStrings(language).overBudget])) : {};
		return { values: diagramRowValues(facts, compareStrings(language).rows), why };
	}

	private async computeOne(file: TFile, options: ComputeOptions): Promise<void> {
		for (let attempt = 0; attempt <= RESTARTS_ON_CHANGE; attempt++) {
			const { mtime, size } = file.stat;
			let facts: DiagramFacts | null = null;
			let changed = false;
			try {
				const diagram = findNoteDiagram(await this.app.vault.cachedRead(file));
				options.signal?.throwIfAborted();
				const parsed = diagram ? parseProtocol(diagram.source, { inferState: this.inferState() }) : undefined;
				if (parsed?.ok) {
					facts = await runInSlices(watchChanges(diagramFactsInSteps(parsed.protocol), () => {
						changed = file.stat.mtime !== mtime || file.stat.size !== size;
						return changed;
					}), { ...options.slices, signal: options.signal });
				}
			} catch (error) {
				if (options.signal?.aborted === true) throw error;
				facts = null;
			}
			if (changed || file.stat.mtime !== mtime || file.stat.size !== size) continue;
			this.known.set(file.path, { mtime, size, facts });
			return;
		}
	}
}

/** The steps of `work`, ending early (with nothing) once `changed` says the note changed since it was read. */
function* watchChanges<T>(work: Generator<void, T, void>, changed: () => boolean): Generator<void, T | null, void> {
	for (;;) {
		const next = work.next();
		if (next.done === true) return next.value;
		yield;
		if (changed()) return null;
	}
}

/** The computed rows' keys, in order, as a table's property list names them. */
export function diagramRowKeys(): string[] {
	return DIAGRAM_ROWS.map(diagramRowKey);
}

/** Labels for the computed rows in the user's language (a user's own label in the settings wins). */
export function diagramRowLabels(language: Language): Record<string, string> {
	const words = compareStrings(language).rows.labels;
	return Object.fromEntries(DIAGRAM_ROWS.map((row) => [diagramRowKey(row), words[row]]));
}

/** Whether a property list asks for a computed row. */
export function wantsDiagramRows(properties: readonly string[]): boolean {
	return properties.some(isDiagramRowKey);
}
