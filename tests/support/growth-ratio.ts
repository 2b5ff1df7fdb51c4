/**
 * Growth ratios (n vs 4n): how much longer work takes on an input 4× as large, the check that a function is
 * linear without asserting a time. About 4 when linear, 16 when quadratic, 64 when cubic.
 *
 * The machine is shared, so only ratios measured in one run mean anything, and they are measured in this
 * process's CPU time (time spent waiting for a core while others run does not count). What CPU time does not
 * remove is the memory: V8 allocates objects over 128 KB in a space of their own and an input that outgrows
 * the caches is read from further away, so a linear function whose input at 4n crosses such a line measures
 * 7–10×, on a quiet machine as on a busy one (issue 21; ADR 0021). The ratio is therefore measured at two
 * scales, n/4 vs n and n vs 4n, in the same interleaved rounds, and the lower one kept: a line between two
 * memory regimes lies in one of them at most, while quadratic work grows 16× at both.
 *
 * Choosing n: large enough that quadratic work would dominate at n/4 (hundreds of lines or items, thousands of
 * characters), and small enough that at n the input and what the work builds from it stay well under 128 KB,
 * where linear work measures a steady 4 (tests/support/growth-ratio.test.ts checks both ways).
 */

/**
 * The most a linear function may measure for 4× its input: about 4 when linear, 16 when quadratic. Measurements
 * are retried until they come out at 5× or less; the bound is 6× so that a spoilt measurement on a busy machine
 * is not taken for growth, while work that grows faster than linear measures 10× or more
 * (tests/support/growth-ratio.test.ts).
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

/** The three sizes measured for a growth ratio around `n`: n/4, n and 4n. */
export function growthSizes(n: number): [number, number, number] {
	return [Math.max(1, Math.round(n / 4)), n, 4 * n];
}

/**
 * The growth ratio n vs 4n of `run` on inputs made by `make`: the lower of n/4 vs n and n vs 4n, each time the
 * best of `rounds` interleaved rounds so that a pause (garbage collection, another process taking the core)
 * cannot make a linear function look quadratic. About 4 for linear work, 16 for quadratic, 64 for cubic.
 */
export function growthRatio<T>(make: (n: number) => T, run: (input: T) => unknown, n: number, rounds = 7, roundMs = 10): number {
	const inputs = growthSizes(n).map(make);
	// Once each before timing, so that no size pays for compiling.
	for (const input of inputs) run(input);
	const best = inputs.map(() => Number.POSITIVE_INFINITY);
	for (let round = 0; round < rounds; round++) {
		inputs.forEach((input, i) => {
			best[i] = Math.min(best[i] ?? Number.POSITIVE_INFINITY, perCall(() => run(input), roundMs));
		});
	}
	const [quarter, whole, four] = best as [number, number, number];
	return Math.min(whole / quarter, four / whole);
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
