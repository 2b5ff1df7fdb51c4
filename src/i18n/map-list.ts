import type { Language } from './language';

/**
 * The fault map as a list, on a narrow player (issue 18): per participant, the moments whose restart breaks
 * something, and the messages whose loss does; what breaks nothing is said in one line. `moment` is the gap's
 * whole header ("After step 3 (Server → Server: Store session)"), `caption` a step's caption.
 */
export interface MapListStrings {
	/** A restart entry as it reads on screen: the moment, then how many steps it breaks. */
	listRestart(moment: string, breaks: number): string;
	/** A restart entry's name for screen readers: what it reads, then whose restart it is. */
	listRestartLabel(participant: string, text: string): string;
	/** A lost-message entry: which step is lost, what it is, how many steps that breaks. */
	listDrop(step: number, caption: string, breaks: number): string;
	/** The one line, in a participant's group, for its other moments: restarting then breaks nothing. */
	listRestartsRest: string;
	/** The one line for the participants no restart of which breaks anything (they get no group). */
	listQuiet(participants: readonly string[]): string;
	/** The one line for the messages whose loss breaks nothing: all of them (`none`), or the others. */
	listDropsRest(none: boolean): string;
	/** The button that shows `next` more entries of a group, `left` not shown yet. */
	listMore(next: number, left: number): string;
	/** The list's name for screen readers. */
	listLabel: string;
	/** The line above the list: what tapping an entry does. */
	listHint: string;
}

const stepsEn = (n: number): string => (n === 1 ? '1 step' : `${n} steps`);

/** "A", "A or B", "A, B or C". */
function orList(names: readonly string[]): string {
	return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1] ?? ''}`;
}

const en: MapListStrings = {
	listRestart: (moment, breaks) => `${moment}: breaks ${stepsEn(breaks)}`,
	listRestartLabel: (participant, text) => `${text}, restarting ${participant}`,
	listDrop: (step, caption, breaks) => `Losing step ${step} (${caption}): breaks ${stepsEn(breaks)}`,
	listRestartsRest: 'Restarting at any other moment breaks nothing',
	listQuiet: (participants) => `Restarting ${orList(participants)} at any moment breaks nothing`,
	listDropsRest: (none) => (none ? 'Losing any one message breaks nothing' : 'Losing any other message breaks nothing'),
	listMore: (next, left) => `Show ${next} more (${left} not shown)`,
	listLabel: 'The moments a restart or a lost message breaks something',
	listHint: 'Tap an entry to try that fault: the player goes to the first step it breaks.',
};

const ko: MapListStrings = {
	listRestart: (moment, breaks) => `${moment}: ${breaks}개 단계가 깨짐`,
	listRestartLabel: (participant, text) => `${text}, ${participant} 재시작`,
	listDrop: (step, caption, breaks) => `${step}단계(${caption}) 유실: ${breaks}개 단계가 깨짐`,
	listRestartsRest: '다른 때 재시작하면 깨지는 단계 없음',
	listQuiet: (participants) => `${participants.join(', ')}: 언제 재시작해도 깨지는 단계 없음`,
	listDropsRest: (none) => (none ? '어느 메시지 하나가 유실돼도 깨지는 단계 없음' : '다른 메시지가 유실되면 깨지는 단계 없음'),
	listMore: (next, left) => `${next}개 더 보기 (남은 ${left}개)`,
	listLabel: '재시작이나 메시지 유실로 무언가 깨지는 시점',
	listHint: '항목을 누르면 그 장애를 넣고, 처음 깨지는 단계로 이동합니다.',
};

/** The fault map list's words in the given language. */
export function mapListStrings(language: Language): MapListStrings {
	return language === 'ko' ? ko : en;
}
