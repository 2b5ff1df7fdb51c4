// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { attachMermaidPlayer } from '../../../src/obsidian/mermaid/mermaid-player';
import { countingPlayer } from '../support/counting-player';
import { testPlugin, withHost } from '../support/context';
import { settle } from '../support/reading-view';
import { installObsidianDom } from '../../fakes/obsidian/dom';

installObsidianDom(window);

afterEach(() => document.body.replaceChildren());

function visible(el: Element): boolean {
	return (el as HTMLElement).style.display !== 'none';
}

function codeBlock(host: HTMLElement, language: string, text: string): HTMLElement {
	const pre = host.createEl('pre');
	pre.createEl('code', { cls: `language-${language}`, text });
	return pre;
}

describe('attachMermaidPlayer', () => {
	it('hides only the mermaid drawing of a section, not the other code blocks beside it (a callout with several)', async () => {
		const { plugin, ctx, memory } = testPlugin();
		const player = countingPlayer();
		const host = document.body.createDiv({ cls: 'callout' });
		const other = codeBlock(host, 'js', 'const a = 1;');
		const mermaidCode = codeBlock(host, 'mermaid', 'sequenceDiagram\n    A->>B: hi');
		const child = attachMermaidPlayer({ host, source: 'sequenceDiagram\n    A->>B: hi', key: null }, withHost(ctx, player, memory));
		plugin.addChild(child!);
		await settle();

		expect(player.mounts).toHaveLength(1);
		expect(visible(mermaidCode)).toBe(false);
		expect(visible(other)).toBe(true);
		plugin.removeChild(child!);
	});
});
