import type { DirectiveId } from '../core';
import type { Language } from './language';

/** Every word of the writing helpers: the protocol preview, completion, and the command that opens the preview. */
export interface WritingStrings {
	/** The command and the view's title. */
	openPreview: string;
	previewTitle: string;
	/** Shown when no note is open in an editor. */
	noNote: string;
	/** Shown when the cursor is in no playable block. */
	noBlock: string;
	/** Heading of the list of problems, and a line of it ("Line 12"). */
	problemsHeading: string;
	errorsHeading: string;
	lineLabel: (line: number) => string;
	/** Screen-reader label of a problem's button: it moves the cursor there. */
	goToLine: (line: number) => string;
	/** Shown while the block does not parse: the last good drawing stays, dimmed. */
	stale: string;
	/** One line per directive: what it does, for completion. */
	directives: Record<DirectiveId, string>;
	/** What a completion is, shown beside it. */
	participantAlias: (other: string) => string;
}

const EN: WritingStrings = {
	openPreview: 'Open protocol preview',
	previewTitle: 'Protocol preview',
	noNote: 'Open a note to see its protocol blocks here.',
	noBlock: 'Put the cursor in a protocol block or a Mermaid sequence diagram to see it play here.',
	problemsHeading: 'Warnings',
	errorsHeading: 'This block does not play yet',
	lineLabel: (line) => `Line ${line}`,
	goToLine: (line) => `Go to line ${line}`,
	stale: 'Showing the last version that played.',
	directives: {
		'state': 'P now holds (+=) or no longer holds (-=) these items',
		'needs': 'the message above succeeds only if P holds these items',
		'durable': 'P holds these from the start and keeps them through a restart',
		'restart': 'a scripted fault here: P loses everything not durable',
		'drop': 'the message above is lost on the way',
		'on-failure': 'what the reply above reads while its request fails',
		'phase': 'names the moment after the step above',
		'title': 'the heading shown above the player',
		'kind': 'a stateful or stateless badge',
	},
	participantAlias: (other) => `also ${other}`,
};

const KO: WritingStrings = {
	openPreview: '프로토콜 미리보기 열기',
	previewTitle: '프로토콜 미리보기',
	noNote: '노트를 열면 그 노트의 프로토콜 블록이 여기에 보입니다.',
	noBlock: '프로토콜 블록이나 Mermaid 시퀀스 다이어그램 안에 커서를 두면 여기에서 재생됩니다.',
	problemsHeading: '경고',
	errorsHeading: '이 블록은 아직 재생되지 않습니다',
	lineLabel: (line) => `${line}번째 줄`,
	goToLine: (line) => `${line}번째 줄로 이동`,
	stale: '마지막으로 재생된 버전을 보여 줍니다.',
	directives: {
		'state': 'P가 이 항목을 이제 가집니다(+=) 또는 더 이상 가지지 않습니다(-=)',
		'needs': '위 메시지는 P가 이 항목을 가지고 있을 때만 성공합니다',
		'durable': 'P가 처음부터 가지고 재시작해도 잃지 않는 항목',
		'restart': '여기서 일어나는 장애: P가 지속되지 않는 모든 것을 잃습니다',
		'drop': '위 메시지가 도중에 사라집니다',
		'on-failure': '요청이 실패했을 때 위 응답이 보여 줄 글',
		'phase': '위 단계 다음 시점에 이름을 붙입니다',
		'title': '플레이어 위에 보이는 제목',
		'kind': '상태 유지(stateful) 또는 무상태(stateless) 배지',
	},
	participantAlias: (other) => `${other}(으)로도`,
};

const STRINGS: Record<Language, WritingStrings> = { en: EN, ko: KO };

/** The writing helpers' words in the given language. */
export function writingStrings(language: Language): WritingStrings {
	return STRINGS[language];
}
