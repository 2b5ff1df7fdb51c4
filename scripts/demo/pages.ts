import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontmatter, type Property } from './frontmatter';
import { escapeHtml } from './html';
import { page } from './page';
import { noteLanguage, renderNote, wikilinkHtml } from './render-note';
import type { VaultNote } from './vault';

/** Language chosen by `?lang=`, when it names one the player speaks. */
export function languageParam(value: string | null): 'en' | 'ko' | undefined {
	return value === 'en' || value === 'ko' ? value : undefined;
}

/** A property value as HTML: tags as chips, wikilinks as links, everything else escaped text. */
function propertyValueHtml(notes: readonly VaultNote[], property: Property): string {
	const values = Array.isArray(property.value) ? property.value : [property.value];
	if (property.key === 'tags') return values.map((t) => `<span class="demo-tag">#${escapeHtml(t)}</span>`).join('');
	const one = (v: string): string =>
		v.split(/(\[\[[^\]]+\]\])/).map((part) => (/^\[\[.+\]\]$/.test(part) ? wikilinkHtml(notes, part.slice(2, -2)) : escapeHtml(part))).join('');
	return values.map(one).join(', ');
}

/** The frontmatter as a small two-column table, like Obsidian's properties view. */
function propertiesHtml(notes: readonly VaultNote[], properties: readonly Property[]): string {
	if (properties.length === 0) return '';
	const rows = properties.map((p) => `<tr><th>${escapeHtml(p.key)}</th><td>${propertyValueHtml(notes, p)}</td></tr>`);
	return `<table class="demo-properties"><tbody>${rows.join('')}</tbody></table>`;
}

/** The page of one note: its name, its properties, its body with code fences left for the player script. */
export function notePage(vaultDir: string, notes: readonly VaultNote[], note: VaultNote, lang?: 'en' | 'ko'): string {
	const rendered = renderNote(readFileSync(join(vaultDir, note.path), 'utf8'), notes);
	const body = `<article class="demo-note" data-path="${escapeHtml(note.path)}">
<p class="demo-path">${escapeHtml(note.path)}</p>
${propertiesHtml(notes, rendered.properties)}
${rendered.html}
</article>`;
	return page({ title: note.name, language: lang ?? rendered.language, body });
}

/** How many diagrams a note holds, for the index. */
function diagramCount(markdown: string): number {
	return (markdown.match(/^```(?:protocol|mermaid)\s*$/gm) ?? []).length;
}

/** The index: every note of the vault with its tags and how many diagrams it holds. */
export function indexPage(vaultDir: string, notes: readonly VaultNote[], lang?: 'en' | 'ko'): string {
	const items = notes.map((note) => {
		const text = readFileSync(join(vaultDir, note.path), 'utf8');
		const { properties, body } = splitFrontmatter(text);
		const tags = properties.find((p) => p.key === 'tags');
		const count = diagramCount(body);
		const meta = [
			count > 0 ? `${count} diagram${count === 1 ? '' : 's'}` : '',
			noteLanguage(body) === 'ko' ? '한국어' : 'English',
		].filter((m) => m !== '');
		return `<li><a class="internal-link" href="${escapeHtml(note.url)}">${escapeHtml(note.name)}</a><span class="demo-path">${escapeHtml(note.path)}</span>
<div class="demo-meta">${escapeHtml(meta.join(' · '))} ${tags === undefined ? '' : propertyValueHtml(notes, tags)}</div></li>`;
	});
	const body = `<h1>Protocol Notes — example vault</h1>
<p>Every note of <code>example-vault/</code>, rendered from its Markdown. <code>protocol</code> blocks and Mermaid
sequence diagrams become steppable players, and <code>protocol-compare</code> blocks comparisons with a shared fault
bar (the standalone script <code>dist/protocol-player.js</code> with the real Mermaid; notes are fetched from
<code>/vault/NAME.md</code>). Each player has the fault tools, the fault map and an Export menu (⤓); the light / dark
toggle keeps every player's step, branch choices and faults. Start with <a class="internal-link" href="/notes/Start%20here">Start here</a>.
Add <code>?lang=ko</code> or <code>?lang=en</code> to a page to choose the player's language.</p>
<ul class="demo-note-list">${items.join('\n')}</ul>`;
	return page({ title: 'Example vault', language: lang ?? 'en', body });
}
