import type { Participant, Protocol, Step } from '../model';
import { pathSteps } from '../simulate/path';

/** One side of a comparison: its protocol and the branches chosen in it. */
export interface CompareSide {
	protocol: Protocol;
	branches?: Record<number, number>;
}

/** A moment every side has: "after this step" (or after the step a `%% @phase` names). */
export interface SharedMoment {
	/** As the first side writes it. */
	text: string;
	/** Whether it comes from a `%% @phase` name rather than a step's text. */
	phase: boolean;
}

/** Text as compared: `<br>` as a space, blanks collapsed, lower case. */
export function momentKey(text: string): string {
	let out = '';
	let blank = false;
	const lower = text.toLowerCase();
	for (let i = 0; i < lower.length; i++) {
		if (lower.startsWith('<br', i)) {
			// Look only as far as a `<br …>` can reach (`<br/>`, `<br />`): searching the rest of the text for a `>`
			// at every `<br` without one was quadratic (issue 24).
			const close = brEnd(lower, i);
			if (close > 0) {
				blank = out !== '';
				i = close;
				continue;
			}
		}
		const char = lower[i] ?? '';
		if (char === ' ' || char === '\t' || char === '\n') {
			blank = out !== '';
			continue;
		}
		if (blank) out += ' ';
		blank = false;
		out += char;
	}
	return out;
}

/** Where the `>` closing a `<br` at `at` is, within the 5 characters `<br />` takes after its `<`; -1 when none is. */
function brEnd(text: string, at: number): number {
	for (let j = at + 3; j <= at + 5 && j < text.length; j++) if (text[j] === '>') return j;
	return -1;
}

/**
 * A step's moment name: its text without a trailing parenthesised detail, so that
 * "Login Response (Set-Cookie: sid)" and "Login Response (signed token)" are the same moment.
 */
export function momentName(text: string): string {
	const trimmed = text.trim();
	if (!trimmed.endsWith(')')) return trimmed;
	const open = trimmed.lastIndexOf('(');
	const name = open > 0 ? trimmed.slice(0, open).trim() : '';
	return name === '' ? trimmed : name;
}

/** A participant found by label or id, exactly first, then ignoring case. */
export function findParticipant(protocol: Protocol, name: string): Participant | undefined {
	const key = name.trim().toLowerCase();
	return protocol.participants.find((p) => p.label === name.trim() || p.id === name.trim())
		?? protocol.participants.find((p) => p.label.toLowerCase() === key || p.id.toLowerCase() === key);
}

/** Participants' labels found on every side (ignoring case), in the first side's order. */
export function sharedParticipants(sides: readonly CompareSide[]): string[] {
	const [first, ...rest] = sides;
	if (first === undefined) return [];
	const others = rest.map((side) => new Set(side.protocol.participants.map((p) => p.label.toLowerCase())));
	return first.protocol.participants
		.map((p) => p.label)
		.filter((label) => others.every((labels) => labels.has(label.toLowerCase())));
}

/**
 * The path position a moment names on one side: the first step on the path whose text, or moment name,
 * or `%% @phase` name equals `text` (ignoring case and spacing); -1 when none does.
 * `messagesOnly` skips notes and messages to oneself (a drop needs a message that travels, ADR 0005).
 */
export function findMoment(steps: readonly Step[], text: string, messagesOnly = false): number {
	const key = momentKey(text);
	const usable = (step: Step): boolean => !messagesOnly || (step.kind === 'message' && step.from !== step.to);
	const exact = steps.findIndex((step) => usable(step) && momentKey(step.text) === key);
	if (exact >= 0) return exact;
	return steps.findIndex((step) => usable(step) && (momentKey(momentName(step.text)) === key || (step.phase !== undefined && momentKey(step.phase) === key)));
}

/** Keys of the moments one side's path offers: each step's moment name and each phase name. */
function momentKeys(steps: readonly Step[]): Set<string> {
	const keys = new Set<string>();
	for (const step of steps) {
		keys.add(momentKey(momentName(step.text)));
		if (step.phase !== undefined) keys.add(momentKey(step.phase));
	}
	return keys;
}

/**
 * The moments every side's path has, in the first side's order, without repeats: step texts (by moment
 * name, ignoring case) and `%% @phase` names. These are what the shared fault bar offers.
 */
export function sharedMoments(sides: readonly CompareSide[]): SharedMoment[] {
	const [first, ...rest] = sides;
	if (first === undefined) return [];
	const others = rest.map((side) => momentKeys(pathSteps(side.protocol, side.branches ?? {})));
	const seen = new Set<string>();
	const moments: SharedMoment[] = [];
	const offer = (text: string, phase: boolean): void => {
		const key = momentKey(text);
		if (key === '' || seen.has(key) || !others.every((keys) => keys.has(key))) return;
		seen.add(key);
		moments.push({ text, phase });
	};
	for (const step of pathSteps(first.protocol, first.branches ?? {})) {
		offer(momentName(step.text), false);
		if (step.phase !== undefined) offer(step.phase, true);
	}
	return moments;
}
