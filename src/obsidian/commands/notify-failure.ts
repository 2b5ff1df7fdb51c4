import { Notice } from 'obsidian';

/**
 * Runs a command's work and turns anything it throws (or a promise it rejects) into a notice naming the
 * command, so that a failure always reaches the user and never becomes an unhandled error or rejection.
 * `describe` words the notice (the command's name and the reason).
 */
export function runWithNotice(work: () => unknown, describe: (reason: string) => string): void {
	const fail = (error: unknown): void => {
		new Notice(describe(error instanceof Error ? error.message : String(error)));
	};
	try {
		const result = work();
		if (isThenable(result)) result.then(undefined, fail);
	} catch (error) {
		fail(error);
	}
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
	return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}
