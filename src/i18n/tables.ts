import type { Language } from './language';

/** Every word the comparison-table feature shows: commands, the choosing modal, notices, settings, the Bases view. */
export interface TableStrings {
	commands: { insert: string; refresh: string };
	modal: {
		title: string;
		source: string;
		sources: { links: string; tag: string; folder: string; picked: string };
		tag: string;
		tagPlaceholder: string;
		folder: string;
		folderPlaceholder: string;
		search: string;
		searchPlaceholder: string;
		add: string;
		remove: string;
		notes: (count: number) => string;
		noNotes: string;
		properties: string;
		noProperties: string;
		noneChecked: string;
		orientation: string;
		orientations: { columns: string; rows: string };
		preview: string;
		insert: string;
		cancel: string;
	};
	/** The top-left header cell: over property names (notes as columns) or over note names (notes as rows). */
	corner: { columns: string; rows: string };
	notices: {
		refreshed: (count: number) => string;
		upToDate: (count: number) => string;
		noTables: string;
		noNotes: string;
		missing: (names: string[]) => string;
		choiceNotSaved: string;
		problem: (line: number, kind: 'damaged' | 'unclosed' | 'unopened' | 'mismatched') => string;
		failed: string;
		insertFailed: string;
		insertedBelow: string;
		commandFailed: string;
	};
	settings: {
		heading: string;
		trueName: string;
		trueDesc: string;
		falseName: string;
		falseDesc: string;
		padName: string;
		padDesc: string;
		labelsName: string;
		labelsDesc: string;
		choicesName: string;
		choicesDesc: (count: number) => string;
		/** What the remembered choices are, in words the settings search finds. */
		choicesSearch: string;
		forget: string;
	};
	bases: { name: string; empty: string; corner: string };
}

const EN: TableStrings = {
	commands: { insert: 'Insert comparison table', refresh: 'Refresh comparison tables' },
	modal: {
		title: 'Insert comparison table',
		source: 'Notes',
		sources: { links: 'Linked from this note', tag: 'With a tag', folder: 'In a folder', picked: 'Picked by name' },
		tag: 'Tag',
		tagPlaceholder: 'protocol',
		folder: 'Folder',
		folderPlaceholder: 'Protocols',
		search: 'Find a note',
		searchPlaceholder: 'Type part of a name',
		add: 'Add',
		remove: 'Remove',
		notes: (count) => (count === 1 ? '1 note' : `${count} notes`),
		noNotes: 'No notes match this choice.',
		properties: 'Properties',
		noProperties: 'These notes have no properties.',
		noneChecked: 'Check at least one property.',
		orientation: 'Layout',
		orientations: { columns: 'One column per note', rows: 'One row per note' },
		preview: 'Preview',
		insert: 'Insert',
		cancel: 'Cancel',
	},
	corner: { columns: 'Property', rows: 'Note' },
	notices: {
		refreshed: (count) => (count === 1 ? 'Refreshed 1 comparison table.' : `Refreshed ${count} comparison tables.`),
		upToDate: (count) => (count === 1 ? 'The comparison table is up to date.' : `All ${count} comparison tables are up to date.`),
		noTables: 'This note has no comparison tables.',
		noNotes: 'No notes to compare: link some notes from this one, or choose a tag, a folder or notes by name.',
		missing: (names) => `Not found, left out of the table: ${names.join(', ')}`,
		choiceNotSaved: 'The table is inserted, but this choice could not be remembered for next time.',
		problem: (line, kind) => {
			const why = {
				damaged: 'the opening marker cannot be read',
				unclosed: 'the table has no closing marker',
				unopened: 'a closing marker has no opening marker',
				mismatched: 'the closing marker belongs to another table',
			}[kind];
			return `Comparison table at line ${line} left as it is: ${why}.`;
		},
		failed: 'The comparison tables could not be refreshed.',
		insertFailed: 'The comparison table could not be inserted. Nothing was changed.',
		insertedBelow: 'The cursor was inside a table, so the new table went below it.',
		commandFailed: 'The comparison table command failed. Nothing was changed.',
	},
	settings: {
		heading: 'Comparison tables',
		trueName: 'Symbol for true',
		trueDesc: 'Written in a cell whose property is true.',
		falseName: 'Symbol for false',
		falseDesc: 'Written in a cell whose property is false.',
		padName: 'Line up table source',
		padDesc: 'Pad cells so the table\'s text lines up in the editor. Korean and other wide characters count as two columns, which lines up only with a font that draws them twice as wide.',
		labelsName: 'Row labels',
		labelsDesc: 'One "property: label" per line, e.g. "keeps_state: Keeps state".',
		choicesName: 'Remembered choices',
		choicesDesc: (count) => (count === 1 ? 'The table choice of 1 note is remembered.' : `The table choices of ${count} notes are remembered.`),
		choicesSearch: 'The notes, properties and layout last chosen for a table in each note.',
		forget: 'Forget',
	},
	bases: { name: 'Comparison', empty: 'No notes in this view.', corner: 'Property' },
};

const KO: TableStrings = {
	commands: { insert: '비교표 넣기', refresh: '비교표 새로 고침' },
	modal: {
		title: '비교표 넣기',
		source: '노트',
		sources: { links: '이 노트가 링크한 노트', tag: '태그로', folder: '폴더로', picked: '이름으로 고르기' },
		tag: '태그',
		tagPlaceholder: '프로토콜',
		folder: '폴더',
		folderPlaceholder: '프로토콜',
		search: '노트 찾기',
		searchPlaceholder: '이름의 일부를 입력하세요',
		add: '추가',
		remove: '빼기',
		notes: (count) => `노트 ${count}개`,
		noNotes: '조건에 맞는 노트가 없습니다.',
		properties: '속성',
		noProperties: '이 노트들에는 속성이 없습니다.',
		noneChecked: '속성을 하나 이상 고르세요.',
		orientation: '배치',
		orientations: { columns: '노트마다 열 하나', rows: '노트마다 행 하나' },
		preview: '미리 보기',
		insert: '넣기',
		cancel: '취소',
	},
	corner: { columns: '항목', rows: '노트' },
	notices: {
		refreshed: (count) => `비교표 ${count}개를 새로 고쳤습니다.`,
		upToDate: (count) => (count === 1 ? '비교표가 이미 최신입니다.' : `비교표 ${count}개가 모두 최신입니다.`),
		noTables: '이 노트에는 비교표가 없습니다.',
		noNotes: '비교할 노트가 없습니다. 이 노트에서 다른 노트를 링크하거나, 태그·폴더·이름으로 고르세요.',
		missing: (names) => `찾을 수 없어 표에서 뺀 노트: ${names.join(', ')}`,
		choiceNotSaved: '표는 넣었지만, 이번 선택을 다음을 위해 기억하지 못했습니다.',
		problem: (line, kind) => {
			const why = {
				damaged: '여는 표시를 읽을 수 없습니다',
				unclosed: '닫는 표시가 없습니다',
				unopened: '닫는 표시에 맞는 여는 표시가 없습니다',
				mismatched: '닫는 표시가 다른 표의 것입니다',
			}[kind];
			return `${line}번째 줄의 비교표는 그대로 두었습니다: ${why}.`;
		},
		failed: '비교표를 새로 고치지 못했습니다.',
		insertFailed: '비교표를 넣지 못했습니다. 아무것도 바뀌지 않았습니다.',
		insertedBelow: '커서가 표 안에 있어서 새 표를 그 아래에 넣었습니다.',
		commandFailed: '비교표 명령이 실패했습니다. 아무것도 바뀌지 않았습니다.',
	},
	settings: {
		heading: '비교표',
		trueName: '참(true) 기호',
		trueDesc: '속성이 true인 칸에 쓰는 기호입니다.',
		falseName: '거짓(false) 기호',
		falseDesc: '속성이 false인 칸에 쓰는 기호입니다.',
		padName: '표 원문 줄 맞추기',
		padDesc: '편집기에서 표의 글자가 세로로 맞도록 칸을 채웁니다. 한글 같은 넓은 글자는 두 칸으로 셉니다. 넓은 글자를 두 배 폭으로 그리는 글꼴에서만 맞습니다.',
		labelsName: '행 이름',
		labelsDesc: '한 줄에 "속성: 이름" 하나씩, 예: "keeps_state: 상태 유지".',
		choicesName: '기억한 선택',
		choicesDesc: (count) => `노트 ${count}개의 표 선택을 기억하고 있습니다.`,
		choicesSearch: '노트마다 마지막으로 고른 표의 노트, 속성, 배치입니다.',
		forget: '지우기',
	},
	bases: { name: '비교', empty: '이 보기에는 노트가 없습니다.', corner: '항목' },
};

/** The comparison-table words in `language`. */
export function tableStrings(language: Language): TableStrings {
	return language === 'ko' ? KO : EN;
}
