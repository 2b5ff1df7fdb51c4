import type { ItemChange } from '../model';

/** One item's net write in a step: its value now, or undefined when the step left it removed. */
export interface StateWrite {
	participant: string;
	key: string;
	value: string | true | undefined;
}

/** What one step did to the state: net writes (to rebuild states from) and the changes a reader sees. */
export interface StepWrites {
	writes: StateWrite[];
	changes: ItemChange[];
}

/** The bits of one watched item: set while held, and one per value some need names, set while holding it. */
export interface WatchedKey {
	presence: number;
	values?: ReadonlyMap<string, number>;
}

/** Participant → key → its bits (see `StateTracker.watchPresence`). */
export type WatchIndex = ReadonlyMap<string, ReadonlyMap<string, WatchedKey>>;
