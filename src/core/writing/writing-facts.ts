import type { Effect, Protocol } from '../model';

/** A participant as a writer may name it: by id or by label. */
export interface NamedParticipant {
	id: string;
	label: string;
}

/** What a block tells a writer: its participants, the items each is known to hold, the values each item was set to. */
export interface WritingFacts {
	participants: NamedParticipant[];
	/** The items the participant named `name` (id or label, any case) is given, keeps or is asked for, first written first. */
	itemsOf(name: string): string[];
	/** The values ever set for `key`: the named participant's first, then any other participant's. */
	valuesOf(name: string, key: string): string[];
}

/** Collects the facts of a parsed block in one pass over its effects, durable items and needs. */
export function writingFacts(protocol: Protocol): WritingFacts {
	const items = new Map<string, Set<string>>();
	const values = new Map<string, Map<string, Set<string>>>();
	const addItem = (participant: string, key: string, value: string | true): void => {
		let own = items.get(participant);
		if (!own) items.set(participant, (own = new Set()));
		own.add(key);
		if (value === true) return;
		let byKey = values.get(key);
		if (!byKey) values.set(key, (byKey = new Map<string, Set<string>>()));
		let set = byKey.get(participant);
		if (!set) byKey.set(participant, (set = new Set()));
		set.add(value);
	};
	const addEffect = (effect: Effect): void => {
		if (effect.kind === 'add') for (const item of effect.items) addItem(effect.participant, item.key, item.value);
		if (effect.kind === 'remove') for (const key of effect.keys) addItem(effect.participant, key, true);
	};
	for (const effect of protocol.initial) addEffect(effect);
	for (const [participant, list] of Object.entries(protocol.durable)) for (const item of list) addItem(participant, item.key, item.value);
	for (const step of protocol.steps) {
		for (const effect of step.effects) addEffect(effect);
		for (const need of step.needs) for (const key of need.keys) addItem(need.participant, key, true);
	}
	const resolve = resolver(protocol.participants);
	return {
		participants: protocol.participants.map((p) => ({ id: p.id, label: p.label })),
		itemsOf: (name) => {
			const id = resolve(name);
			return id === undefined ? [] : [...(items.get(id) ?? [])];
		},
		valuesOf: (name, key) => {
			const byKey = values.get(key);
			if (!byKey) return [];
			const id = resolve(name);
			const found = new Set(id === undefined ? [] : byKey.get(id) ?? []);
			for (const set of byKey.values()) for (const value of set) found.add(value);
			return [...found];
		},
	};
}

/** Id first, then label, then either ignoring case: as the parser resolves directive names. */
function resolver(participants: readonly NamedParticipant[]): (name: string) => string | undefined {
	return (name) => {
		const wanted = name.trim();
		const lower = wanted.toLowerCase();
		return (participants.find((p) => p.id === wanted)
			?? participants.find((p) => p.label === wanted)
			?? participants.find((p) => p.id.toLowerCase() === lower || p.label.toLowerCase() === lower))?.id;
	};
}
