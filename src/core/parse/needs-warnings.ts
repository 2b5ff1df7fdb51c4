import type { Diagnostic, Protocol } from '../model';
import { diagnostic } from './diagnostics';

/**
 * Past these sizes no close name is looked for: a suggestion compares every given name, so a hostile note
 * with thousands of items and unmet needs would cost their product.
 */
const MAX_CANDIDATES = 500;
const MAX_NAME = 64;

/** Participant → key → the values some directive sets (`true`: set without a value). */
type Given = Map<string, Map<string, Set<string | true>>>;

/**
 * Warns about a `@needs` that nothing on any path can meet (issue 17): no `@state` on any step, no durable item
 * and no starting state gives the participant that item, or that value — most often a typo, so the warning
 * names the closest name given, by edit distance ("did you mean `session`?"). An item only another participant
 * is given is no typo but a lesson (the second server without the session): no warning. Run after inference.
 */
export function needsWarnings(protocol: Protocol): Diagnostic[] {
	const given = givenItems(protocol);
	const anyHolder = new Set<string>();
	for (const keys of given.values()) for (const key of keys.keys()) anyHolder.add(key);
	const warnings: Diagnostic[] = [];
	for (const step of protocol.steps) {
		for (const need of step.needs) {
			const keys = given.get(need.participant);
			need.keys.forEach((key, index) => {
				const values = keys?.get(key);
				if (values === undefined) {
					// Another participant holding it is the lesson (a second server without the session), not a typo;
					// this one is not given it, so any holder is another participant.
					if (anyHolder.has(key)) return;
					warnings.push(diagnostic(need.line, `nothing gives ${need.participant} \`${key}\`${suggestion(key, keys?.keys())}`));
					return;
				}
				const value = need.values?.[index] ?? true;
				if (value === true || values.has(value)) return;
				const set = [...values].filter((held): held is string => held !== true);
				warnings.push(diagnostic(need.line, `nothing gives ${need.participant} \`${key} = ${value}\`${suggestion(value, set, `${key} = `)}`));
			});
		}
	}
	return warnings;
}

/** Every item (and value) the starting state, the durable items and any step's effects give, per participant. */
function givenItems(protocol: Protocol): Given {
	const given: Given = new Map();
	const give = (participant: string, key: string, value: string | true): void => {
		let keys = given.get(participant);
		if (keys === undefined) {
			keys = new Map();
			given.set(participant, keys);
		}
		let values = keys.get(key);
		if (values === undefined) {
			values = new Set();
			keys.set(key, values);
		}
		values.add(value);
	};
	for (const participant of Object.keys(protocol.durable)) for (const item of protocol.durable[participant] ?? []) give(participant, item.key, item.value);
	const effects = [protocol.initial, ...protocol.steps.map((step) => step.effects)];
	for (const list of effects) {
		for (const effect of list) if (effect.kind === 'add') for (const item of effect.items) give(effect.participant, item.key, item.value);
	}
	return given;
}

/** "; did you mean `session`?" for the closest candidate within a few edits, or nothing. */
function suggestion(name: string, candidates: Iterable<string> | undefined, prefix = ''): string {
	if (candidates === undefined || name.length > MAX_NAME) return '';
	const list = [...candidates];
	if (list.length > MAX_CANDIDATES) return '';
	// A third of the name's length, at least one edit: "sesion" → "session", not "state" → "cookie".
	const limit = Math.max(1, Math.floor(name.length / 3));
	let best: string | undefined;
	let bestDistance = limit + 1;
	for (const candidate of list) {
		if (candidate.length > MAX_NAME || Math.abs(candidate.length - name.length) >= bestDistance) continue;
		const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best === undefined ? '' : `; did you mean \`${prefix}${best}\`?`;
}

/** Levenshtein distance (insertions, deletions, substitutions), two rows at a time. */
export function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
			current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
		}
		previous = current;
	}
	return previous[b.length] ?? 0;
}
