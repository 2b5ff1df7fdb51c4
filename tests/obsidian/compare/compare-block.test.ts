// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as obsidian from 'obsidian';
import { registerCompare } from '../../../src/obsidian/compare/register-compare';
import type { CompareOptions, CompareHandle, CompareSideSpec } from '../../../src/player/compare/compare-api';
import { installObsidianDom } from '../../fakes/obsidian/dom';
import { Editor } from '../../fakes/obsidian/editor';
import type { TFile } from '../../fakes/obsidian/files';
import { FuzzySuggestModal } from '../../fakes/obsidian/suggest-modal';
import { testPlugin, type TestPlugin, withHost, compareHost } from '../support/context';
import { renderReadingView, settle } from '../support/reading-view';
import { codeBlocks, readExampleNote } from '../../support/note-blocks';

installObsidianDom(window);

const STATEFUL = readExampleNote('Stateful login.md');
const HTTP = readExampleNote('HTTP.md');
const COMPARE_NOTE = ['# Compare', '```protocol-compare', '[[Stateful login]]', '[[Nowhere]]', '[[HTTP]]', 'fault: restart Server after Login Response', '```'].join('\n');

/** A mount that records what it was asked to draw and draws a marker element. */
function countingCompare() {
	const mounts: CompareOptions[] = [];
	/** Sides drawn again alone: index and what it was given. */
	const replaced: [number, CompareSideSpec][] = [];
	let cleanups = 0;
	const mount = (container: HTMLElement, options: CompareOptions): Promise<CompareHandle> => {
		mounts.push(options);
		const root = container.createDiv({ cls: 'protocol-compare', attr: { 'data-draw': String(mounts.length) } });
		options.register(() => {
			cleanups++;
		});
		const replaceSide = (index: number, spec: CompareSideSpec): Promise<void> => {
			replaced.push([index, spec]);
			return Promise.resolve();
		};
		return Promise.resolve({ root, players: [], apply: () => undefined, replaceSide });
	};
	return { mounts, replaced, cleanups: () => cleanups, deps: { mount, loadMermaid: () => Promise.resolve({ initialize: () => undefined, render: () => Promise.resolve({ svg: '' }) }) } };
}

async function setup(): Promise<TestPlugin & { compare: ReturnType<typeof countingCompare>; files: Record<string, TFile> }> {
	const test = testPlugin();
	const files = {
		stateful: await test.app.vault.create('Stateful login.md', STATEFUL),
		http: await test.app.vault.create('HTTP.md', HTTP),
		other: await test.app.vault.create('Other.md', '# Other'),
	};
	const compare = countingCompare();
	registerCompare(withHost(test.ctx, compareHost(compare.deps), test.memory));
	return { ...test, compare, files };
}

afterEach(() => {
	vi.useRealTimers();
	document.body.replaceChildren();
});

describe('the protocol-compare block', () => {
	it('draws every named note\'s diagram, a missing note as missing, and the fault line', async () => {
		const { plugin, compare } = await setup();
		await renderReadingView(plugin, COMPARE_NOTE, 'Compare.md', 'after-post-processors');
		await settle();
		expect(compare.mounts).toHaveLength(1);
		const options = compare.mounts[0];
		expect(options.sides).toEqual([
			{ name: 'Stateful login', diagram: { source: codeBlocks(STATEFUL, 'protocol')[0]?.source.replace(/\n$/, '') } },
			{ name: 'Nowhere', diagram: { missing: 'note' } },
			{ name: 'HTTP', diagram: { source: codeBlocks(HTTP, 'protocol')[0]?.source.replace(/\n$/, '') } },
		]);
		expect(options.fault).toEqual({ kind: 'restart', participant: 'Server', moment: 'Login Response', line: 4 });
		expect(options.diagnostics).toEqual([]);
	});

	it('says which note has no diagram (or none under the heading named), and reads a heading\'s own block', async () => {
		const { app, plugin, compare } = await setup();
		await app.vault.create('Sections.md', '# One\n```protocol\nA->>B: one\n```\n# Two\n```mermaid\nsequenceDiagram\nC->>D: two\n```');
		await renderReadingView(plugin, ['```protocol-compare', '[[Other]]', '[[Sections#Two]]', '[[Sections#Three]]', '```'].join('\n'), 'Compare.md', 'after-post-processors');
		await settle();
		expect(compare.mounts[0]?.sides).toEqual([
			{ name: 'Other', diagram: { missing: 'diagram' } },
			{ name: 'Sections', heading: 'Two', diagram: { source: 'sequenceDiagram\nC->>D: two' } },
			{ name: 'Sections', heading: 'Three', diagram: { missing: 'diagram' } },
		]);
	});

	it('draws again only the side whose note changed, once, after the edits settle; not for other notes', async () => {
		const { app, plugin, compare, files } = await setup();
		await renderReadingView(plugin, COMPARE_NOTE, 'Compare.md', 'after-post-processors');
		await settle();
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		const edited = STATEFUL.replace('Profile\n```', 'Profile page\n```');
		await app.vault.modify(files.stateful, edited);
		app.metadataCache.trigger('changed', files.stateful, edited, {});
		app.metadataCache.trigger('changed', files.stateful, edited, {});
		app.metadataCache.trigger('changed', files.other, '# Other', {});
		await vi.advanceTimersByTimeAsync(499);
		expect(compare.replaced).toHaveLength(0);
		await vi.advanceTimersByTimeAsync(1);
		vi.useRealTimers();
		await settle();
		// The Stateful login side (the first) is drawn again; HTTP and the missing note are left as they are.
		expect(compare.mounts).toHaveLength(1);
		expect(compare.replaced.map(([index]) => index)).toEqual([0]);
		const side = compare.replaced[0]?.[1];
		expect(side && 'source' in side.diagram ? side.diagram.source.endsWith('Server-->>Client: Profile page') : false).toBe(true);
		expect(document.querySelectorAll('.protocol-compare')).toHaveLength(1);
		expect(compare.cleanups()).toBe(0);
		app.metadataCache.trigger('changed', files.other, '# Other', {});
		await settle();
		expect(compare.replaced).toHaveLength(1);
	});

	it('draws everything again on a theme change, the new drawing replacing the old one', async () => {
		const { app, plugin, compare } = await setup();
		await renderReadingView(plugin, COMPARE_NOTE, 'Compare.md', 'after-post-processors');
		await settle();
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		app.workspace.trigger('css-change');
		await vi.advanceTimersByTimeAsync(500);
		vi.useRealTimers();
		await settle();
		expect(compare.mounts).toHaveLength(2);
		expect(compare.replaced).toHaveLength(0);
		expect(document.querySelectorAll('.protocol-compare')).toHaveLength(1);
		expect(document.querySelector('.protocol-compare')?.getAttribute('data-draw')).toBe('2');
		expect(compare.cleanups()).toBe(1);
	});

	it('draws the side of a missing note once a note is created under its name', async () => {
		const { app, plugin, compare } = await setup();
		await renderReadingView(plugin, COMPARE_NOTE, 'Compare.md', 'after-post-processors');
		await settle();
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		const created = await app.vault.create('Nowhere.md', '```protocol\nA->>B: now here\n```');
		app.vault.trigger('create', created);
		await vi.advanceTimersByTimeAsync(500);
		vi.useRealTimers();
		await settle();
		expect(compare.replaced).toEqual([[1, { name: 'Nowhere', diagram: { source: 'A->>B: now here' } }]]);
	});

	it('stops listening once the note is closed, and a pending redraw never runs', async () => {
		const { app, plugin, compare, files } = await setup();
		const note = await renderReadingView(plugin, COMPARE_NOTE, 'Compare.md', 'after-post-processors');
		await settle();
		expect(app.metadataCache.listenerCount('changed')).toBe(1);
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		app.metadataCache.trigger('changed', files.stateful, STATEFUL, {});
		note.renderer.unload();
		expect(app.metadataCache.listenerCount('changed')).toBe(0);
		expect(app.vault.listenerCount('create')).toBe(0);
		expect(vi.getTimerCount()).toBe(0);
		await vi.advanceTimersByTimeAsync(1000);
		vi.useRealTimers();
		await settle();
		expect(compare.mounts).toHaveLength(1);
		expect(compare.cleanups()).toBe(1);
	});
});

describe('Compare protocols…', () => {
	function command(test: TestPlugin): obsidian.Command {
		const found = test.plugin.commands.find((c) => c.id === 'compare-protocols');
		if (!found) throw new Error('no command');
		return found;
	}

	it('is named without the plugin\'s name and has no hotkey, in English and Korean', async () => {
		const test = await setup();
		expect(command(test).name).toBe('Compare protocols…');
		expect(command(test).hotkeys).toBeUndefined();
		const korean = testPlugin('ko');
		registerCompare(withHost(korean.ctx, compareHost(countingCompare().deps), korean.memory));
		expect(command(korean).name).toBe('프로토콜 비교…');
	});

	it('picks notes one at a time and inserts the block at the cursor in one undo step', async () => {
		const test = await setup();
		const editor = new Editor('Intro\n');
		editor.setCursor({ line: 1, ch: 0 });
		const view = { file: test.files.other } as unknown as obsidian.MarkdownView;
		command(test).editorCallback?.(editor as unknown as obsidian.Editor, view);
		const first = FuzzySuggestModal.lastOpened;
		expect(first?.suggestions()).toEqual(['HTTP', 'Other', 'Stateful login']);
		first?.choose('Stateful login');
		const second = FuzzySuggestModal.lastOpened;
		expect(second).not.toBe(first);
		expect(second?.placeholder).toContain('Stateful login');
		expect(second?.suggestions()).toEqual(['HTTP', 'Other']);
		second?.choose('HTTP');
		const third = FuzzySuggestModal.lastOpened;
		// Two chosen: the first row now inserts the block.
		expect(third?.suggestions()).toEqual(['Insert the comparison', 'Other']);
		expect(editor.getValue()).toBe('Intro\n');
		third?.choose('Insert the comparison');
		expect(editor.getValue()).toBe('Intro\n```protocol-compare\n[[Stateful login]]\n[[HTTP]]\n```\n');
		expect(editor.undoSteps).toBe(1);
		expect(document.querySelector('.modal-container')).toBeNull();
	});
});
