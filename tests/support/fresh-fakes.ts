import { Menu } from '../fakes/obsidian/menu';
import { Notice } from '../fakes/obsidian/notice';
import { FuzzySuggestModal } from '../fakes/obsidian/suggest-modal';

/**
 * Forgets what the fakes of Obsidian's global UI remember on their classes (the notices shown, the last menu and
 * the last picker opened). Test files share their worker's modules (ADR 0023), so each starts from here: Vitest
 * runs this file before every test file (`setupFiles`).
 */
export function forgetGlobalUi(): void {
	Notice.reset();
	Menu.lastShown = null;
	FuzzySuggestModal.lastOpened = null;
}

forgetGlobalUi();
