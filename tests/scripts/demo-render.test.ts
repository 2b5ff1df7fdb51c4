import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../scripts/demo/frontmatter';
import { noteLanguage, renderNote, wikilinkHtml } from '../../scripts/demo/render-note';
import type { VaultNote } from '../../scripts/demo/vault';
import { resolveLink } from '../../scripts/demo/vault';

const NOTES: VaultNote[] = [
	{ path: 'TCP.md', name: 'TCP', url: '/notes/TCP' },
	{ path: 'seed/TCP.md', name: 'TCP', url: '/notes/seed/TCP' },
	{ path: 'seed/Only here.md', name: 'Only here', url: '/notes/seed/Only%20here' },
];

describe('splitFrontmatter', () => {
	it('reads scalars, quoted values, flow lists and block lists, and returns the body after the fence', () => {
		const note = '---\r\ntitle: "A: b"\r\ntags: [one, "two, three"]\r\naliases:\r\n  - First\r\n  - \'Second\'\r\nempty:\r\n---\r\n# Body\r\n';
		expect(splitFrontmatter(note)).toEqual({
			properties: [
				{ key: 'title', value: 'A: b' },
				{ key: 'tags', value: ['one', 'two, three'] },
				{ key: 'aliases', value: ['First', 'Second'] },
				{ key: 'empty', value: '' },
			],
			body: '# Body\n',
		});
	});

	it('leaves a note without frontmatter whole', () => {
		expect(splitFrontmatter('# Title\n---\n')).toEqual({ properties: [], body: '# Title\n---\n' });
	});
});

describe('wikilinks', () => {
	it('prefers the note at the exact path, then the shallowest note of that name', () => {
		expect(resolveLink(NOTES, 'TCP')?.path).toBe('TCP.md');
		expect(resolveLink(NOTES, 'seed/TCP')?.path).toBe('seed/TCP.md');
		expect(resolveLink(NOTES, 'Only here#Some heading')?.path).toBe('seed/Only here.md');
		expect(resolveLink(NOTES, 'Nowhere')).toBeUndefined();
	});

	it('shows the alias after the bar as the link text', () => {
		expect(wikilinkHtml(NOTES, 'TCP|the TCP note')).toBe('<a class="internal-link" href="/notes/TCP">the TCP note</a>');
	});

	it('renders links in tables, where the bar is escaped, and hides Obsidian comments', () => {
		const { html } = renderNote('| a |\n| --- |\n| [[TCP\\|tcp]] |\n\n%% hidden %%\n\ntext %% inline %% end\n', NOTES);
		expect(html).toContain('<td><a class="internal-link" href="/notes/TCP">tcp</a></td>');
		expect(html).not.toContain('hidden');
		expect(html).not.toContain('inline');
		expect(html).toContain('<p>text  end</p>');
	});
});

describe('noteLanguage', () => {
	it('calls a note Korean when its prose is mostly Hangul, leaving code out of the count', () => {
		expect(noteLanguage('서버가 세션을 저장합니다.\n```\nClient->>Server: Login Request with a long English line\n```\n')).toBe('ko');
		expect(noteLanguage('Every request stands alone. See [[무상태 프로토콜]].')).toBe('en');
	});
});
