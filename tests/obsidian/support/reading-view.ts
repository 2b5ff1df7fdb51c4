import { Component } from '../../fakes/obsidian/component';
import { MarkdownPostProcessorContext, type FakeSection } from '../../fakes/obsidian/markdown';
import type { Plugin } from '../../fakes/obsidian/plugin';
import { nativeMermaidSvg } from './native-svg';

/** When the fake app draws a ```mermaid block, relative to the plugins' post-processors. */
export type NativeMermaidTiming = 'before-post-processors' | 'after-post-processors';

/** A note rendered the way Obsidian's reading view does it, with the plugin's processors. */
export interface RenderedNote {
	/** The preview element holding one element per section. */
	el: HTMLElement;
	/** The renderer the children were added to: unloading it is closing the note. */
	renderer: Component;
	sections: FakeSection[];
}

/**
 * Renders a note like Obsidian's reading view: one `div` per section (fenced blocks as `pre > code.language-X`),
 * code block processors in place of their `pre`, then every post-processor per section. ```mermaid blocks are
 * drawn by "the app" as `div.mermaid`, whose `svg#mermaid-N` arrives a moment later, before or after the
 * post-processors ran. The fences here are found independently of the plugin's own fence code.
 */
export async function renderReadingView(plugin: Plugin, markdown: string, sourcePath: string, timing: NativeMermaidTiming): Promise<RenderedNote> {
	const lines = markdown.split('\n');
	const el = createDiv();
	el.className = 'markdown-preview-section';
	document.body.appendChild(el);
	const renderer = new Component();
	renderer.load();
	const sections = splitSections(lines, el);
	const ctx = new MarkdownPostProcessorContext(sourcePath, markdown, sections, renderer);
	let drawn = 0;
	const drawNative = (pre: HTMLElement): void => {
		const div = createDiv();
		div.className = 'mermaid';
		pre.replaceWith(div);
		drawn += 1;
		const id = `mermaid-${drawn}`;
		window.setTimeout(() => {
			const svg = nativeMermaidSvg(id);
			div.appendChild(svg);
		}, 1);
	};
	for (const section of sections) {
		const code = section.el.querySelector('pre > code');
		const language = code?.className.replace('language-', '') ?? '';
		const pre = code?.parentElement;
		const handler = plugin.codeBlockProcessors.get(language);
		if (pre && handler) {
			const blockEl = createDiv();
			blockEl.className = `block-language-${language}`;
			pre.replaceWith(blockEl);
			await handler(code.textContent.replace(/\n$/, ''), blockEl, ctx);
		}
		if (pre && language === 'mermaid' && timing === 'before-post-processors') drawNative(pre);
		for (const postProcessor of [...plugin.postProcessors]) await postProcessor(section.el, ctx);
		if (pre && language === 'mermaid' && timing === 'after-post-processors') drawNative(pre);
	}
	return { el, renderer, sections };
}

/** Lets the app's pending drawing and the players' asynchronous mounting finish. */
export async function settle(): Promise<void> {
	for (let i = 0; i < 3; i++) await new Promise((resolve) => window.setTimeout(resolve, 5));
}

function splitSections(lines: string[], parent: HTMLElement): FakeSection[] {
	const sections: FakeSection[] = [];
	let n = 0;
	if (lines[0] === '---') n = lines.indexOf('---', 1) + 1;
	while (n < lines.length) {
		if (lines[n].trim() === '') {
			n += 1;
			continue;
		}
		const el = createDiv();
		parent.appendChild(el);
		const open = /^```([\w-]*)/.exec(lines[n]);
		if (open) {
			const close = lines.findIndex((l, i) => i > n && l.startsWith('```'));
			const code = createEl('code');
			code.className = `language-${open[1]}`;
			code.textContent = `${lines.slice(n + 1, close).join('\n')}\n`;
			const pre = createEl('pre');
			pre.appendChild(code);
			el.appendChild(pre);
			sections.push({ el, lineStart: n, lineEnd: close });
			n = close + 1;
			continue;
		}
		let end = n;
		while (end + 1 < lines.length && lines[end + 1].trim() !== '' && !lines[end + 1].startsWith('```')) end += 1;
		const p = createEl('p');
		p.textContent = lines.slice(n, end + 1).join('\n');
		el.appendChild(p);
		sections.push({ el, lineStart: n, lineEnd: end });
		n = end + 1;
	}
	return sections;
}
