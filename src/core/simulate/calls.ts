import type { Step } from '../model';

/**
 * Which message answers which request along one path, and which steps sit inside which call (ADR 0005,
 * "Calls"). It depends on the path only, never on outcomes, so one structure serves every run of the path.
 */
export interface CallStructure {
	/** Per position: the innermost call the step sits inside (its request's position), or −1. */
	within: Int32Array;
	/** Per position: where the request sent there is answered (then it is a call), or −1. */
	answerAt: Int32Array;
	/** Per position: the requests this step answers, innermost first (several when it closes a forwarded chain). */
	answers: (readonly number[] | undefined)[];
}

/**
 * How far a dashed message looks for a forwarded request, down the receiver's open requests and up a chain:
 * a bound keeps a path of thousands of never-answered requests linear, and real chains are a few hops long.
 */
const SEARCH_LIMIT = 64;

/** Who sends a step, for being inside a call: a message's sender, a note on one participant; else nobody. */
function senderOf(step: Step): string | undefined {
	if (step.kind === 'message') return step.from;
	return step.from === step.to ? step.from : undefined;
}

/** Whether an arrow is dashed (`-->>`, `-->`, `--x`, `--)`, `<<-->>`): such a message never opens a request. */
export function isDashed(arrow: string | undefined): boolean {
	return arrow !== undefined && arrow.includes('--');
}

/** A stack read from the top that skips entries already closed (they are popped lazily). */
function topOpen(stack: number[] | undefined, closed: (position: number) => boolean): number {
	if (stack === undefined) return -1;
	while (stack.length > 0 && closed(stack[stack.length - 1])) stack.pop();
	return stack.length > 0 ? (stack[stack.length - 1]) : -1;
}

function push(map: Map<string, number[]>, key: string, position: number): void {
	const stack = map.get(key);
	if (stack === undefined) map.set(key, [position]);
	else stack.push(position);
}

/** Pairs answers with requests and finds what each call encloses; linear in the path (see `SEARCH_LIMIT`). */
export function callStructure(path: readonly Step[]): CallStructure {
	const n = path.length;
	const answerAt = new Int32Array(n).fill(-1);
	const answers: (number[] | undefined)[] = new Array<number[] | undefined>(n);
	pairAnswers(path, answerAt, answers);
	const within = new Int32Array(n).fill(-1);
	// Per receiver, its open calls; a call is done once its answer's position is reached.
	const openCalls = new Map<string, number[]>();
	const done = new Uint8Array(n);
	path.forEach((step, position) => {
		for (const request of answers[position] ?? []) done[request] = 1;
		const sender = senderOf(step);
		if (sender !== undefined) within[position] = topOpen(openCalls.get(sender), (at) => done[at] === 1);
		if ((answerAt[position]) >= 0) push(openCalls, step.to, position);
	});
	return { within, answerAt, answers };
}

/**
 * A message from B to A answers the innermost open request from A to B. Otherwise a solid message opens a
 * request (forwarded within the innermost open request to its sender), and a dashed one answers the innermost
 * open request to B forwarded from an open request of A's — closing that whole chain — or goes one way.
 */
function pairAnswers(path: readonly Step[], answerAt: Int32Array, answers: (number[] | undefined)[]): void {
	const n = path.length;
	const closed = new Uint8Array(n);
	const forwardedFrom = new Int32Array(n).fill(-1);
	const byPair = new Map<string, number[]>();
	const byReceiver = new Map<string, number[]>();
	const isClosed = (at: number): boolean => closed[at] === 1;
	const close = (chain: number[], position: number): void => {
		for (const request of chain) {
			closed[request] = 1;
			answerAt[request] = position;
		}
		answers[position] = chain;
	};
	path.forEach((step, position) => {
		if (step.kind !== 'message' || step.from === step.to) return;
		const asked = topOpen(byPair.get(`${step.to}\n${step.from}`), isClosed);
		if (asked >= 0) {
			close([asked], position);
			return;
		}
		if (isDashed(step.arrow)) {
			const chain = forwardedChain(path, byReceiver.get(step.from), step.to, forwardedFrom, isClosed);
			if (chain !== undefined) close(chain, position);
			return;
		}
		forwardedFrom[position] = topOpen(byReceiver.get(step.from), isClosed);
		push(byPair, `${step.from}\n${step.to}`, position);
		push(byReceiver, step.to, position);
	});
}

/**
 * The innermost open request to the dashed message's sender that was forwarded from an open request of
 * `asker` (the message's receiver): that request, the ones it was forwarded from, and the asker's, innermost first.
 */
function forwardedChain(path: readonly Step[], toSender: readonly number[] | undefined, asker: string, forwardedFrom: Int32Array, isClosed: (at: number) => boolean): number[] | undefined {
	if (toSender === undefined) return undefined;
	const lowest = Math.max(0, toSender.length - SEARCH_LIMIT);
	for (let index = toSender.length - 1; index >= lowest; index--) {
		const request = toSender[index];
		if (isClosed(request)) continue;
		const chain = [request];
		let up = forwardedFrom[request];
		for (let hops = 0; up >= 0 && hops < SEARCH_LIMIT && !isClosed(up); hops++) {
			chain.push(up);
			if (path[up]?.from === asker) return chain;
			up = forwardedFrom[up];
		}
	}
	return undefined;
}
