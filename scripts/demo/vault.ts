import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A Markdown note of the served vault. */
export interface VaultNote {
	/** Path relative to the vault, with `/` separators, e.g. `seed/TCP.md`. */
	path: string;
	/** The note's name as Obsidian shows it: the file name without `.md`. */
	name: string;
	/** The page that shows it, e.g. `/notes/seed/TCP`. */
	url: string;
}

/** The URL of a note's page: every path segment percent-encoded, `.md` dropped. */
export function noteUrl(path: string): string {
	return '/notes/' + path.replace(/\.md$/, '').split('/').map(encodeURIComponent).join('/');
}

/** Lists every `.md` note under the vault (skipping dot-folders such as `.obsidian`), shallow paths first. */
export function listNotes(vaultDir: string): VaultNote[] {
	const notes: VaultNote[] = [];
	const walk = (dir: string, prefix: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			if (entry.name.startsWith('.')) continue;
			const path = prefix + entry.name;
			if (entry.isDirectory()) walk(join(dir, entry.name), path + '/');
			else if (entry.isFile() && entry.name.endsWith('.md')) notes.push({ path, name: entry.name.slice(0, -3), url: noteUrl(path) });
		}
	};
	walk(vaultDir, '');
	const depth = (p: string): number => p.split('/').length;
	return notes.sort((a, b) => depth(a.path) - depth(b.path) || a.path.localeCompare(b.path));
}

/**
 * Finds the note a wikilink target names, as Obsidian does for the common cases: an exact vault path
 * (with or without `.md`) first, then the shallowest note with that name. `#heading` parts are ignored.
 */
export function resolveLink(notes: readonly VaultNote[], target: string): VaultNote | undefined {
	const name = (target.split('#')[0] ?? '').trim();
	if (name === '') return undefined;
	const path = name.endsWith('.md') ? name : `${name}.md`;
	return notes.find((n) => n.path === path) ?? notes.find((n) => n.name === name);
}
