import type * as obsidian from 'obsidian';

/** Fake of Obsidian's `TAbstractFile`: a path in the vault and its parent folder. */
export abstract class TAbstractFile implements obsidian.TAbstractFile {
	vault: obsidian.Vault;
	path: string;
	name: string;
	parent: TFolder | null;

	constructor(vault: obsidian.Vault, path: string, parent: TFolder | null) {
		this.vault = vault;
		this.path = path;
		this.name = path.slice(path.lastIndexOf('/') + 1);
		this.parent = parent;
	}
}

/** Fake of Obsidian's `TFile`: basename and extension derived from the path as Obsidian does. */
export class TFile extends TAbstractFile implements obsidian.TFile {
	stat: obsidian.FileStats = { ctime: 0, mtime: 0, size: 0 };
	basename: string;
	extension: string;

	constructor(vault: obsidian.Vault, path: string, parent: TFolder | null) {
		super(vault, path, parent);
		const dot = this.name.lastIndexOf('.');
		this.basename = dot > 0 ? this.name.slice(0, dot) : this.name;
		this.extension = dot > 0 ? this.name.slice(dot + 1) : '';
	}
}

/** Fake of Obsidian's `TFolder`; the root folder has the path `/`. */
export class TFolder extends TAbstractFile implements obsidian.TFolder {
	children: TAbstractFile[] = [];

	isRoot(): boolean {
		return this.parent === null;
	}
}
