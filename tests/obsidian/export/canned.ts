import type { StepSnapshot } from '../../../src/core/export/snapshot';
import type { LivePlayer } from '../../../src/player/api';
import type { ExportedSteps, ExportStepsOptions } from '../../../src/player/export/export-steps';
import type { StepExporter } from '../../../src/obsidian/export/run-export';

/** Three exported positions of a small login: Start, Login Request, Login Response. */
export const SNAPSHOTS: StepSnapshot[] = [
	{ counter: '0 / 2', caption: 'Start', notes: [], cards: [] },
	{ counter: '1 / 2', caption: 'Client → Server: Login', notes: [], cards: [{ name: 'Server', rows: [{ key: 'session', value: true, change: 'added' }] }] },
	{ counter: '2 / 2', caption: 'Server → Client: OK', notes: [], cards: [{ name: 'Server', rows: [{ key: 'session', value: true }] }] },
];

/**
 * A player handle that is never drawn: the canned exporter does not look at it; its export source only says
 * how many positions there are (three, a short export) and has an empty drawing and no title.
 */
export const HANDLE: LivePlayer = {
	kind: 'player',
	root: {} as HTMLElement,
	position: () => 0,
	goTo: () => undefined,
	exportSource: () => ({ count: () => SNAPSHOTS.length, svg: new DOMParser().parseFromString('<svg xmlns="http://www.w3.org/2000/svg"/>', 'image/svg+xml').documentElement }) as never,
	setFaults: () => undefined,
	inspect: () => {
		throw new Error('the canned handle has no player');
	},
	readerState: () => ({ position: 0, started: false, branches: {}, restarts: [], drops: [] }),
};

/** What the canned exporter was asked, and a way to hold it at its first progress report. */
export interface CannedExporter {
	exporter: StepExporter;
	calls: ExportStepsOptions[];
}

/**
 * An exporter that gives fixed SVG texts (`<svg>…step N…</svg>`, or one animated image) after reporting
 * progress once; when `waitForCancel`, it then waits until its signal is aborted and rejects as the
 * player's export does.
 */
export function cannedExporter(title: string | undefined, waitForCancel = false): CannedExporter {
	const calls: ExportStepsOptions[] = [];
	const exporter: StepExporter = async (_handle, options) => {
		calls.push(options);
		options.onProgress?.(1, SNAPSHOTS.length);
		if (waitForCancel) {
			await new Promise<void>((resolve) => options.signal?.addEventListener('abort', () => resolve(), { once: true }));
			throw new DOMException('The export was cancelled.', 'AbortError');
		}
		const svgs = options.format === 'animated-svg' ? ['<svg>animated</svg>'] : SNAPSHOTS.map((_, i) => `<svg>step ${i}</svg>`);
		const result: ExportedSteps = { svgs, sizes: svgs.map(() => ({ width: 900, height: 500 })), snapshots: SNAPSHOTS, choices: [], title };
		return result;
	};
	return { exporter, calls };
}
