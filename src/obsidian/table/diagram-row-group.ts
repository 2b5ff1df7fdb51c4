import { compareStrings } from '../../i18n/compare';
import type { Language } from '../../i18n/language';
import { diagramRowKeys, diagramRowLabels } from './diagram-row-source';

/**
 * The table modal's **From the diagram** group: one checkbox per computed row (`data-property="diagram:…"`),
 * beside the frontmatter properties. `toggle` is told of each change.
 */
export function diagramRowGroup(parent: HTMLElement, language: Language, checked: (key: string) => boolean, toggle: (key: string, on: boolean) => void): void {
	const group = parent.createDiv({ cls: 'protocol-table-diagram-rows' });
	group.createDiv({ cls: 'protocol-table-group', text: compareStrings(language).rows.group });
	const labels = diagramRowLabels(language);
	for (const key of diagramRowKeys()) {
		const label = group.createEl('label', { cls: 'protocol-table-property' });
		const box = label.createEl('input', { type: 'checkbox', attr: { 'data-property': key } });
		box.checked = checked(key);
		box.addEventListener('change', () => toggle(key, box.checked));
		label.createSpan({ text: labels[key] ?? key });
	}
}
