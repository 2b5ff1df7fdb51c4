import type { BlockDiagnostic, Fence } from '../../core';
import { noteLineOf } from '../../core';
import type { WritingStrings } from '../../i18n/writing';
import { CLASS, DATA } from '../../player';

/**
 * The preview's list of a block's problems: one button per problem, its note line (1-based, as the editor shows it)
 * and its message. The button carries `data-line` (0-based); the view handles clicks once, on the list.
 */
export function renderProblems(el: HTMLElement, fence: Fence, problems: readonly BlockDiagnostic[], words: WritingStrings): void {
	el.empty();
	el.toggleClass('is-empty', problems.length === 0);
	if (problems.length === 0) return;
	const failed = problems.some((p) => p.severity === 'error');
	el.createDiv({ cls: 'protocol-preview-problems-heading', text: failed ? words.errorsHeading : words.problemsHeading });
	const list = el.createEl('ul', { cls: 'protocol-preview-problem-list' });
	for (const problem of problems) {
		const line = noteLineOf(fence, problem.line);
		const button = list.createEl('li').createEl('button', { cls: `${CLASS.previewProblem} is-${problem.severity}` });
		button.setAttribute(DATA.line, String(line));
		button.setAttribute('aria-label', `${words.goToLine(line + 1)}: ${problem.message}`);
		button.createSpan({ cls: 'protocol-preview-problem-line', text: words.lineLabel(line + 1) });
		button.createSpan({ cls: 'protocol-preview-problem-message', text: problem.message });
	}
}

/** The 0-based note line of the problem button an event came from, if any. */
export function problemLineOf(target: EventTarget | null): number | undefined {
	const element = target as { closest?: (selector: string) => { dataset: DOMStringMap } | null } | null;
	const button = element?.closest?.('.protocol-preview-problem');
	const line = Number(button?.dataset.line);
	return button && Number.isInteger(line) ? line : undefined;
}
