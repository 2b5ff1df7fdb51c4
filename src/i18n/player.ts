import { cardStrings, type CardStrings } from './cards';
import { faultStrings, type FaultStrings } from './faults';
import { mapHeaderStrings, type MapHeaderStrings } from './map-headers';
import { mapListStrings, type MapListStrings } from './map-list';
import type { Language } from './language';

/** Every word the player shows, in one language. Functions take the already-localised or user-written parts. */
export interface PlayerStrings extends FaultStrings, CardStrings, MapHeaderStrings, MapListStrings {
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
	/** The caption and announcement at path position −1, before the first step. */
	start: string;
	announceStart(total: number): string;
	/** The caption of a block with no message or note. */
	nothingToStep: string;
	added: string;
	changed: string;
	removed: string;
	mappingIncomplete: string;
}

/** The words of `player.ts` itself; the fault words come from `faults.ts`, the cards' words about restarts from `cards.ts`. */
type OwnStrings = Omit<PlayerStrings, keyof FaultStrings | keyof CardStrings | keyof MapHeaderStrings | keyof MapListStrings>;

const en: OwnStrings = {
	first: 'Back to Start',
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
	added: 'added',
	changed: 'changed',
	removed: 'removed',
	start: 'Start',
	announceStart: (total) => `Start, before step 1 of ${total}`,
	nothingToStep: 'Nothing to step through: this diagram has no messages or notes.',
	mappingIncomplete: 'Some steps could not be found in the drawing; they are not highlighted.',
};

const ko: OwnStrings = {
	first: '처음으로',
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
	added: '추가됨',
	changed: '변경됨',
	removed: '삭제됨',
	start: '시작',
	announceStart: (total) => `시작: ${total}단계 중 1단계 전`,
	nothingToStep: '단계별로 볼 것이 없습니다: 이 다이어그램에는 메시지나 메모가 없습니다.',
	mappingIncomplete: '그림에서 찾지 못한 단계가 있어 강조되지 않습니다.',
};

const STRINGS: Record<Language, PlayerStrings> = {
	en: { ...faultStrings('en'), ...cardStrings('en'), ...mapHeaderStrings('en'), ...mapListStrings('en'), ...en },
	ko: { ...faultStrings('ko'), ...cardStrings('ko'), ...mapHeaderStrings('ko'), ...mapListStrings('ko'), ...ko },
};

/** The player's words in the given language. */
export function playerStrings(language: Language): PlayerStrings {
	return STRINGS[language];
}
