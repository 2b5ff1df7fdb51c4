import { Linter } from 'eslint';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * The layer rules of eslint.config.mjs, run on small pieces of code: only the entries that restrict imports
 * or globals, with the TypeScript parser, so no type-checked rule has to load the whole project.
 */
let layerRules: Linter.Config[];

beforeAll(async () => {
	// A computed URL keeps TypeScript from wanting a declaration file for the plain-JavaScript config.
	// eslint-disable-next-line no-unsanitized/method -- a fixed file of this project, not user input
	const config = (await import(pathToFileURL(join(ROOT, 'eslint.config.mjs')).href) as { default: Linter.Config[] }).default;
	// The project's own entries for src/ folders; the shared Obsidian presets before them are left out.
	layerRules = config.filter((entry) => (entry.files ?? []).some((f) => typeof f === 'string' && f.startsWith('src/')));
	expect(layerRules.length).toBeGreaterThanOrEqual(5);
});

/** The rules that complain about `code` written in the file `path` (relative to the project). */
function complaints(path: string, code: string): string[] {
	const linter = new Linter({ configType: 'flat', cwd: ROOT });
	const config: Linter.Config[] = [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, ...layerRules];
	return linter.verify(code, config, join(ROOT, path)).map((m) => m.ruleId ?? m.message);
}

describe('layer rules (CONTRIBUTING.md, "Layers")', () => {
	it('keep words, the player, Obsidian, the standalone script and Mermaid out of the core', () => {
		expect(complaints('src/core/table/cells.ts', "import { playerStrings } from '../../i18n/player';")).toEqual(['no-restricted-imports']);
		expect(complaints('src/core/table/cells.ts', "import { mountPlayer } from '../../player';")).toEqual(['no-restricted-imports']);
		expect(complaints('src/core/table/cells.ts', "import { Notice } from 'obsidian';")).toEqual(['no-restricted-imports']);
		expect(complaints('src/core/table/cells.ts', "import { Upgrader } from '../../standalone/upgrader';")).toEqual(['no-restricted-imports']);
		expect(complaints('src/core/table/cells.ts', "import mermaid from 'mermaid';")).toEqual(['no-restricted-imports']);
	});

	it('keep the DOM out of the core', () => {
		expect(complaints('src/core/model.ts', 'export const body = document.body;')).toEqual(['no-restricted-globals']);
	});

	it('keep the DOM out of the player\'s presenter, which the views and the export share (issue 18)', () => {
		expect(complaints('src/player/present/cards.ts', 'export const body = document.body;')).toEqual(['no-restricted-globals']);
		expect(complaints('src/player/present/cards.ts', "import { el } from '../dom';")).toEqual(['no-restricted-imports']);
		expect(complaints('src/player/present/cards.ts', "import mermaid from 'mermaid';")).toEqual(['no-restricted-imports']);
		expect(complaints('src/player/present/cards.ts', "import { parseProtocol } from '../../core/parse/parse-protocol';")).toEqual(['no-restricted-imports']);
		expect(complaints('src/player/present/cards.ts', "import { cardRowsAt } from '../state-rows';\nimport type { PlayerModel } from '../player-model';\nimport { parseProtocol } from '../../core';")).toEqual([]);
		// The rest of the player keeps the DOM.
		expect(complaints('src/player/dom.ts', 'export const body = document.body;')).toEqual([]);
	});

	it('let the core import its own files', () => {
		expect(complaints('src/core/table/comparison-table.ts', "import { formatValue } from './cells';\nimport type { Step } from '../model';")).toEqual([]);
	});

	it('keep Obsidian and the player out of i18n', () => {
		expect(complaints('src/i18n/plugin.ts', "import { Notice } from 'obsidian';")).toEqual(['no-restricted-imports']);
		expect(complaints('src/i18n/plugin.ts', "import type { PlayerStrings } from '../player/api';")).toEqual(['no-restricted-imports']);
	});

	it('keep Obsidian out of the player and the standalone script', () => {
		expect(complaints('src/player/dom.ts', "import { Notice } from 'obsidian';")).toEqual(['no-restricted-imports']);
		expect(complaints('src/player/dom.ts', "import type { PluginContext } from '../obsidian/context';")).toEqual(['no-restricted-imports']);
		expect(complaints('src/standalone/upgrader.ts', "import { Notice } from 'obsidian';")).toEqual(['no-restricted-imports']);
	});

	it('let every other layer reach the core through its index only', () => {
		for (const [path, core] of [['src/player/dom.ts', '../core'], ['src/i18n/player.ts', '../core'], ['src/standalone/upgrader.ts', '../core'], ['src/obsidian/table/insert.ts', '../../core'], ['src/main.ts', './core']]) {
			expect(complaints(path, `import { parseProtocol } from '${core}/parse/parse-protocol';`)).toEqual(['no-restricted-imports']);
			expect(complaints(path, `import { parseProtocol } from '${core}';`)).toEqual([]);
			expect(complaints(path, `import { parseProtocol } from '${core}/index';`)).toEqual([]);
		}
	});

	it('let the Obsidian layer import obsidian, the player and the words', () => {
		expect(complaints('src/obsidian/blocks/player-child.ts', "import { MarkdownRenderChild } from 'obsidian';\nimport { mountPlayer } from '../../player';\nimport { pluginStrings } from '../../i18n/plugin';")).toEqual([]);
	});

	it('let Obsidian and the standalone script reach the player through its index only', () => {
		for (const [path, player] of [['src/standalone/upgrader.ts', '../player'], ['src/obsidian/blocks/player-child.ts', '../../player'], ['src/main.ts', './player']]) {
			expect(complaints(path, `import { mountPlayer } from '${player}/mount-player';`)).toEqual(['no-restricted-imports']);
			expect(complaints(path, `import type { CompareSideSpec } from '${player}/compare/compare-api';`)).toEqual(['no-restricted-imports']);
			expect(complaints(path, `import { mountPlayer } from '${player}';`)).toEqual([]);
			expect(complaints(path, `import { mountPlayer } from '${player}/index';`)).toEqual([]);
		}
	});

	it('let the player import its own files', () => {
		expect(complaints('src/player/compare/mount-compare.ts', "import { mountPlayer } from '../mount-player';\nimport { el } from '../dom';")).toEqual([]);
	});
});
