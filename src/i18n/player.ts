import { describeFailure, type Failure } from '../core';
import type { Language } from './language';

/** Every word the player shows, in one language. Functions take the already-localised or user-written parts. */
export interface PlayerStrings {
	first: string;
	prev: string;
	play: string;
	pause: string;
	next: string;
	last: string;
	speed: string;
	controls: string;
	stateHeading: string;
	noState: string;
	/** An empty card: the participant holds nothing at this step. */
	holdsNothing: string;
	/** An empty card after an injected restart. */
	restartedHoldsNothing(step: number): string;
	restart: string;
	restartLabel(participant: string): string;
	clearFaults: string;
	branches: string;
	/** The caption beside a block's choice: its kind and what choosing means ("alt — choose a branch"). */
	branchPrompt(kind: string, skippable: boolean): string;
	/** The choice's label for screen readers, naming the block's line so that several blocks differ. */
	branchControlLabel(kind: string, line: number, skippable: boolean): string;
	skipBranch: string;
	takeBranch: string;
	unnamedBranch(n: number): string;
	kindStateful: string;
	kindStateless: string;
	warningsHeading: string;
	lineLabel(line: number): string;
	errorHeading: string;
	renderErrorHeading: string;
	expected: string;
	noteCaption(on: string, text: string): string;
	announce(position: number, total: number, caption: string): string;
	failedStep(step: number, reason: string): string;
	restartedAt(participant: string, step: number): string;
	added: string;
	changed: string;
	removed: string;
	noSteps: string;
	mappingIncomplete: string;
	/** The reason a step failed, e.g. "Server no longer holds session: restarted after step 4". */
	failure(failure: Failure, participantLabel: string): string;
}

const en: PlayerStrings = {
	first: 'First step',
	prev: 'Previous step',
	play: 'Play',
	pause: 'Pause',
	next: 'Next step',
	last: 'Last step',
	speed: 'Speed',
	controls: 'Protocol player controls',
	stateHeading: 'State',
	noState: 'No participant holds anything on this path.',
	holdsNothing: 'Holds nothing at this step',
	restartedHoldsNothing: (step) => `Restarted after step ${step}: holds nothing`,
	restart: 'Restart',
	restartLabel: (p) => `Restart ${p} at this step`,
	clearFaults: 'Clear faults',
	branches: 'Branches',
	branchPrompt: (kind, skippable) => (skippable ? `${kind} — happens or skipped` : `${kind} — choose a branch`),
	branchControlLabel: (kind, line, skippable) => `${kind} block, line ${line}: ${skippable ? 'happens or skipped' : 'choose a branch'}`,
	skipBranch: '(skipped)',
	takeBranch: '(happens)',
	unnamedBranch: (n) => `Branch ${n}`,
	kindStateful: 'Stateful',
	kindStateless: 'Stateless',
	warningsHeading: 'Warnings',
	lineLabel: (line) => `Line ${line}`,
	errorHeading: 'This protocol block could not be read',
	renderErrorHeading: 'Mermaid could not draw this diagram',
	expected: 'Problem',
	noteCaption: (on, text) => `Note on ${on}: ${text}`,
	announce: (position, total, caption) => `Step ${position} of ${total}: ${caption}`,
	failedStep: (step, reason) => `Step ${step} fails: ${reason}`,
	restartedAt: (participant, step) => `${participant} restarted after step ${step}`,
	added: 'added',
	changed: 'changed',
	removed: 'removed',
	noSteps: 'No steps',
	mappingIncomplete: 'Some steps could not be found in the drawing; they are not highlighted.',
	failure: describeFailure,
};

const ko: PlayerStrings = {
	first: '처음 단계',
	prev: '이전 단계',
	play: '재생',
	pause: '일시 정지',
	next: '다음 단계',
	last: '마지막 단계',
	speed: '속도',
	controls: '프로토콜 재생 컨트롤',
	stateHeading: '상태',
	noState: '이 경로에서는 어느 참여자도 상태를 가지지 않습니다.',
	holdsNothing: '이 단계에서 가진 상태 없음',
	restartedHoldsNothing: (step) => `${step}단계 뒤 재시작됨: 가진 상태 없음`,
	restart: '재시작',
	restartLabel: (p) => `이 단계에서 ${p} 재시작`,
	clearFaults: '장애 지우기',
	branches: '분기',
	branchPrompt: (kind, skippable) => (skippable ? `${kind} — 실행 여부 선택` : `${kind} — 갈래 선택`),
	branchControlLabel: (kind, line, skippable) => `${line}행 ${kind} 블록: ${skippable ? '실행 여부 선택' : '갈래 선택'}`,
	skipBranch: '(건너뜀)',
	takeBranch: '(실행)',
	unnamedBranch: (n) => `갈래 ${n}`,
	kindStateful: '상태 유지',
	kindStateless: '무상태',
	warningsHeading: '경고',
	lineLabel: (line) => `${line}행`,
	errorHeading: '이 프로토콜 블록을 읽을 수 없습니다',
	renderErrorHeading: 'Mermaid가 이 다이어그램을 그리지 못했습니다',
	expected: '문제',
	noteCaption: (on, text) => `${on}의 메모: ${text}`,
	announce: (position, total, caption) => `${total}단계 중 ${position}단계: ${caption}`,
	failedStep: (step, reason) => `${step}단계 실패: ${reason}`,
	restartedAt: (participant, step) => `${participant}: ${step}단계 뒤 재시작`,
	added: '추가됨',
	changed: '변경됨',
	removed: '삭제됨',
	noSteps: '단계 없음',
	mappingIncomplete: '그림에서 찾지 못한 단계가 있어 강조되지 않습니다.',
	failure(failure, who) {
		const cause = failure.cause;
		switch (cause.kind) {
			case 'restart':
				return `${who}에 ${failure.item} 없음: ${cause.atPosition + 1}단계 뒤 재시작됨`;
			case 'removed':
				return `${who}에 ${failure.item} 없음: ${cause.atPosition + 1}단계 뒤 삭제됨`;
			case 'never':
				return `${who}에 ${failure.item} 없음`;
		}
	},
};

/** The player's words in the given language. */
export function playerStrings(language: Language): PlayerStrings {
	return language === 'ko' ? ko : en;
}
