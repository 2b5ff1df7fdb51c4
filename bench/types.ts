/** One line of `npm run bench`: a measured figure beside the SPEC's target and, where it applies, Mermaid's own work in the same run. */
export interface BenchRow {
	/** What was measured, e.g. "parse 200-message diagram". */
	what: string;
	/** Our figure, in `unit`. */
	measured: number;
	unit: 'ms' | 'KB' | '×';
	/** The SPEC's target in words, e.g. "≥ 10× faster than Mermaid". */
	target: string;
	/** Mermaid's own figure for the same work in the same run, when the target compares with it. */
	mermaid?: number;
	/** Whether the figure meets the target. */
	met: boolean;
}
