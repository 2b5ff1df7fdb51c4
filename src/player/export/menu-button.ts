import { el, listen } from '../dom';
import type { RegisterCleanup } from '../api';
import { DATA, ROLE } from '../dom-contract';

/**
 * The small Export button at the end of the player's controls: it opens the host's export menu (Obsidian's
 * `Menu` in the plugin) at the click. Not a `data-action` button, so the player's own click handling
 * leaves it alone.
 */
export function exportMenuButton(doc: Document, label: string, open: (event: MouseEvent) => void, register: RegisterCleanup): HTMLButtonElement {
	const button = el(doc, 'button', {
		type: 'button', class: 'protocol-player-button protocol-player-export', [DATA.role]: ROLE.exportMenu,
		'aria-label': label, title: label, 'aria-haspopup': 'menu',
	}, ['⤓']);
	listen(button, 'click', (event) => {
		event.preventDefault();
		open(event);
	}, register);
	return button;
}
