import type { Language } from './language';

/** The words of the comparison tables' rows computed from diagrams while, and when not, they are computed. */
export interface ComputedRowStrings {
	/** Shown while the rows are computed: "Computing rows from the diagrams… 3 of 12 notes". */
	computing: (done: number, total: number) => string;
	/** Why a restart row shows "—" for a diagram too large for its fault analysis (the cell's tooltip). */
	overBudget: string;
}

const en: ComputedRowStrings = {
	computing: (done, total) => `Computing rows from the diagrams… ${done} of ${total} ${total === 1 ? 'note' : 'notes'}`,
	overBudget: 'Not computed: this diagram is too large to try every restart without slowing Obsidian down',
};

const ko: ComputedRowStrings = {
	computing: (done, total) => `다이어그램에서 행을 계산하는 중… 노트 ${total}개 중 ${done}개`,
	overBudget: '계산하지 않음: 이 다이어그램은 Obsidian을 느리게 하지 않고 모든 재시작을 시험하기에 너무 큽니다',
};

/** The computed rows' words in `language`. */
export function computedRowStrings(language: Language): ComputedRowStrings {
	return language === 'ko' ? ko : en;
}
