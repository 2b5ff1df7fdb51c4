import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Whether a test file asks for jsdom (`// @vitest-environment jsdom` in its opening comment lines). */
export function wantsJsdom(text: string): boolean {
	for (const line of text.split('\n', 12)) if (line.trim() === '// @vitest-environment jsdom') return true;
	return false;
}

/**
 * Vitest's own order (failed first, then longest or largest first), with the files that run in jsdom moved
 * together to the end. Test files share their worker (ADR 0023), and a worker keeps its jsdom from one such file
 * to the next: interleaved with Node files, each of the 28 built a jsdom of its own (18 s of the run's CPU);
 * together they build one per worker. Short as they are, they also even out the two workers' last minutes.
 */
export class JsdomLastSequencer extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const sorted = await super.sort(files);
		const jsdom = new Set(sorted.filter((file) => wantsJsdom(readFileSync(file.moduleId, 'utf8'))));
		return [...sorted.filter((file) => !jsdom.has(file)), ...sorted.filter((file) => jsdom.has(file))];
	}
}
