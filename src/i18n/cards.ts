import type { Language } from './language';

/**
 * The state cards' words about what lasts (issue 18): the mark on a durable item and the note a restart
 * leaves on its participant's card. Step numbers are 1-based, as the counter shows them.
 */
export interface CardStrings {
	/** The visible mark after a durable item, read by screen readers too. */
	durableMark: string;
	/** What the mark means, on hover. */
	durableTitle: string;
	/**
	 * The note on a card at the moment its participant restarts (`after` −1: before the first step): what it
	 * lost ("nothing" when it held nothing to lose) and the durable items it keeps.
	 */
	restartNote(after: number, lost: readonly string[], kept: readonly string[]): string;
}

/** How many lost items a note names before it says how many more. */
const NAMED = 3;

/** The first few names, then how many more (`more` words the rest). */
function named(keys: readonly string[], more: (count: number) => string): string {
	const shown = keys.slice(0, NAMED).join(', ');
	return keys.length > NAMED ? `${shown} ${more(keys.length - NAMED)}` : shown;
}

const en: CardStrings = {
	durableMark: 'durable',
	durableTitle: 'Durable: kept through a restart',
	restartNote: (after, lost, kept) => {
		const when = after < 0 ? 'Restarted before step 1' : `Restarted after step ${after + 1}`;
		const lostText = lost.length === 0 ? 'lost nothing' : `lost ${named(lost, (n) => `and ${n} more`)}`;
		const keptText = kept.length === 0 ? '' : `; keeps ${named(kept, (n) => `and ${n} more`)} (durable)`;
		return `${when}: ${lostText}${keptText}`;
	},
};

const ko: CardStrings = {
	durableMark: '영구',
	durableTitle: '영구 상태: 재시작해도 남음',
	restartNote: (after, lost, kept) => {
		const when = after < 0 ? '1단계 전에 재시작됨' : `${after + 1}단계 뒤 재시작됨`;
		const lostText = lost.length === 0 ? '잃은 것 없음' : `${named(lost, (n) => `외 ${n}개`)} 잃음`;
		const keptText = kept.length === 0 ? '' : `; ${named(kept, (n) => `외 ${n}개`)} 유지(영구)`;
		return `${when}: ${lostText}${keptText}`;
	},
};

/** The state cards' words about durable items and restarts, in the given language. */
export function cardStrings(language: Language): CardStrings {
	return language === 'ko' ? ko : en;
}
