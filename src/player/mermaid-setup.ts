import { frontMatterLines } from '../core';

/**
 * How the player tells Mermaid its settings without touching the host's: an `init` directive written into
 * the diagram's text, which Mermaid 10.9, 11.4 and 12 apply to that one render and then forget. The page's
 * (Obsidian's) `mermaid.initialize` is never called, so `getSiteConfig()` stays exactly as the host left it
 * (ADR 0011). Only the theme is set: Mermaid refuses `securityLevel` in directives (the host's level holds,
 * and the SVG is imported inert and scrubbed, `render-svg.ts`).
 */

/** The Mermaid theme a player draws with: its `dark` option decides, whatever the host's theme is. */
export function playerTheme(dark: boolean): 'dark' | 'default' {
	return dark ? 'dark' : 'default';
}

/**
 * The diagram text with the player's settings as an `init` directive on a line of its own, after any front
 * matter (Mermaid reads front matter only at the very top). It comes before the block's own directives, so
 * a block that sets its own theme still gets it, as in Mermaid. Mermaid 10.9–12 drop a directive's line
 * before parsing, so the line numbers of their errors do not count it.
 */
export function withPlayerSettings(text: string, dark: boolean): string {
	const directive = `%%{init: {"theme": "${playerTheme(dark)}"}}%%`;
	const lines = text.split('\n');
	const head = frontMatterLines(lines);
	if (head === 0) return `${directive}\n${text}`;
	return [...lines.slice(0, head), directive, ...lines.slice(head)].join('\n');
}
