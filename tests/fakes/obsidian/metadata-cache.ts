import type * as obsidian from 'obsidian';
import type { TFile } from './files';
import type { Vault } from './vault';
import { Events } from './workspace';

const WIKILINK = /!?\[\[([^\]|#^]*)([#^][^\]|]*)?(?:\|([^\]]*))?\]\]/g;
const INLINE_TAG = /(?:^|\s)#([\p{L}\p{N}_/-]*[\p{L}_/-][\p{L}\p{N}_/-]*)/gu;

/**
 * Fake of Obsidian's `MetadataCache`, read from the fake vault's text whenever asked (so a write is
 * seen at once): frontmatter through `parseYaml`, wikilinks, inline tags, resolved and unresolved links.
 */
/** Its events (`changed`, `deleted`, ...) are triggered by the test, as Obsidian triggers them after indexing. */
export class MetadataCache extends Events implements Pick<obsidian.MetadataCache, 'getFileCache' | 'getCache' | 'getFirstLinkpathDest' | 'fileToLinktext' | 'resolvedLinks' | 'unresolvedLinks'> {
	private readonly vault: Vault;
	private readonly parsed = new Map<string, { text: string; cache: obsidian.CachedMetadata }>();

	constructor(vault: Vault) {
		super();
		this.vault = vault;
	}

	/** The note's cached metadata; `null` for a file that is not in the vault. */
	getFileCache(file: obsidian.TFile): obsidian.CachedMetadata | null {
		return this.getCache(file.path);
	}

	/** The cached metadata of the note at `path`. */
	getCache(path: string): obsidian.CachedMetadata | null {
		const text = this.vault.contentOf(path);
		if (text === null) return null;
		const known = this.parsed.get(path);
		if (known?.text === text) return known.cache;
		const cache = parseNote(text);
		this.parsed.set(path, { text, cache });
		return cache;
	}

	/** Resolves a link as Obsidian does: a vault path (with or without `.md`), else a note of that name, the closest to the source first. */
	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		const target = getLinkpath(linkpath);
		const byPath = this.vault.getFileByPath(target) ?? this.vault.getFileByPath(`${target}.md`);
		if (byPath) return byPath;
		const name = target.slice(target.lastIndexOf('/') + 1);
		const candidates = [...this.vault.filesNamed(name), ...this.vault.filesNamed(name.replace(/\.[^.]*$/, '')).filter((file) => file.name === name)];
		const folder = sourcePath.slice(0, sourcePath.lastIndexOf('/') + 1);
		return candidates.find((file) => file.path.startsWith(folder) && !file.path.slice(folder.length).includes('/')) ?? candidates[0] ?? null;
	}

	/** The shortest link text that reaches the file: its name when unique in the vault, else its path. */
	fileToLinktext(file: obsidian.TFile, _sourcePath: string, omitMdExtension = true): string {
		const unique = this.vault.filesNamed(file.basename).length === 1;
		const path = unique ? file.name : file.path;
		return omitMdExtension && file.extension === 'md' ? path.slice(0, -3) : path;
	}

	/** Source path → destination path → count, for every link that resolves. */
	get resolvedLinks(): Record<string, Record<string, number>> {
		return this.linkTable(true);
	}

	/** Source path → link text → count, for every link that does not resolve. */
	get unresolvedLinks(): Record<string, Record<string, number>> {
		return this.linkTable(false);
	}

	private linkTable(resolved: boolean): Record<string, Record<string, number>> {
		const table: Record<string, Record<string, number>> = {};
		for (const file of this.vault.getMarkdownFiles()) {
			const row: Record<string, number> = {};
			const cache = this.getFileCache(file);
			for (const link of [...(cache?.links ?? []), ...(cache?.frontmatterLinks ?? [])]) {
				const dest = this.getFirstLinkpathDest(link.link, file.path);
				const key = resolved ? dest?.path : dest ? undefined : getLinkpath(link.link);
				if (key !== undefined) row[key] = (row[key] ?? 0) + 1;
			}
			table[file.path] = row;
		}
		return table;
	}
}

/** Fake of Obsidian's `getLinkpath`: the link text without its `#heading` or `^block`. */
export function getLinkpath(linktext: string): string {
	const cut = linktext.search(/[#^]/);
	return cut < 0 ? linktext : linktext.slice(0, cut);
}

/** Fake of Obsidian's `getAllTags`: frontmatter `tags`/`tag` and inline tags, each with its `#`. */
export function getAllTags(cache: obsidian.CachedMetadata): string[] | null {
	const tags: string[] = [];
	for (const key of ['tags', 'tag']) {
		const value: unknown = cache.frontmatter?.[key];
		const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,\s]+/) : [];
		for (const tag of list) if (typeof tag === 'string' && tag !== '') tags.push(tag.startsWith('#') ? tag : `#${tag}`);
	}
	for (const tag of cache.tags ?? []) tags.push(tag.tag);
	return tags;
}

function position(text: string, from: number, to: number): obsidian.Pos {
	const loc = (offset: number): obsidian.Loc => {
		const before = text.slice(0, offset);
		const line = before.split('\n').length - 1;
		return { line, col: offset - (before.lastIndexOf('\n') + 1), offset };
	};
	return { start: loc(from), end: loc(to) };
}

function parseNote(text: string): obsidian.CachedMetadata {
	const cache: obsidian.CachedMetadata = {};
	let bodyStart = 0;
	const front = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
	if (front) {
		bodyStart = front[0].length;
		cache.frontmatterPosition = position(text, 0, front[0].trimEnd().length);
		try {
			const data = parseYaml(front[1] ?? '');
			// Like Obsidian: frontmatter that is not a map is no frontmatter.
			if (data !== null && typeof data === 'object' && !Array.isArray(data)) cache.frontmatter = data;
		} catch {
			// Obsidian leaves broken frontmatter out of the cache; so does the fake.
		}
		const frontmatterLinks: obsidian.FrontmatterLinkCache[] = [];
		for (const [key, value] of Object.entries(cache.frontmatter ?? {})) {
			for (const item of Array.isArray(value) ? value : [value]) {
				if (typeof item !== 'string') continue;
				for (const match of item.matchAll(WIKILINK)) {
					frontmatterLinks.push({ key, link: (match[1] ?? '') + (match[2] ?? ''), original: match[0], displayText: match[3] ?? match[1] ?? '' });
				}
			}
		}
		if (frontmatterLinks.length > 0) cache.frontmatterLinks = frontmatterLinks;
	}
	const body = text.slice(bodyStart).replace(/^(```|~~~)[\s\S]*?^\1[^\n]*$/gm, (block) => ' '.repeat(block.length));
	const links: obsidian.LinkCache[] = [];
	for (const match of body.matchAll(WIKILINK)) {
		if (match[0].startsWith('!')) continue;
		const at = bodyStart + (match.index ?? 0);
		links.push({ link: (match[1] ?? '') + (match[2] ?? ''), original: match[0], displayText: match[3] ?? match[1] ?? '', position: position(text, at, at + match[0].length) });
	}
	if (links.length > 0) cache.links = links;
	const tags: obsidian.TagCache[] = [];
	for (const match of body.matchAll(INLINE_TAG)) {
		const at = bodyStart + (match.index ?? 0) + match[0].indexOf('#');
		tags.push({ tag: `#${match[1] ?? ''}`, position: position(text, at, at + (match[1] ?? '').length + 1) });
	}
	if (tags.length > 0) cache.tags = tags;
	return cache;
}

/**
 * A small YAML reader for frontmatter, adequate for notes: `key: value` maps (nested by indentation),
 * block lists (`- a`), flow lists (`[a, b]`), quoted strings, booleans, null and numbers. Dates stay
 * strings, as they arrive in Obsidian's metadata cache. It throws on what it cannot read, like Obsidian's.
 */
export function parseYaml(text: string): unknown {
	const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
	if (lines.length === 0) return null;
	const [value] = readBlock(lines, 0, indentOf(lines[0] ?? ''));
	return value;
}

function indentOf(line: string): number {
	return line.length - line.trimStart().length;
}

/** Reads the block starting at `start` whose lines are indented by `indent`; returns the value and the next line. */
function readBlock(lines: string[], start: number, indent: number): [unknown, number] {
	const first = (lines[start] ?? '').trim();
	if (first.startsWith('- ') || first === '-') {
		const list: unknown[] = [];
		let i = start;
		while (i < lines.length && indentOf(lines[i] ?? '') === indent && (lines[i] ?? '').trim().startsWith('-')) {
			const item = (lines[i] ?? '').trim().slice(1).trim();
			i++;
			if (item === '' && i < lines.length && indentOf(lines[i] ?? '') > indent) {
				const [inner, next] = readBlock(lines, i, indentOf(lines[i] ?? ''));
				list.push(inner);
				i = next;
			} else {
				list.push(scalar(item));
			}
		}
		return [list, i];
	}
	const map: Record<string, unknown> = {};
	let i = start;
	while (i < lines.length && indentOf(lines[i] ?? '') === indent) {
		const line = (lines[i] ?? '').trim();
		const colon = keyEnd(line);
		if (colon < 0) throw new Error(`YAML: expected "key: value" in "${line}"`);
		const key = unquote(line.slice(0, colon).trim());
		const rest = line.slice(colon + 1).trim();
		i++;
		const deeper = i < lines.length && indentOf(lines[i] ?? '') > indent;
		// A block list may sit at the key's own indentation, as Obsidian writes it.
		const sameIndentList = i < lines.length && indentOf(lines[i] ?? '') === indent && (lines[i] ?? '').trim().startsWith('- ');
		if (rest === '' && (deeper || sameIndentList)) {
			const [inner, next] = readBlock(lines, i, indentOf(lines[i] ?? ''));
			map[key] = inner;
			i = next;
		} else {
			map[key] = scalar(rest);
		}
	}
	if (i < lines.length && indentOf(lines[i] ?? '') > indent) throw new Error(`YAML: unexpected indentation at "${(lines[i] ?? '').trim()}"`);
	return [map, i];
}

/** The colon that ends a key: the first `: ` (or a colon at the end) outside quotes. */
function keyEnd(line: string): number {
	let quote = '';
	for (let i = 0; i < line.length; i++) {
		const char = line[i];
		if (quote) {
			if (char === quote) quote = '';
		} else if (char === '"' || char === "'") {
			quote = char;
		} else if (char === ':' && (i === line.length - 1 || line[i + 1] === ' ')) {
			return i;
		}
	}
	return -1;
}

function unquote(text: string): string {
	if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) return JSON.parse(text) as string;
	if (text.length >= 2 && text.startsWith("'") && text.endsWith("'")) return text.slice(1, -1).replace(/''/g, "'");
	return text;
}

function scalar(text: string): unknown {
	const value = text.replace(/\s+#.*$/, '').trim();
	if (value === '' || value === '~' || value === 'null') return null;
	if (value === 'true' || value === 'True') return true;
	if (value === 'false' || value === 'False') return false;
	if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value);
	if (value.startsWith('[') && value.endsWith(']')) {
		const inner = value.slice(1, -1).trim();
		return inner === '' ? [] : splitFlow(inner).map((item) => scalar(item.trim()));
	}
	if (value.startsWith('"') || value.startsWith("'")) return unquote(text.trim());
	return value;
}

/** Splits a flow list on commas outside quotes and brackets. */
function splitFlow(text: string): string[] {
	const items: string[] = [];
	let depth = 0;
	let quote = '';
	let current = '';
	for (const char of text) {
		if (quote) {
			if (char === quote) quote = '';
		} else if (char === '"' || char === "'") {
			quote = char;
		} else if (char === '[' || char === '{') {
			depth++;
		} else if (char === ']' || char === '}') {
			depth--;
		} else if (char === ',' && depth === 0) {
			items.push(current);
			current = '';
			continue;
		}
		current += char;
	}
	items.push(current);
	return items;
}
