import type { Failure } from '../core';
import type { Language } from './language';

/**
 * The player's words for faults and what they break: failure reasons (the core gives them as data only),
 * the fault list, dropping a message and the fault map. Step numbers are 1-based, as the counter shows them.
 */
export interface FaultStrings {
	/** Why a step failed, e.g. "Server no longer holds session: restarted after step 4". */
	failure(failure: Failure, who: string): string;
	/**
	 * Why a reply is not the answer as written: "no answer as written: step 5 failed" (or "was lost"); for a step
	 * inside the broken call (`inside`), "not done as written: step 5 failed".
	 */
	consequence(step: number, lost: boolean, inside?: boolean): string;
	/** Why a message had no effect: it was lost on the way. */
	dropped(receiver: string): string;
	/** A fault-list row for a step that fails, is a consequence or will fail, with its reason. */
	outcomeRow(step: number, kind: 'failed' | 'consequence' | 'dropped' | 'will-fail'): string;
	/** A fault-list row for an injected restart (`after` −1: before the first step). */
	restartedAt(participant: string, after: number): string;
	/** A fault-list row for a lost message. */
	droppedAt(step: number, caption: string): string;
	/** An empty card after a restart (`after` as in `restartedAt`). */
	restartedHoldsNothing(after: number): string;
	drop: string;
	dropLabel(step: number): string;
	undoDrop: string;
	/** The pressed, disabled drop control's label at a message the note itself loses (`%% @drop`). */
	droppedByNote: string;
	faultMap: string;
	faultMapLabel: string;
	/** Shown while a large fault map is being computed. */
	computing: string;
	/**
	 * The fault map's verdict on the participants that do not open the exchange: their worst single restart
	 * (`after` is a path position, −1 = before step 1).
	 */
	verdict(participant: string, after: number, total: number, breaks: number): string;
	/** No restart of a participant other than the opener (when there is one) breaks a step. */
	verdictNone(opener: string | undefined): string;
	/** Where the path fails with no fault at all: step `step` (1-based) fails for `reason`, or is lost (no reason). */
	verdictBaseline(step: number, reason: string | undefined): string;
	/** What the opener's worst restart does: the item it loses (when a failed step names one) and how many steps break. */
	verdictOpener(opener: string, item: string | undefined, breaks: number): string;
	dropRow: string;
	/** A restart cell's label: where, and how many steps it breaks. */
	restartCell(participant: string, after: number, total: number, breaks: number): string;
	dropCell(step: number, breaks: number): string;
	/** The detail under the grid: a broken step and its reason. */
	brokenStep(step: number, reason: string): string;
	breaksNothing: string;
	mapHint: string;
}

/** "between steps 4 and 5", "before step 1", "after the last step" for a restart after path position `after`. */
function whenEn(after: number, total: number): string {
	if (after < 0) return 'before step 1';
	if (after >= total - 1) return 'after the last step';
	return `between steps ${after + 1} and ${after + 2}`;
}

function whenKo(after: number, total: number): string {
	if (after < 0) return '1단계 전에';
	if (after >= total - 1) return '마지막 단계 뒤에';
	return `${after + 1}단계와 ${after + 2}단계 사이에`;
}

/** The item a failure names, with the value the need asked for (`state = ESTABLISHED`). */
function named(failure: Failure): string {
	return failure.value === undefined ? failure.item : `${failure.item} = ${failure.value}`;
}

/** Why a step's items never came: "step 4 was lost" or "step 4 did not happen" (`position` 0-based). */
function missedEn(position: number, lost: boolean): string {
	return `step ${position + 1} ${lost ? 'was lost' : 'did not happen'}`;
}

function missedKo(position: number, lost: boolean): string {
	return lost ? `${position + 1}단계 유실` : `${position + 1}단계가 일어나지 않음`;
}

const steps = (n: number): string => (n === 1 ? '1 step' : `${n} steps`);

const en: FaultStrings = {
	failure(failure, who) {
		const cause = failure.cause;
		const item = named(failure);
		switch (cause.kind) {
			case 'restart':
				return cause.atPosition < 0
					? `${who} no longer holds ${item}: restarted before step 1`
					: `${who} no longer holds ${item}: restarted after step ${cause.atPosition + 1}`;
			case 'removed':
				return `${who} no longer holds ${item}: removed after step ${cause.atPosition + 1}`;
			case 'not-given':
				return `${who} does not hold ${item}: ${missedEn(cause.atPosition, cause.lost === true)}`;
			case 'never':
				return `${who} does not hold ${item}`;
			case 'value': {
				const held = cause.held === true ? `${failure.item} with no value` : `${failure.item} = ${cause.held}`;
				const why = cause.missed === undefined ? '' : `: ${missedEn(cause.missed.atPosition, cause.missed.lost === true)}`;
				return `${who} holds ${held}, not ${failure.value ?? ''}${why}`;
			}
		}
	},
	consequence: (step, lost, inside) => `${inside === true ? 'not done as written' : 'no answer as written'}: step ${step} ${lost ? 'was lost' : 'failed'}`,
	dropped: (receiver) => `lost on the way: ${receiver} never gets it`,
	outcomeRow: (step, kind) => ({ failed: `Step ${step} fails:`, 'will-fail': `Step ${step} will fail:`, dropped: `Step ${step} lost:`, consequence: `Step ${step}:` })[kind],
	restartedAt: (participant, after) => (after < 0 ? `${participant} restarted before step 1` : `${participant} restarted after step ${after + 1}`),
	droppedAt: (step, caption) => `Step ${step} lost: ${caption}`,
	restartedHoldsNothing: (after) => (after < 0 ? 'Restarted before step 1: holds nothing' : `Restarted after step ${after + 1}: holds nothing`),
	drop: 'Lose this message',
	dropLabel: (step) => `Lose message ${step}: its receiver never gets it`,
	undoDrop: 'Deliver this message again',
	droppedByNote: 'The note loses this message (@drop)',
	faultMap: 'Fault map',
	computing: 'Computing…',
	faultMapLabel: 'What a restart of each participant at each moment would break',
	verdict: (participant, after, total, breaks) => `A restart of ${participant} ${whenEn(after, total)} breaks ${steps(breaks)}`,
	verdictNone: (opener) => (opener === undefined ? 'No single restart breaks a step' : `No single restart of a participant other than ${opener} breaks a step`),
	verdictBaseline: (step, reason) => (reason === undefined ? `Without any fault, step ${step} is lost` : `Without any fault, step ${step} fails: ${reason}`),
	verdictOpener: (opener, item, breaks) => {
		if (breaks === 0) return `Restarting ${opener}, which opens the exchange, breaks nothing`;
		return item === undefined ? `Restarting ${opener}, which opens the exchange, breaks ${steps(breaks)}` : `Restarting ${opener}, which opens the exchange, loses ${item}: ${steps(breaks)}`;
	},
	dropRow: 'Message lost',
	restartCell: (participant, after, total, breaks) => `Restart of ${participant} ${whenEn(after, total)}: ${breaks === 0 ? 'breaks nothing' : `breaks ${steps(breaks)}`}`,
	dropCell: (step, breaks) => `Losing message ${step}: ${breaks === 0 ? 'breaks nothing' : `breaks ${steps(breaks)}`}`,
	brokenStep: (step, reason) => `Step ${step}: ${reason}`,
	breaksNothing: 'Breaks nothing.',
	mapHint: 'Rows: who restarts (or a lost message); columns: after which step. Click a cell to try it.',
};

const ko: FaultStrings = {
	failure(failure, who) {
		const cause = failure.cause;
		const item = named(failure);
		switch (cause.kind) {
			case 'restart':
				return cause.atPosition < 0
					? `${who}에 ${item} 없음: 1단계 전에 재시작됨`
					: `${who}에 ${item} 없음: ${cause.atPosition + 1}단계 뒤 재시작됨`;
			case 'removed':
				return `${who}에 ${item} 없음: ${cause.atPosition + 1}단계 뒤 삭제됨`;
			case 'not-given':
				return `${who}에 ${item} 없음: ${missedKo(cause.atPosition, cause.lost === true)}`;
			case 'never':
				return `${who}에 ${item} 없음`;
			case 'value': {
				const held = cause.held === true ? `값 없는 ${failure.item}` : `${failure.item} = ${cause.held}`;
				const why = cause.missed === undefined ? '' : `: ${missedKo(cause.missed.atPosition, cause.missed.lost === true)}`;
				return `${who}의 ${held}, ${failure.value ?? ''} 아님${why}`;
			}
		}
	},
	consequence: (step, lost, inside) => `${inside === true ? '쓰인 대로 일어나지 않음' : '쓰인 대로의 응답 없음'}: ${step}단계 ${lost ? '유실' : '실패'}`,
	dropped: (receiver) => `전달 중 유실: ${receiver}에 도착하지 않음`,
	outcomeRow: (step, kind) => ({ failed: `${step}단계 실패:`, 'will-fail': `${step}단계 실패 예정:`, dropped: `${step}단계 유실:`, consequence: `${step}단계:` })[kind],
	restartedAt: (participant, after) => (after < 0 ? `${participant}: 1단계 전에 재시작` : `${participant}: ${after + 1}단계 뒤 재시작`),
	droppedAt: (step, caption) => `${step}단계 유실: ${caption}`,
	restartedHoldsNothing: (after) => (after < 0 ? '1단계 전에 재시작됨: 가진 상태 없음' : `${after + 1}단계 뒤 재시작됨: 가진 상태 없음`),
	drop: '이 메시지 유실',
	dropLabel: (step) => `${step}번 메시지 유실: 받는 쪽에 도착하지 않음`,
	undoDrop: '이 메시지 다시 전달',
	droppedByNote: '노트에 적힌 대로 유실되는 메시지 (@drop)',
	faultMap: '장애 지도',
	computing: '계산 중…',
	faultMapLabel: '각 참여자가 각 시점에 재시작하면 깨지는 단계',
	verdict: (participant, after, total, breaks) => `${participant}: ${whenKo(after, total)} 재시작하면 ${breaks}개 단계가 깨집니다`,
	verdictNone: (opener) => (opener === undefined ? '어떤 한 번의 재시작도 단계를 깨지 않습니다' : `${opener} 말고 다른 참여자의 어떤 한 번의 재시작도 단계를 깨지 않습니다`),
	verdictBaseline: (step, reason) => (reason === undefined ? `장애가 없어도 ${step}단계가 유실됩니다` : `장애가 없어도 ${step}단계가 실패합니다: ${reason}`),
	verdictOpener: (opener, item, breaks) => {
		if (breaks === 0) return `대화를 여는 ${opener} 재시작: 깨지는 단계 없음`;
		return item === undefined ? `대화를 여는 ${opener} 재시작: ${breaks}개 단계가 깨짐` : `대화를 여는 ${opener} 재시작: ${item} 잃음, ${breaks}개 단계가 깨짐`;
	},
	dropRow: '메시지 유실',
	restartCell: (participant, after, total, breaks) => `${participant}: ${whenKo(after, total)} 재시작 — ${breaks === 0 ? '깨지는 단계 없음' : `${breaks}개 단계가 깨짐`}`,
	dropCell: (step, breaks) => `${step}번 메시지 유실 — ${breaks === 0 ? '깨지는 단계 없음' : `${breaks}개 단계가 깨짐`}`,
	brokenStep: (step, reason) => `${step}단계: ${reason}`,
	breaksNothing: '깨지는 단계가 없습니다.',
	mapHint: '행: 재시작하는 참여자(또는 유실되는 메시지), 열: 몇 단계 뒤인지. 칸을 누르면 그 장애를 넣어 봅니다.',
};

/** The fault words in the given language. */
export function faultStrings(language: Language): FaultStrings {
	return language === 'ko' ? ko : en;
}
