import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type * as obsidian from 'obsidian';
import { TFile, TFolder, type TAbstractFile } from './files';
import { Events } from './workspace';

type VaultPart = 'getName' | 'getFileByPath' | 'getFolderByPath' | 'getAbstractFileByPath' | 'getRoot' | 'read' | 'cachedRead'
	| 'modify' | 'process' | 'create' | 'createBinary' | 'readBinary' | 'createFolder' | 'delete' | 'rename' | 'getMarkdownFiles' | 'getFiles' | 'getAllLoadedFiles';

/**
 * Fake of Obsidian's `Vault`, held in memory: built from notes given as text or from a folder of
 * `.md` files (the example vault). `writes` counts every write, so a test can tell that nothing was written.
 */
export class Vault extends Events implements Pick<obsidian.Vault, VaultPart> {
	/** How many times a file's text was written (modify, process with a change, create). */
	writes = 0;
	private readonly root: TFolder;
	private readonly files = new Map<string, { file: TFile; text: string }>();
	private readonly folders = new Map<string, TFolder>();
	private readonly binaries = new Map<string, Uint8Array>();
	// Like Obsidian's own index of names, so that resolving a link does not walk the whole vault.
	private readonly byBasename = new Map<string, TFile[]>();

	constructor(notes: Record<string, string> = {}) {
		super();
		this.root = new TFolder(this as unknown as obsidian.Vault, '/', null);
		this.folders.set('/', this.root);
		for (const [path, text] of Object.entries(notes)) this.add(path, text);
	}

	/** A vault of every `.md` file under `folder`, with paths relative to it. */
	static fromFolder(folder: string): Vault {
		const notes: Record<string, string> = {};
		const walk = (dir: string): void => {
			for (const name of readdirSync(dir).sort()) {
				const full = join(dir, name);
				if (statSync(full).isDirectory()) walk(full);
				else if (name.endsWith('.md')) notes[relative(folder, full).split(sep).join('/')] = readFileSync(full, 'utf8');
			}
		};
		walk(folder);
		return new Vault(notes);
	}

	/** The file at `path`, for tests that know it exists; throws otherwise. */
	fileAt(path: string): TFile {
		const file = this.getFileByPath(path);
		if (!file) throw new Error(`No such file in the fake vault: ${path}`);
		return file;
	}

	/** The files named `basename` (without extension), in any folder. */
	filesNamed(basename: string): TFile[] {
		return this.byBasename.get(basename) ?? [];
	}

	/** The text of the file at `path`, read synchronously (for the fake metadata cache and for assertions); `null` if absent. */
	contentOf(path: string): string | null {
		return this.files.get(path)?.text ?? null;
	}

	getName(): string {
		return 'Fake vault';
	}

	getRoot(): obsidian.TFolder {
		return this.root;
	}

	getFileByPath(path: string): TFile | null {
		return this.files.get(path)?.file ?? null;
	}

	getFolderByPath(path: string): TFolder | null {
		return this.folders.get(path === '' ? '/' : path) ?? null;
	}

	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.getFileByPath(path) ?? this.getFolderByPath(path);
	}

	getFiles(): TFile[] {
		return [...this.files.values()].map((entry) => entry.file);
	}

	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((file) => file.extension === 'md');
	}

	getAllLoadedFiles(): TAbstractFile[] {
		return [...this.folders.values(), ...this.getFiles()];
	}

	read(file: obsidian.TFile): Promise<string> {
		return Promise.resolve(this.textOf(file));
	}

	cachedRead(file: obsidian.TFile): Promise<string> {
		return this.read(file);
	}

	modify(file: obsidian.TFile, data: string): Promise<void> {
		this.write(file, data);
		return Promise.resolve();
	}

	/** Atomic read-modify-write, as Obsidian's; writes only when `fn` changed the text. */
	process(file: obsidian.TFile, fn: (data: string) => string): Promise<string> {
		const before = this.textOf(file);
		const after = fn(before);
		if (after !== before) this.write(file, after);
		return Promise.resolve(after);
	}

	create(path: string, data: string): Promise<TFile> {
		if (this.files.has(path)) return Promise.reject(new Error(`File already exists: ${path}`));
		this.writes++;
		return Promise.resolve(this.add(path, data));
	}

	/** Creates a binary file (kept as bytes, read back with `bytesOf`); refuses an existing path, as Obsidian does. */
	createBinary(path: string, data: ArrayBuffer): Promise<TFile> {
		if (this.files.has(path)) return Promise.reject(new Error(`File already exists: ${path}`));
		this.writes++;
		const file = this.add(path, '');
		file.stat = { ...file.stat, size: data.byteLength };
		this.binaries.set(path, new Uint8Array(data.slice(0)));
		return Promise.resolve(file);
	}

	/** The bytes of a binary file (or a text file's UTF-8), as a fresh buffer, as Obsidian reads them. */
	readBinary(file: obsidian.TFile): Promise<ArrayBuffer> {
		const bytes = this.binaries.get(file.path) ?? (this.files.has(file.path) ? new TextEncoder().encode(this.files.get(file.path)?.text ?? '') : null);
		if (!bytes) return Promise.reject(new Error(`No such file in the fake vault: ${file.path}`));
		const copy = new Uint8Array(bytes.length);
		copy.set(bytes);
		return Promise.resolve(copy.buffer);
	}

	/** The bytes of a binary file written with `createBinary`, or `null`. */
	bytesOf(path: string): Uint8Array | null {
		return this.binaries.get(path) ?? null;
	}

	/** Creates a folder (and its parents); refuses an existing one, as Obsidian does. */
	createFolder(path: string): Promise<TFolder> {
		if (this.folders.has(path)) return Promise.reject(new Error(`Folder already exists: ${path}`));
		return Promise.resolve(this.folder(path));
	}

	/** Deletes a note and, as Obsidian does, triggers `delete` with it. */
	delete(file: obsidian.TAbstractFile): Promise<void> {
		const known = this.getFileByPath(file.path);
		this.remove(file.path);
		if (known) this.trigger('delete', known);
		return Promise.resolve();
	}

	private remove(path: string): void {
		const entry = this.files.get(path);
		if (entry) {
			this.files.delete(path);
			this.byBasename.set(entry.file.basename, this.filesNamed(entry.file.basename).filter((file) => file !== entry.file));
			const siblings = entry.file.parent?.children;
			siblings?.splice(siblings.indexOf(entry.file), 1);
		}
	}

	/**
	 * Moves a note and triggers `rename` with the note at its new path and the old path, as Obsidian does;
	 * unlike Obsidian, links to it are not rewritten (use the file manager for that).
	 */
	rename(file: obsidian.TAbstractFile, newPath: string): Promise<void> {
		const oldPath = file.path;
		const text = this.contentOf(oldPath);
		if (text === null) return Promise.reject(new Error(`No such file: ${oldPath}`));
		this.remove(oldPath);
		const moved = this.add(newPath, text);
		this.trigger('rename', moved, oldPath);
		return Promise.resolve();
	}

	private textOf(file: obsidian.TFile): string {
		const text = this.contentOf(file.path);
		if (text === null) throw new Error(`No such file: ${file.path}`);
		return text;
	}

	private write(file: obsidian.TFile, data: string): void {
		const entry = this.files.get(file.path);
		if (!entry) throw new Error(`No such file: ${file.path}`);
		entry.text = data;
		this.writes++;
	}

	private add(path: string, text: string): TFile {
		const parent = this.folder(path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '/');
		const file = new TFile(this as unknown as obsidian.Vault, path, parent);
		file.stat = { ctime: 0, mtime: 0, size: new TextEncoder().encode(text).length };
		parent.children.push(file);
		this.files.set(path, { file, text });
		this.byBasename.set(file.basename, [...this.filesNamed(file.basename), file]);
		return file;
	}

	private folder(path: string): TFolder {
		const known = this.folders.get(path);
		if (known) return known;
		const parent = this.folder(path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '/');
		const folder = new TFolder(this as unknown as obsidian.Vault, path, parent);
		parent.children.push(folder);
		this.folders.set(path, folder);
		return folder;
	}
}
