import type { Failure } from '../model';

/** Why an item is gone, as `Failure.cause` records it. */
export type LossCause = Failure['cause'];

/** One entry: the cause (undefined once the item was given again) and when it was written. */
interface Entry {
	cause: LossCause | undefined;
	order: number;
}

/** A restart kept as a marker instead of one entry per item: the items held then, and the cause. */
interface RestartMark {
	held: ReadonlyMap<string, string | true>;
	durable: ReadonlySet<string> | undefined;
	cause: LossCause;
	order: number;
}

/**
 * Why each participant's items are gone, per participant and key. A copy (`branch`) reads through to the book
 * it was made from and writes only its own entries, so a copy costs nothing however many causes there are;
 * the book it came from must not change while the copy is used. A restart may be kept as one marker
 * (`markRestart`) rather than an entry per item it took: a fault-map walk restarts a participant holding
 * thousands of items at every gap.
 */
export class LossBook {
	private readonly entries = new Map<string, Map<string, Entry>>();
	private readonly marks = new Map<string, RestartMark[]>();
	private order: number;

	constructor(private readonly parent?: LossBook) {
		this.order = parent?.order ?? 0;
	}

	/** A copy that reads through to this book. */
	branch(): LossBook {
		return new LossBook(this);
	}

	/** The latest reason the participant's key is gone, or `never`. */
	causeOf(participant: string, key: string): LossCause {
		const entry = this.entry(participant, key);
		const mark = this.latestMark(participant, key, entry?.order ?? -1);
		return mark?.cause ?? entry?.cause ?? { kind: 'never' };
	}

	/** The key is gone for this reason. */
	lose(participant: string, key: string, cause: LossCause): void {
		this.write(participant, key, cause);
	}

	/** The key was given again: no reason to keep. */
	given(participant: string, key: string): void {
		if (this.entry(participant, key) !== undefined || this.hasMarks(participant)) this.write(participant, key, undefined);
	}

	/** A restart took every non-durable item of `held` (the participant's items then, never changed after). */
	markRestart(participant: string, held: ReadonlyMap<string, string | true>, durable: ReadonlySet<string> | undefined, cause: LossCause): void {
		const list = this.marks.get(participant) ?? [];
		list.push({ held, durable, cause, order: ++this.order });
		this.marks.set(participant, list);
	}

	private hasMarks(participant: string): boolean {
		return this.marks.has(participant) || this.parent?.hasMarks(participant) === true;
	}

	private write(participant: string, key: string, cause: LossCause | undefined): void {
		let keys = this.entries.get(participant);
		if (keys === undefined) {
			keys = new Map();
			this.entries.set(participant, keys);
		}
		keys.set(key, { cause, order: ++this.order });
	}

	private entry(participant: string, key: string): Entry | undefined {
		return this.entries.get(participant)?.get(key) ?? this.parent?.entry(participant, key);
	}

	/** The newest restart mark after `after` that took the key. */
	private latestMark(participant: string, key: string, after: number): RestartMark | undefined {
		const list = this.marks.get(participant);
		if (list === undefined) return this.parent?.latestMark(participant, key, after);
		for (let i = list.length - 1; i >= 0; i--) {
			const mark = list[i];
			if (mark === undefined || mark.order <= after) break;
			if (mark.held.has(key) && mark.durable?.has(key) !== true) return mark;
		}
		return this.parent?.latestMark(participant, key, after);
	}
}
