// @vitest-environment jsdom
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { installObsidianDom } from '../../fakes/obsidian/dom';
import { App } from '../../fakes/obsidian/app';
import { Notice } from '../../fakes/obsidian/notice';
import { runExport } from '../../../src/obsidian/export/run-export';
import { cannedExporter, HANDLE } from './canned';

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
		expect(done?.message).toBe('Wrote 3 step images and a slide note to attachments. Wrote the animated SVG to attachments/Login animated.svg. Open the slide note');
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
		expect(Notice.shown[Notice.shown.length - 1]).toBe('단계 이미지 3개와 슬라이드 노트를 보관함 최상위 폴더에 썼습니다. 슬라이드 노트 열기');
		expect(app.vault.contentOf('로그인 슬라이드.md')).toContain('[Login](Protocols/Login.md)에서 내보낸 시작 위치와 2단계');
	});

	it('turns a failure into a notice instead of throwing', async () => {
		const app = appWith();
		const failing = () => Promise.reject(new Error('no canvas'));
		await expect(runExport(app.asApp(), 'en', { handle: HANDLE, notePath: NOTE, what: 'slides', intervalMs: 1000 }, failing)).resolves.toBeUndefined();
		expect(Notice.shown).toEqual(['Export failed: no canvas']);
	});
});
