// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { App } from 'obsidian';
import { Component } from '../../fakes/obsidian/component';
import { installObsidianDom } from '../../fakes/obsidian/dom';
import { registerComparisonBasesView } from '../../../src/obsidian/table/bases-view';
import { renderComparisonGrid } from '../../../src/obsidian/table/comparison-grid';
import { fixture } from './fixture';

// Obsidian 1.10's BasesView, as small as this view needs: the app sets app, config and data, then calls onDataUpdated.
const bases = vi.hoisted(() => ({ enabled: false }));
vi.mock('obsidian', async (importOriginal) => {
	const original = await importOriginal<Record<string, unknown>>();
	const { Component: Base } = await import('../../fakes/obsidian/component');
	class BasesView extends Base {
		app!: App;
		config!: unknown;
		data!: unknown;
		constructor(controller: unknown) {
			super();
			void controller;
		}
	}
	const Keymap = { isModEvent: (event: MouseEvent) => event.ctrlKey || event.metaKey };
	const mocked: Record<string, unknown> = { ...original, Keymap };
	// Absent on apps older than 1.10: the export reads as undefined until a test turns Bases on.
	Object.defineProperty(mocked, 'BasesView', { enumerable: true, get: () => (bases.enabled ? BasesView : undefined) });
	return mocked;
});

beforeAll(() => installObsidianDom(window));

describe('renderComparisonGrid', () => {
	it('draws notes as columns and properties as rows, with text as text', () => {
		const el = createDiv();
		renderComparisonGrid(el, 'Property', [{ name: 'A', linktext: 'A.md' }, { name: 'B', linktext: 'dir/B.md' }], [{ label: 'x', cells: ['<b>1</b>', '—'] }], 'none');
		expect([...el.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Property', 'A', 'B']);
		expect(el.querySelector('thead a')?.getAttribute('data-href')).toBe('A.md');
		expect([...el.querySelectorAll('tbody tr > *')].map((cell) => cell.textContent)).toEqual(['x', '<b>1</b>', '—']);
		expect(el.querySelector('b')).toBeNull();
	});

	it('says so when the base has no notes', () => {
		const el = createDiv();
		renderComparisonGrid(el, 'Property', [], [], 'No notes in this view.');
		expect(el.textContent).toBe('No notes in this view.');
	});
});

describe('registerComparisonBasesView', () => {
	it('uses the Bases types obsidian ships, without double casts (issue 10)', () => {
		const source = readFileSync(join(process.cwd(), 'src/obsidian/table/bases-view.ts'), 'utf8');
		expect(source).not.toContain('as unknown as');
		expect(source).toMatch(/import \{[^}]*\bBasesView\b[^}]*\bQueryController\b[^}]*\} from 'obsidian'/);
	});

	it('registers nothing, and does not throw, on an app older than Bases', () => {
		bases.enabled = false;
		const f = fixture('en');
		const registerBasesView = vi.fn(() => true);
		Object.assign(f.plugin, { registerBasesView });
		expect(registerComparisonBasesView(f.ctx)).toBe(false);
		expect(registerBasesView).not.toHaveBeenCalled();
	});

	it('shows the base\'s notes as columns and its properties as rows, formatted like the Markdown table, and opens a note on click', () => {
		bases.enabled = true;
		const f = fixture('ko');
		f.settings.tableLabels = { keeps_state: '상태 유지' };
		let factory: ((controller: unknown, el: HTMLElement) => unknown) | undefined;
		Object.assign(f.plugin, {
			registerBasesView: (id: string, registration: { name: string; factory: typeof factory }) => {
				expect([id, registration.name]).toEqual(['protocol-comparison', '비교']);
				factory = registration.factory;
				return true;
			},
		});
		expect(registerComparisonBasesView(f.ctx)).toBe(true);
		const el = createDiv();
		const view = factory?.({}, el) as Component & { app: App; config: unknown; data: unknown; onDataUpdated(): void };
		const files = ['TCP.md', 'HTTP.md'].map((path) => f.app.vault.fileAt(path));
		view.app = f.ctx.app;
		view.config = { getOrder: () => ['file.name', 'note.keeps_state', 'note.layer', 'file.ext'], getDisplayName: (id: string) => `(${id})` };
		view.data = { data: files.map((file) => ({ file, getValue: (id: string) => (id === 'file.ext' ? { toString: () => 'md' } : null) })) };
		view.load();
		view.onDataUpdated();
		expect([...el.querySelectorAll('tr')].map((tr) => [...tr.children].map((cell) => cell.textContent))).toEqual([
			['항목', 'TCP', 'HTTP'],
			['상태 유지', '✅', '❌'],
			['(note.layer)', 'transport', 'application'],
			['(file.ext)', 'md', 'md'],
		]);
		el.querySelector<HTMLElement>('thead a')?.click();
		expect(f.app.workspace.opened).toEqual(['TCP.md']);
		view.unload();
		expect(view.cleanupCount).toBe(0);
	});
});
