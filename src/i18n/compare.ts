import type { CompareProblem } from '../core';
import type { DiagramRow } from '../core';
import type { Failure } from '../core';
import type { Language } from './language';

/** Every word the `protocol-compare` block, its command and the computed table rows show. */
export interface CompareStrings {
	/** The verdict's short reason: "Server no longer holds session" (the player's fault list gives the cause too). */
	reason(failure: Failure, who: string): string;
	/** The verdict when a step breaks: "fails at step 5: Server no longer holds session" (step 1-based). */
	fails(step: number, reason: string): string;
	/** The reason of a step that lost its answer: "no answer: step 4 failed" (or "was lost"). */
	noAnswer(step: number, lost: boolean): string;
	survives: string;
	/** The verdict before a fault is applied. */
	noFault: string;
	/** A side where the fault's participant or moment is not found. */
	notApplicable(what: 'participant' | 'moment', name: string): string;
	bar: {
		label: string;
		restart: string;
		drop: string;
		/** Before the moment (English "after"); `afterEnd` follows it (Korean "뒤"), word order differs. */
		after: string;
		afterEnd: string;
		participant: string;
		moment: string;
		apply: string;
		clear: string;
		nothingShared: string;
	};
	/** A side whose note is not found; the link follows. */
	missingNote: string;
	/** A side whose note (or heading) has no diagram; the link follows. */
	noDiagram(heading: string | undefined): string;
	problem(line: number, problem: CompareProblem): string;
	command: string;
	pick: { placeholder: string; chosen(count: number): string; done: string; instructions: { navigate: string; add: string; finish: string } };
	/** The "From the diagram" group of the table modal, and each row's label. */
	rows: { group: string; labels: Record<DiagramRow, string>; none: string; steps(participant: string, steps: number): string };
}

const en: CompareStrings = {
	reason(failure, who) {
		const kind = failure.cause.kind;
		return kind === 'restart' || kind === 'removed' ? `${who} no longer holds ${failure.item}` : `${who} does not hold ${failure.item}`;
	},
	fails: (step, reason) => `fails at step ${step}: ${reason}`,
	noAnswer: (step, lost) => `no answer: step ${step} ${lost ? 'was lost' : 'failed'}`,
	survives: 'survives',
	noFault: 'no fault applied',
	notApplicable: (what, name) => (what === 'participant' ? `no participant “${name}” here` : `no step “${name}” here`),
	bar: {
		label: 'One fault for every side',
		restart: 'Restart',
		drop: 'Lose the message',
		after: 'after',
		afterEnd: '',
		participant: 'Participant',
		moment: 'Moment',
		apply: 'Apply to all',
		clear: 'Clear',
		nothingShared: 'These diagrams share no participant and moment to fault.',
	},
	missingNote: 'Note not found:',
	noDiagram: (heading) => (heading === undefined ? 'No protocol block or Mermaid sequence diagram in' : `No protocol block or Mermaid sequence diagram under “${heading}” in`),
	problem(line, problem) {
		const what: Record<CompareProblem, string> = {
			'unknown-line': 'expected a note link such as [[Stateful login]] or a fault: line',
			'bad-link': 'expected one link [[note]] or [[note#heading]] alone on the line',
			'bad-fault': 'expected fault: restart P after TEXT, or fault: drop TEXT',
			'second-fault': 'only the first fault: line is used',
			'too-few': 'expected 2 to 4 note links, one per line',
			'too-many': 'only the first 4 notes are compared',
		};
		return `Line ${line}: ${what[problem]}`;
	},
	command: 'Compare protocols…',
	pick: {
		placeholder: 'Pick a note to compare (2 to 4)',
		chosen: (count) => `${count} chosen; Esc inserts the block once 2 are chosen`,
		done: 'Insert the comparison',
		instructions: { navigate: 'to move', add: 'to add the note', finish: 'to insert' },
	},
	rows: {
		group: 'From the diagram',
		labels: {
			participants: 'participants',
			messages: 'messages',
			'holds-state': 'holds state',
			'breaks-on-restart': 'breaks on restart of',
			'survives-restart': 'survives any single restart',
		},
		none: 'none',
		steps: (participant, steps) => `${participant} (${steps === 1 ? '1 step' : `${steps} steps`})`,
	},
};

const ko: CompareStrings = {
	reason(failure, who) {
		const kind = failure.cause.kind;
		return kind === 'restart' || kind === 'removed' ? `${who}에 더 이상 ${failure.item} 없음` : `${who}에 ${failure.item} 없음`;
	},
	fails: (step, reason) => `${step}단계에서 실패: ${reason}`,
	noAnswer: (step, lost) => `응답 없음: ${step}단계 ${lost ? '유실' : '실패'}`,
	survives: '견딤',
	noFault: '장애 없음',
	notApplicable: (what, name) => (what === 'participant' ? `여기에는 참여자 “${name}” 없음` : `여기에는 단계 “${name}” 없음`),
	bar: {
		label: '모든 쪽에 같은 장애',
		restart: '재시작',
		drop: '메시지 유실',
		after: '',
		afterEnd: '뒤',
		participant: '참여자',
		moment: '시점',
		apply: '모두에 적용',
		clear: '지우기',
		nothingShared: '이 다이어그램들에는 함께 장애를 넣을 참여자와 시점이 없습니다.',
	},
	missingNote: '노트를 찾을 수 없음:',
	noDiagram: (heading) => (heading === undefined ? 'protocol 블록이나 Mermaid 시퀀스 다이어그램이 없음:' : `“${heading}” 아래에 protocol 블록이나 Mermaid 시퀀스 다이어그램이 없음:`),
	problem(line, problem) {
		const what: Record<CompareProblem, string> = {
			'unknown-line': '[[Stateful login]] 같은 노트 링크나 fault: 줄이 와야 합니다',
			'bad-link': '한 줄에 링크 [[노트]] 또는 [[노트#제목]] 하나만 와야 합니다',
			'bad-fault': 'fault: restart P after TEXT 또는 fault: drop TEXT 형식이어야 합니다',
			'second-fault': '첫 번째 fault: 줄만 사용합니다',
			'too-few': '노트 링크가 한 줄에 하나씩 2~4개 있어야 합니다',
			'too-many': '앞의 노트 4개만 비교합니다',
		};
		return `${line}행: ${what[problem]}`;
	},
	command: '프로토콜 비교…',
	pick: {
		placeholder: '비교할 노트 고르기 (2~4개)',
		chosen: (count) => `${count}개 선택됨; 2개 이상이면 Esc로 블록을 넣습니다`,
		done: '비교 넣기',
		instructions: { navigate: '이동', add: '노트 추가', finish: '넣기' },
	},
	rows: {
		group: '다이어그램에서',
		labels: {
			participants: '참여자',
			messages: '메시지 수',
			'holds-state': '상태를 가진 참여자',
			'breaks-on-restart': '재시작하면 깨지는 참여자',
			'survives-restart': '한 번의 재시작을 견딤',
		},
		none: '없음',
		steps: (participant, steps) => `${participant} (${steps}단계)`,
	},
};

/** The compare words in the given language. */
export function compareStrings(language: Language): CompareStrings {
	return language === 'ko' ? ko : en;
}
