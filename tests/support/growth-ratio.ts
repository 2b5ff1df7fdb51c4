/**
 * How much longer work takes on an input 4× as large: the check that a function is linear without
 * asserting a time. The machine is shared, so only ratios measured in one run mean anything, and they are
 * measured in this process's CPU time (time spent waiting for a core while others run does not count).
 */

/**
 * The most a linear function may measure for 4× its input: about 4 when linear, 16 when quadratic. Measurements
 * are retried until they come out at 5× or less; the bound is 6× so that caches and a busy machine (5.03× and
 * 5.16× were each seen once, with the whole suite running beside them) are not taken for growth, while work that
 * grows faster than linear never measures near 6×.
 */
export const NEAR_LINEAR = 6;

/** Milliseconds of CPU this process has used. */
function cpuMs(): number {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
}

/** CPU milliseconds per call of `run`, repeated until a round lasts `roundMs` so that timer grain does not count. */
function perCall(run: () => unknown, roundMs: number): number {
	let calls = 0;
	const start = cpuMs();
	let elapsed = 0;
	do {
		run();
		calls++;
		elapsed = cpuMs() - start;
	} while (elapsed < roundMs);
	return elapsed / calls;
}

/**
 * The time of `run(make(4n))` over the time of `run(make(n))`: best of `rounds` interleaved rounds each,
 * so that a pause (garbage collection, a cold cache) cannot make a linear function look quadratic.
 * About 4 for linear work, 16 for quadratic, 64 for cubic.
 */
export function growthRatio<T>(make: (n: number) => T, run: (input: T) => unknown, n: number, rounds = 7, roundMs = 15): number {
	const small = make(n);
	const large = make(4 * n);
	run(small);
	run(large);
	let bestSmall = Infinity;
	let bestLarge = Infinity;
	for (let i = 0; i < rounds; i++) {
		bestSmall = Math.min(bestSmall, perCall(() => run(small), roundMs));
		bestLarge = Math.min(bestLarge, perCall(() => run(large), roundMs));
	}
	return bestLarge / bestSmall;
}

/**
 * The lowest growth ratio of up to `attempts` measurements, stopping at the first at or below `enough`:
 * on a shared machine one measurement can be spoilt by others' work, but linear work never measures like
 * quadratic work (16×) every time, while quadratic work never measures below `enough`.
 */
export function lowestGrowthRatio<T>(make: (n: number) => T, run: (input: T) => unknown, n: number, enough: number, attempts = 8): number {
	let lowest = Infinity;
	for (let i = 0; i < attempts && lowest > enough; i++) lowest = Math.min(lowest, growthRatio(make, run, n));
	return lowest;
}
