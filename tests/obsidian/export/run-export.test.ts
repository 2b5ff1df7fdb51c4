// @vitest-environment jsdom
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { installObsidianDom } from '../../fakes/obsidian/dom';
import { App } from '../../fakes/obsidian/app';
import { Notice } from '../../fakes/obsidian/notice';
import { runExport } from '../../../src/obsidian/export/run-export';
import { utf8Length } from '../../../src/core/export/file-names';
import type { PlayerHandle } from '../../../src/player/api';
import type { LargeChoice } from '../../../src/obsidian/export/large-export';
import { cannedExporter, HANDLE, SNAPSHOTS } from './canned';

beforeAll(() => installObsidianDom(window));
beforeEach(() => Notice.reset());

const NOTE = 'Protocols/Login.md';

function appWith(notes: Record<string, string> = {}): App {
	return App.fromNotes({ [NOTE]: '```protocol\nA->>B: hi\n```\n', ...notes });
}

describe('runExport', () => {
	it('writes one image per step and the slide note into the attachment folder, linking the images', async () => {
		const app = appWith();
		app.fileManager.attachmentFolder = 'attachments';
		const written = await runExport(app.asApp(), 'en', { handle: HANDLE, notePath: NOTE, what: 'slides', intervalMs: 1000 }, cannedExporter('Login').exporter);
		expect(written).toEqual({
			images: ['attachments/Login step 00.svg', 'attachments/Login step 01.svg', 'attachments/Login step 02.svg'],
			slides: 'attachments/Login slides.md',
		});
		expect(app.vault.contentOf('attachments/Login step 01.svg')).toBe('<svg>step 1</svg>');
		const slides = app.vault.contentOf('attachments/Login slides.md') ?? '';
		// The canned images are 900 × 500: scaled by 540 / 500 would enlarge them, so they keep their size.
		expect(slides).toContain('![w:900 h:500](Login%20step%2001.svg)');
		expect(slides).toContain('The Start position and 2 steps, exported from [Login](../Protocols/Login.md)');
		expect(slides.startsWith('---\nmarp: true\n')).toBe(true);
		// Front matter, the title slide and three step slides.
		expect(slides.split('\n---\n')).toHaveLength(5);
	});

	it('puts files in the note\'s own folder when attachments go there, and links back up from a subfolder', async () => {
		const app = appWith();
		app.fileManager.attachmentFolder = './assets';
		const written = await runExport(app.asApp(), 'en', { handle: HANDLE, notePath: NOTE, what: 'slides', intervalMs: 1000 }, cannedExporter(undefined).exporter);
		// No @title: the files are named after the note.
		expect(written?.images[0]).toBe('Protocols/assets/Login step 00.svg');
		expect(written?.slides).toBe('Protocols/assets/Login slides.md');
	});

	it('never replaces a file: a taken name gets a number, and the old file keeps its text', async () => {
		const app = appWith({ 'Login step 00.svg': 'old image', 'Login slides.md': 'my own notes' });
		const written = await runExport(app.asApp(), 'en', { handle: HANDLE, notePath: NOTE, what: 'slides', intervalMs: 1000 }, cannedExporter('Login').exporter);
		expect(written?.images).toEqual(['Login step 00 1.svg', 'Login step 01.svg', 'Login step 02.svg']);
		expect(written?.slides).toBe('Login slides 1.md');
		expect(app.vault.contentOf('Login step 00.svg')).toBe('old image');
		expect(app.vault.contentOf('Login slides.md')).toBe('my own notes');
		expect(app.vault.contentOf('Login slides 1.md')).toContain('](Login%20step%2000%201.svg)');
	});

	it('says in one notice what was written where, with a link that opens the slide note', async () => {
		const app = appWith();
		app.fileManager.attachmentFolder = 'attachments';
		await runExport(app.asApp(), 'en', { handle: HANDLE, notePath: NOTE, what: 'both', intervalMs: 800 }, cannedExporter('Login').exporter);
		const done = Notice.all[Notice.all.length - 1];
		expect(done?.message).toBe('Wrote 3 step images (SVG and PNG) and a slide note to attachments. Wrote the animated SVG to attachments/Login animated.svg. Open the slide note');
		done?.noticeEl?.querySelector('a')?.click();
		expect(app.workspace.opened).toEqual(['attachments/Login slides.md']);
		expect(app.vault.contentOf('attachments/Login animated.svg')).toBe('<svg>animated</svg>');
	});

	it('asks the player for the animation with the chosen time per step', async () => {
		const app = appWith();
		const canned = cannedExporter('Login');
		await runExport(app.asApp(), 'en', { handle: HANDLE, notePath: NOTE, what: 'animated', intervalMs: 2500 }, canned.exporter);
		expect(canned.calls.map((c) => [c.format, c.intervalMs])).toEqual([['animated-svg', 2500]]);
		expect(app.vault.contentOf('Login animated.svg')).toBe('<svg>animated</svg>');
		expect(app.vault.contentOf('Login slides.md')).toBeNull();
	});

	it('shows progress with a Cancel button; cancelling writes nothing and says so', async () => {
		const app = appWith();
		const writesBefore = app.vault.writes;
		const running = runExport(app.asApp(), 'en', { handle: HANDLE, notePath: NOTE, what: 'slides', intervalMs: 1000 }, cannedExporter('Login', true).exporter);
		const progress = Notice.all[0];
		expect(progress?.message).toBe('Exporting protocol steps: 1 of 3 Cancel');
		expect(progress?.duration).toBe(0);
		progress?.noticeEl?.querySelector('button')?.click();
		await expect(running).resolves.toBeUndefined();
		expect(progress?.hidden).toBe(true);
		expect(Notice.shown[Notice.shown.length - 1]).toBe('Export cancelled; nothing was written.');
		expect(app.vault.writes).toBe(writesBefore);
	});

	it('speaks Korean', async () => {
		const app = appWith();
		await runExport(app.asApp(), 'ko', { handle: HANDLE, notePath: NOTE, what: 'slides', intervalMs: 1000 }, cannedExporter('로그인').exporter);
		expect(Notice.shown[Notice.shown.length - 1]).toBe('단계 이미지 3개(SVG와 PNG)와 슬라이드 노트를 보관함 최상위 폴더에 썼습니다. 슬라이드 노트 열기');
		expect(app.vault.contentOf('로그인 슬라이드.md')).toContain('[Login](Protocols/Login.md)에서 내보낸 시작 위치와 2단계');
	});

	it('turns a failure into a notice instead of throwing', async () => {
		const app = appWith();
		const failing = () => Promise.reject(new Error('no canvas'));
		await expect(runExport(app.asApp(), 'en', { handle: HANDLE, notePath: NOTE, what: 'slides', intervalMs: 1000 }, failing)).resolves.toBeUndefined();
		expect(Notice.shown).toEqual(['Export failed: no canvas']);
	});

	it('writes a PNG beside each step SVG when the export drew them', async () => {
		const app = appWith();
		// A PNG as the player gives it: a Blob (only its bytes are read).
		const png = { arrayBuffer: () => Promise.resolve(new Uint8Array([0x89, 0x50, 0x4e, 0x47]).buffer) } as Blob;
		const exporter = async (_handle: PlayerHandle, options: { png?: boolean }) => {
			const svgs = SNAPSHOTS.map((_, i) => `<svg>step ${i}</svg>`);
			return { svgs, sizes: svgs.map(() => ({ width: 10, height: 10 })), snapshots: SNAPSHOTS, choices: [], title: 'Login', ...(options.png === true ? { pngs: svgs.map(() => png) } : {}) };
		};
		const written = await runExport(app.asApp(), 'en', { handle: HANDLE, notePath: NOTE, what: 'slides', intervalMs: 1000 }, exporter);
		expect(written?.pngs).toEqual(['Login step 00.png', 'Login step 01.png', 'Login step 02.png']);
		expect(Array.from(app.vault.bytesOf('Login step 01.png') ?? [])).toEqual([0x89, 0x50, 0x4e, 0x47]);
	});

	it('keeps every name within 255 bytes: 80 Hangul syllables are cut, endings and numbers included', async () => {
		const app = appWith();
		const title = '가'.repeat(80);
		const written = await runExport(app.asApp(), 'ko', { handle: HANDLE, notePath: NOTE, what: 'both', intervalMs: 1000 }, cannedExporter(title).exporter);
		const paths = [...(written?.images ?? []), written?.slides ?? '', written?.animated ?? ''];
		expect(paths).toHaveLength(5);
		for (const path of paths) expect(utf8Length(path)).toBeLessThanOrEqual(255);
		// " 애니메이션.svg" is the longest ending (1 + 5 × 3 + 4 = 20 bytes): 255 − 20 − 8 = 227 bytes, 75 syllables of 3 bytes.
		expect(written?.animated).toBe(`${'가'.repeat(75)} 애니메이션.svg`);
	});

	it('names what was written when writing fails half-way', async () => {
		const app = appWith();
		const create = app.vault.create.bind(app.vault);
		app.vault.create = (path: string, data: string) => (path.includes('step 02') ? Promise.reject(new Error('ENAMETOOLONG')) : create(path, data));
		await expect(runExport(app.asApp(), 'en', { handle: HANDLE, notePath: NOTE, what: 'slides', intervalMs: 1000 }, cannedExporter('Login').exporter)).resolves.toBeUndefined();
		expect(Notice.shown[Notice.shown.length - 1]).toBe('Export failed: ENAMETOOLONG. Written before it failed: Login step 00.svg, Login step 01.svg.');
	});

	it('lets two exports of one title run at once: each file gets its own name, none fails', async () => {
		const app = appWith();
		const [first, second] = await Promise.all([
			runExport(app.asApp(), 'en', { handle: HANDLE, notePath: NOTE, what: 'slides', intervalMs: 1000 }, cannedExporter('Login').exporter),
			runExport(app.asApp(), 'en', { handle: HANDLE, notePath: NOTE, what: 'slides', intervalMs: 1000 }, cannedExporter('Login').exporter),
		]);
		const all = [...(first?.images ?? []), first?.slides, ...(second?.images ?? []), second?.slides];
		expect(all).toHaveLength(8);
		expect(new Set(all).size).toBe(8);
		expect(Notice.shown.filter((text) => text.startsWith('Export failed'))).toEqual([]);
	});

	describe('a long export', () => {
		/** A handle whose player has `steps` steps and a small drawing. */
		const longHandle = (steps: number): PlayerHandle => ({ ...HANDLE, exportSource: () => ({ count: () => steps + 1, svg: new DOMParser().parseFromString('<svg xmlns="http://www.w3.org/2000/svg"/>', 'image/svg+xml').documentElement }) as never });

		it('asks first above 200 steps, and exports the animated SVG instead when chosen', async () => {
			const app = appWith();
			const asked: Array<{ steps: number; files: number }> = [];
			const canned = cannedExporter('Login');
			const askLarge = (_app: unknown, _language: unknown, large: { steps: number; files: number }): Promise<LargeChoice> => Promise.resolve(void asked.push(large)).then(() => 'animated' as const);
			const written = await runExport(app.asApp(), 'en', { handle: longHandle(201), notePath: NOTE, what: 'slides', intervalMs: 1000 }, canned.exporter, { askLarge });
			// 202 positions: an SVG and a PNG each, and the slide note.
			expect(asked).toEqual([{ steps: 201, files: 405, megabytes: 1 }]);
			expect(canned.calls.map((call) => call.format)).toEqual(['animated-svg']);
			expect(written?.animated).toBe('Login animated.svg');
			expect(written?.images).toEqual([]);
		});

		it('does not ask at 200 steps, and writes nothing when the question is cancelled', async () => {
			const app = appWith();
			const canned = cannedExporter('Login');
			let asks = 0;
			const askLarge = (): Promise<LargeChoice> => Promise.resolve(void asks++).then(() => 'cancel' as const);
			await runExport(app.asApp(), 'en', { handle: longHandle(200), notePath: NOTE, what: 'slides', intervalMs: 1000 }, canned.exporter, { askLarge });
			expect(asks).toBe(0);
			const writes = app.vault.writes;
			await expect(runExport(app.asApp(), 'en', { handle: longHandle(2000), notePath: NOTE, what: 'both', intervalMs: 1000 }, canned.exporter, { askLarge })).resolves.toBeUndefined();
			expect(asks).toBe(1);
			expect(app.vault.writes).toBe(writes);
		});

		it('asks in a modal that offers the animated SVG, one HTML file, every image anyway, or nothing', async () => {
			const app = appWith();
			const html = (): Promise<string> => Promise.resolve('<!doctype html>');
			const running = runExport(app.asApp(), 'en', { handle: longHandle(2000), notePath: NOTE, what: 'slides', intervalMs: 1000 }, cannedExporter('Login').exporter, { html });
			const modal = document.querySelector('.modal');
			expect(modal?.querySelector('.modal-title')?.textContent).toBe('A long export');
			expect(modal?.querySelector('p')?.textContent).toMatch(/^This walk-through has 2000 steps: one image per step writes 4003 files, about \d+ MB\./);
			const buttons = Array.from(modal?.querySelectorAll('button') ?? []);
			expect(buttons.map((b) => b.textContent)).toEqual(['Export the animated SVG instead', 'Export one HTML file instead', 'Cancel', 'Export every image anyway']);
			buttons[1]?.click();
			const written = await running;
			expect(written?.html).toBe('Login.html');
			expect(app.vault.contentOf('Login.html')).toBe('<!doctype html>');
		});
	});
});
