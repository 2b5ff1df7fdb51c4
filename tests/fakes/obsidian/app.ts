import type * as obsidian from 'obsidian';
import { FileManager } from './file-manager';
import { MetadataCache } from './metadata-cache';
import { Vault } from './vault';
import { Workspace } from './workspace';

/**
 * Fake of Obsidian's `App`: a vault, its metadata cache, a workspace and a file manager. Build one from notes given as
 * text or from a folder (`App.fromFolder(EXAMPLE_VAULT)`); hand it to the plugin's code with `asApp()`.
 */
export class App implements Pick<obsidian.App, 'vault' | 'metadataCache' | 'workspace' | 'fileManager'> {
	readonly vault: Vault & obsidian.Vault;
	readonly metadataCache: MetadataCache & obsidian.MetadataCache;
	readonly workspace: Workspace & obsidian.Workspace;
	readonly fileManager: FileManager & obsidian.FileManager;

	constructor(vault: Vault = new Vault()) {
		// The fakes cover the parts of these APIs the plugin uses; the casts give them the full types the plugin expects.
		this.vault = vault as Vault & obsidian.Vault;
		this.metadataCache = new MetadataCache(vault) as MetadataCache & obsidian.MetadataCache;
		this.workspace = new Workspace(this as unknown as obsidian.App) as Workspace & obsidian.Workspace;
		this.fileManager = new FileManager(vault) as FileManager & obsidian.FileManager;
	}

	/** An app over every `.md` file under `folder`. */
	static fromFolder(folder: string): App {
		return new App(Vault.fromFolder(folder));
	}

	/** An app over notes given as path → text. */
	static fromNotes(notes: Record<string, string>): App {
		return new App(new Vault(notes));
	}

	/** This fake, typed as the `App` the plugin's code receives. */
	asApp(): obsidian.App {
		return this as unknown as obsidian.App;
	}
}
