import { describe, expect, it } from 'vitest';
import { noteUrl, resolvePageSides } from '../../src/standalone/compare-sides';
import { parseCompareSource } from '../../src/core/compare/compare-source';

/** Just what noteUrl reads of a document: the page's address. */
const page = (address: string): Document => ({ baseURI: address }) as unknown as Document;

describe('noteUrl', () => {
	it('puts the note under the base, each part of its path encoded, with .md', () => {
		expect(noteUrl(page('http://site.test/notes/login.html'), '/vault', 'seed/TCP notes')).toBe('http://site.test/vault/seed/TCP%20notes.md');
		expect(noteUrl(page('http://site.test/notes/login.html'), '/vault/', 'A#B?')).toBe('http://site.test/vault/A%23B%3F.md');
	});

	it('reads a relative base from the page\'s own folder', () => {
		expect(noteUrl(page('http://site.test/notes/login.html'), '.', 'Stateless login')).toBe('http://site.test/notes/Stateless%20login.md');
		expect(noteUrl(page('http://site.test/notes/login.html'), 'md', 'HTTP')).toBe('http://site.test/notes/md/HTTP.md');
	});
});

describe('resolvePageSides', () => {
	it('finds a note\'s diagram as Obsidian does, under the heading named, and says which notes are missing', async () => {
		const notes: Record<string, string> = {
			'http://site.test/vault/Two.md': '# Two\n\n```mermaid\nflowchart LR\nA-->B\n```\n\n## Login\n\n```protocol\nA->>B: hi\n```\n',
			'http://site.test/vault/Plain.md': '# Nothing to draw here\n',
		};
		const refs = parseCompareSource('[[Two#Login]]\n[[Plain]]\n[[Gone]]').notes;
		const sides = await resolvePageSides(page('http://site.test/page.html'), refs, '/vault', (url) => Promise.resolve(notes[url]));
		expect(sides).toEqual([
			{ name: 'Two', heading: 'Login', diagram: { source: 'A->>B: hi' } },
			{ name: 'Plain', diagram: { missing: 'diagram' } },
			{ name: 'Gone', diagram: { missing: 'note' } },
		]);
	});
});
