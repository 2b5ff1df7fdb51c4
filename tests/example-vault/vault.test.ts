import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { App, Notice } from '../fakes/obsidian';
import { refreshTables } from '../../src/obsidian/table/refresh';
import type { PluginContext } from '../../src/obsidian/context';
import { DEFAULT_SETTINGS } from '../../src/obsidian/settings/model';
import { playerStrings } from '../../src/i18n/player';
import { tableStrings } from '../../src/i18n/tables';
import { pluginStrings } from '../../src/i18n/plugin';
import { writingStrings } from '../../src/i18n/writing';
import { templateStrings } from '../../src/i18n/templates';
import { codeBlocks, EXAMPLE_VAULT, exampleNotePaths, readExampleNote, REFERENCE_COPY } from '../support/note-blocks';

/** Every `[[target]]`, `[[target|shown]]` and `[[target#heading]]` of a note: the target only. */
function wikiLinks(text: string): string[] {
	const links: string[] = [];
	let at = text.indexOf('[[');
	while (at >= 0) {
		const end = text.indexOf(']]', at + 2);
		if (end < 0) break;
		const inner = text.slice(at + 2, end);
		links.push(inner.split('|')[0]?.split('#')[0]?.trim() ?? '');
		at = text.indexOf('[[', end + 2);
	}
	return links;
}

const paths = exampleNotePaths();

describe('the example vault', () => {
	it('has no wiki link to a missing note, in the text or the properties of any note', () => {
		// Obsidian resolves a link by the note's name or by its path, without `.md`, ignoring case.
		const known = new Set(paths.flatMap((path) => [basename(path, '.md'), path.replace(/\.md$/, ''), path]).map((name) => name.toLowerCase()));
		const broken = paths.flatMap((path) => wikiLinks(readExampleNote(path)).filter((link) => !known.has(link.toLowerCase())).map((link) => `${path} → [[${link}]]`));
		expect(broken).toEqual([]);
		// The check sees links at all: the comparison note links three notes and its table three more.
		expect(wikiLinks(readExampleNote('프로토콜 비교.md'))).toHaveLength(9);
	});

	it('keeps the reference note byte for byte as its author wrote it (3019 bytes, SHA-256 0c2e8673…)', () => {
		const bytes = Buffer.from(readExampleNote(REFERENCE_COPY), 'utf8');
		expect(bytes.length).toBe(3019);
		expect(createHash('sha256').update(bytes).digest('hex')).toBe('0c2e8673a9cb09deb01ff986db5bae0ab43fb0a7d04730acf532b57a0f189462');
	});

	it('names the copy of the reference note so that it cannot be taken for the main note', () => {
		const copy = basename(REFERENCE_COPY, '.md');
		expect(copy).not.toBe('상태유지 프로토콜 (Stateful)');
		expect(copy.startsWith('Reference copy')).toBe(true);
		// No other note carries the main note's name, so [[상태유지 프로토콜 (Stateful)]] means one note.
		expect(paths.filter((path) => basename(path, '.md') === '상태유지 프로토콜 (Stateful)')).toEqual(['상태유지 프로토콜 (Stateful).md']);
	});
});

describe('프로토콜 비교.md', () => {
	it('holds exactly the table Refresh comparison tables writes from the notes as they are', async () => {
		const app = App.fromFolder(EXAMPLE_VAULT);
		const settings = structuredClone(DEFAULT_SETTINGS);
		const ctx = { app: app.asApp(), settings: () => settings, saveSettings: () => Promise.resolve(), language: 'ko' } as unknown as PluginContext;
		const before = app.vault.contentOf('프로토콜 비교.md');
		const report = await refreshTables(ctx, app.vault.fileAt('프로토콜 비교.md'));
		expect(report).toMatchObject({ changed: 0, tables: 1, problems: [], missing: [] });
		expect(app.vault.contentOf('프로토콜 비교.md'), 'stale table: run `npm run example-table`').toBe(before);
		expect(app.vault.writes).toBe(0);
		expect(Notice.shown).toEqual(['비교표가 이미 최신입니다.']);
	});

	it("does not count the links in its own table's cells as notes to compare", async () => {
		const app = App.fromFolder(EXAMPLE_VAULT);
		const settings = structuredClone(DEFAULT_SETTINGS);
		const ctx = { app: app.asApp(), settings: () => settings, saveSettings: () => Promise.resolve(), language: 'ko' } as unknown as PluginContext;
		// The table links [[HTTP]], [[TCP]] and [[Redis]] under `example`; a refresh keeps its three columns.
		await refreshTables(ctx, app.vault.fileAt('프로토콜 비교.md'));
		const header = (app.vault.contentOf('프로토콜 비교.md') ?? '').split('\n').find((line) => line.startsWith('| 항목'));
		expect(header?.split('|').map((cell) => cell.trim()).filter((cell) => cell !== '')).toEqual(['항목', '[[무상태 프로토콜 (Stateless)]]', '[[상태유지 프로토콜 (Stateful)]]', '[[세션과 수평 확장]]']);
	});
});

describe('Start here', () => {
	const DIRECTIVES = ['@title', '@kind', '@state', '@needs', '@durable', '@restart', '@drop', '@on-failure', '@phase'];

	for (const [note, language] of [['Start here.md', 'en'], ['여기서 시작.md', 'ko']] as const) {
		describe(note, () => {
			const text = readExampleNote(note);
			const blocks = codeBlocks(text, 'protocol').map((b) => b.source);

			it('has a protocol block for every directive, each followed by what to try', () => {
				for (const directive of DIRECTIVES) {
					expect(blocks.some((source) => source.includes(`%% ${directive}`)), directive).toBe(true);
				}
				const tries = language === 'en' ? 'Try:' : '해 보기:';
				expect(text.split('\n').filter((line) => line.startsWith(tries)).length).toBeGreaterThanOrEqual(DIRECTIVES.length);
			});

			it('shows a protocol-compare block of the two login notes under a restart', () => {
				expect(codeBlocks(text, 'protocol-compare').map((b) => b.source)).toEqual(['[[Stateful login]]\n[[Stateless login]]\nfault: restart Server after Login Response\n']);
			});

			it("names the fault tools and the table commands as the plugin shows them in the note's language", () => {
				const player = playerStrings(language);
				const tables = tableStrings(language);
				for (const words of [player.restart, player.clearFaults, tables.commands.insert, tables.commands.refresh]) expect(text).toContain(`**${words}**`);
			});

			it("names the writing commands and a template as the plugin shows them in the note's language", () => {
				expect(text).toContain(`**${pluginStrings(language).commands.insertProtocolBlock}**`);
				expect(text).toContain(`**${writingStrings(language).openPreview}**`);
				expect(text).toContain(`*${templateStrings(language).titles['tcp-handshake']}*`);
			});
		});
	}
});
