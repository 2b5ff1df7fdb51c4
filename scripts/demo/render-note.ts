import { Marked, type TokenizerAndRendererExtension, type Tokens } from 'marked';
import { splitFrontmatter, type Property } from './frontmatter';
import { escapeHtml } from './html';
import { resolveLink, type VaultNote } from './vault';

/** A note ready to be put in a page. */
export interface RenderedNote {
	/** The note's frontmatter, for the properties table. */
	properties: Property[];
	/** The note's body as HTML; code fences stay `pre > code.language-X` for the player script. */
	html: string;
	/** `ko` when the note is written mostly in Hangul, `en` otherwise. */
	language: 'en' | 'ko';
}

/** Renders a wikilink target as a link to that note's page, or a marked span when no note has that name. */
export function wikilinkHtml(notes: readonly VaultNote[], inner: string): string {
	const bar = inner.indexOf('|');
	const target = bar === -1 ? inner : inner.slice(0, bar);
	const label = bar === -1 ? target.trim() : inner.slice(bar + 1).trim();
	const note = resolveLink(notes, target.replace(/\\$/, ''));
	if (note === undefined) return `<span class="internal-link is-unresolved" title="${escapeHtml(target)}">${escapeHtml(label)}</span>`;
	return `<a class="internal-link" href="${escapeHtml(note.url)}">${escapeHtml(label)}</a>`;
}

interface WikilinkToken extends Tokens.Generic {
	inner: string;
}

/** `[[Note]]`, `[[Note|label]]` and `[[Note#heading]]`; inside tables the bar is written `\|`. */
function wikilinks(notes: readonly VaultNote[]): TokenizerAndRendererExtension {
	return {
		name: 'wikilink',
		level: 'inline',
		start: (src) => src.indexOf('[['),
		tokenizer(src): WikilinkToken | undefined {
			const match = /^!?\[\[([^\]\n]+)\]\]/.exec(src);
			if (match === null) return undefined;
			return { type: 'wikilink', raw: match[0], inner: (match[1] ?? '').replace(/\\\|/g, '|') };
		},
		renderer: (token) => wikilinkHtml(notes, (token as WikilinkToken).inner),
	};
}

/** Obsidian comments (`%% … %%`) are hidden in reading view; the comparison table's markers are such comments. */
const comments: TokenizerAndRendererExtension[] = [
	{
		name: 'obsidianCommentBlock',
		level: 'block',
		// Only a line that starts with %% can open a comment block; elsewhere the inline rule handles it.
		start: (src) => /^%%/m.exec(src)?.index,
		tokenizer(src) {
			const match = /^%%[\s\S]*?%%[ \t]*(?:\n|$)/.exec(src);
			return match === null ? undefined : { type: 'obsidianCommentBlock', raw: match[0] };
		},
		renderer: () => '',
	},
	{
		name: 'obsidianComment',
		level: 'inline',
		start: (src) => src.indexOf('%%'),
		tokenizer(src) {
			const match = /^%%[\s\S]*?%%/.exec(src);
			return match === null ? undefined : { type: 'obsidianComment', raw: match[0] };
		},
		renderer: () => '',
	},
];

/** Counts Hangul against Latin letters in prose (code fences left out) to pick the page language. */
export function noteLanguage(body: string): 'en' | 'ko' {
	const prose = body.replace(/^```[\s\S]*?^```/gm, '');
	const hangul = (prose.match(/[\uac00-\ud7a3]/g) ?? []).length;
	const latin = (prose.match(/[A-Za-z]/g) ?? []).length;
	// A Hangul syllable carries about as much as two or three Latin letters, hence the weight.
	return hangul * 3 > latin ? 'ko' : 'en';
}

/** Renders a note's Markdown (with frontmatter) for the demo page. The HTML comes from our own notes. */
export function renderNote(markdown: string, notes: readonly VaultNote[]): RenderedNote {
	const { properties, body } = splitFrontmatter(markdown);
	const marked = new Marked({ gfm: true, breaks: false, extensions: [wikilinks(notes), ...comments] });
	const html = marked.parse(body, { async: false });
	return { properties, html, language: noteLanguage(body) };
}
