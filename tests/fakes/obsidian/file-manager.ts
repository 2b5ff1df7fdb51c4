import type * as obsidian from 'obsidian';
import type { Vault } from './vault';

/**
 * Fake of Obsidian's `FileManager`, for what the plugin asks of it: where a note's attachments go. Like
 * Obsidian's "Default location for new attachments" setting, `attachmentFolder` is a vault folder
 * (`''` for the vault's root) or `'./'` for the note's own folder, optionally followed by a subfolder
 * (`'./assets'`). A name already taken gets " 1", " 2", ... before its extension, as Obsidian does.
 */
export class FileManager implements Pick<obsidian.FileManager, 'getAvailablePathForAttachment'> {
	attachmentFolder = '';
	/** Every name asked for, oldest first. */
	readonly asked: string[] = [];

	constructor(private readonly vault: Vault) {}

	getAvailablePathForAttachment(filename: string, sourcePath?: string): Promise<string> {
		this.asked.push(filename);
		let folder = this.attachmentFolder;
		if (folder === './' || folder.startsWith('./')) {
			const source = sourcePath ?? '';
			const noteFolder = source.includes('/') ? source.slice(0, source.lastIndexOf('/')) : '';
			const sub = folder.slice(2);
			folder = [noteFolder, sub].filter((part) => part !== '').join('/');
		}
		const dot = filename.lastIndexOf('.');
		const stem = dot > 0 ? filename.slice(0, dot) : filename;
		const extension = dot > 0 ? filename.slice(dot) : '';
		const at = (name: string): string => (folder === '' ? name : `${folder}/${name}`);
		let path = at(filename);
		for (let n = 1; this.vault.getAbstractFileByPath(path) !== null; n++) path = at(`${stem} ${n}${extension}`);
		return Promise.resolve(path);
	}
}
