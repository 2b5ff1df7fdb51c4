import type { TAbstractFile } from 'obsidian';
import type { PluginContext } from '../context';
import type { TableChoice } from '../settings/model';

/** Whether `path` is `base` or lies inside the folder `base`. */
function within(path: string, base: string): boolean {
	return path === base || path.startsWith(`${base}/`);
}

/**
 * Moves the remembered table choices of a renamed note (or of every note in a renamed folder) to the new
 * path, and updates the notes the choices picked by path. Returns whether anything changed.
 */
export function followRename(choices: Record<string, TableChoice>, oldPath: string, newPath: string): boolean {
	let changed = false;
	const moved = (path: string): string => (within(path, oldPath) ? newPath + path.slice(oldPath.length) : path);
	for (const [path, choice] of Object.entries(choices)) {
		if (choice.notes?.some((note) => within(note, oldPath))) {
			choice.notes = choice.notes.map(moved);
			changed = true;
		}
		if (within(path, oldPath)) {
			delete choices[path];
			choices[moved(path)] = choice;
			changed = true;
		}
	}
	return changed;
}

/** Forgets the remembered choices of a deleted note (or of every note in a deleted folder). Returns whether anything changed. */
export function forgetDeleted(choices: Record<string, TableChoice>, path: string): boolean {
	let changed = false;
	for (const key of Object.keys(choices)) {
		if (within(key, path)) {
			delete choices[key];
			changed = true;
		}
	}
	return changed;
}

/**
 * Keeps the remembered table choices in step with the vault: a renamed note keeps its choice, a deleted
 * one's is forgotten. Both listeners are registered on the plugin, so they go when it unloads.
 */
export function registerRememberedChoices(ctx: PluginContext): void {
	const { plugin, app } = ctx;
	const save = (): void => {
		ctx.saveSettings().catch((error: unknown) => console.error('Protocol Notes: saving the remembered table choices failed', error));
	};
	plugin.registerEvent(
		app.vault.on('rename', (file: TAbstractFile, oldPath: string) => {
			if (followRename(ctx.settings().tableChoices, oldPath, file.path)) save();
		}),
	);
	plugin.registerEvent(
		app.vault.on('delete', (file: TAbstractFile) => {
			if (forgetDeleted(ctx.settings().tableChoices, file.path)) save();
		}),
	);
}
