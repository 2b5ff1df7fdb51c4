import type { Language } from './language';

/** Every word the Obsidian layer itself shows (commands, settings, the Mermaid-loading failure). */
export interface PluginStrings {
	commands: {
		insertProtocolBlock: string;
		convertMermaid: string;
	};
	settings: {
		inferStateName: string;
		inferStateDesc: string;
		playerOnMermaidName: string;
		playerOnMermaidDesc: string;
		autoplayName: string;
		autoplayDesc: string;
		fadedOpacityName: string;
		fadedOpacityDesc: string;
		showOutcomesAheadName: string;
		showOutcomesAheadDesc: string;
	};
	/** Shown in place of a player when Obsidian's Mermaid could not be loaded. */
	mermaidUnavailable: string;
	/** Shown when a command fails: the command's name and the reason, so that nothing fails silently. */
	commandFailed: (command: string, reason: string) => string;
}

const EN: PluginStrings = {
	commands: {
		insertProtocolBlock: 'Insert protocol block',
		convertMermaid: 'Convert Mermaid diagram to protocol block',
	},
	settings: {
		inferStateName: 'Infer state from notes',
		inferStateDesc:
			'A self-message that stores something ("Store session", "저장"), followed by a note on the same participant, gives that participant the note\'s lines as state.',
		playerOnMermaidName: 'Player on Mermaid sequence diagrams',
		playerOnMermaidDesc:
			'Give existing Mermaid sequence diagrams the steppable player. Notes already open change when they are drawn again.',
		autoplayName: 'Autoplay speed',
		autoplayDesc: 'Milliseconds between steps when playing.',
		fadedOpacityName: 'Faded step opacity',
		fadedOpacityDesc: 'How visible the steps that have not happened yet are (0 hides them, 1 shows them fully).',
		showOutcomesAheadName: 'Show outcomes ahead',
		showOutcomesAheadDesc:
			'Mark the steps a scripted fault (such as a written restart) will break before you reach them. Off, they show when reached; the steps your own faults break are always marked ahead.',
	},
	mermaidUnavailable: 'The diagram could not be drawn: Obsidian\'s Mermaid did not load.',
	commandFailed: (command, reason) => `${command} failed: ${reason}. The note was not changed.`,
};

const KO: PluginStrings = {
	commands: {
		insertProtocolBlock: '프로토콜 블록 삽입',
		convertMermaid: 'Mermaid 다이어그램을 프로토콜 블록으로 변환',
	},
	settings: {
		inferStateName: '노트에서 상태 추론',
		inferStateDesc:
			'무언가를 저장하는 자기 메시지("Store session", "저장") 뒤에 같은 참여자의 노트가 오면, 노트의 각 줄을 그 참여자의 상태로 봅니다.',
		playerOnMermaidName: 'Mermaid 시퀀스 다이어그램에 플레이어 표시',
		playerOnMermaidDesc: '기존 Mermaid 시퀀스 다이어그램에 단계별 플레이어를 붙입니다. 이미 열린 노트는 다시 그려질 때 바뀝니다.',
		autoplayName: '자동 재생 속도',
		autoplayDesc: '재생할 때 단계 사이의 간격(밀리초)입니다.',
		fadedOpacityName: '아직 오지 않은 단계의 불투명도',
		fadedOpacityDesc: '아직 일어나지 않은 단계가 얼마나 보일지 정합니다(0은 숨김, 1은 그대로 표시).',
		showOutcomesAheadName: '앞으로의 결과 미리 표시',
		showOutcomesAheadDesc:
			'노트에 쓰인 장애(예: 재시작)가 깨뜨릴 단계를 도달하기 전에 표시합니다. 끄면 도달했을 때 보입니다. 직접 넣은 장애가 깨뜨릴 단계는 항상 미리 표시됩니다.',
	},
	mermaidUnavailable: '다이어그램을 그릴 수 없습니다: Obsidian의 Mermaid를 불러오지 못했습니다.',
	commandFailed: (command, reason) => `${command} 실패: ${reason}. 노트는 바뀌지 않았습니다.`,
};

const STRINGS: Record<Language, PluginStrings> = { en: EN, ko: KO };

/** The Obsidian layer's words in the given language. */
export function pluginStrings(language: Language): PluginStrings {
	return STRINGS[language];
}
