import type { Diagnostic } from '../core';
import type { PlayerStrings } from '../i18n/player';
import { diagnosticMessage } from './diagnostic-text';
import { el } from './dom';
import { CLASS, DATA, ROLE } from './dom-contract';

/**
 * The `.protocol-error` message for a block that cannot be shown (SPEC §2 "Bad input"): for each problem
 * its line number, the line as written and what was expected. Built as text, never as HTML.
 */
export function errorView(doc: Document, heading: string, diagnostics: readonly Diagnostic[], strings: PlayerStrings): HTMLElement {
	const list = el(doc, 'ul', { class: 'protocol-error-list' });
	for (const diagnostic of diagnostics) {
		const item = el(doc, 'li', { [DATA.line]: diagnostic.line > 0 ? diagnostic.line : undefined });
		if (diagnostic.line > 0) item.append(el(doc, 'span', { class: 'protocol-error-line', [DATA.role]: ROLE.errorLine }, [strings.lineLabel(diagnostic.line)]));
		if (diagnostic.text !== undefined && diagnostic.text !== '') {
			item.append(el(doc, 'code', { class: 'protocol-error-text', [DATA.role]: ROLE.errorText }, [diagnostic.text]));
		}
		item.append(el(doc, 'span', { class: 'protocol-error-message', [DATA.role]: ROLE.errorMessage }, [diagnosticMessage(diagnostic)]));
		list.append(item);
	}
	return el(doc, 'div', { class: CLASS.error, role: 'alert' }, [
		el(doc, 'div', { class: 'protocol-error-heading' }, [heading]),
		list,
	]);
}
