// Obsidian's own review rules (eslint-plugin-obsidianmd) with typescript-eslint's type-checked rules.
import { defineConfig, globalIgnores } from 'eslint/config';
import obsidianmd from 'eslint-plugin-obsidianmd';
import globals from 'globals';

/**
 * The layer table of CONTRIBUTING.md, as import rules: what each folder of src/ must not import.
 * Module names are matched by path segment, so `obsidian` (the package) and `../obsidian/…` are both caught.
 */
const layer = (segments, why) => ({
	regex: `(^|/)(${segments.join('|')})(/|$)`,
	message: `${why} (CONTRIBUTING.md, "Layers").`,
});
/** Every layer outside the core reaches it through src/core/index.ts only, so the core's inside can change. */
const coreByIndexOnly = {
	regex: '(^|/)core/(?!index$).+',
	message: 'Import the core from its index (`../core`), not from its files: export what you need from src/core/index.ts.',
};
// The player's face (src/player/index.ts): Obsidian and the standalone script see only what it exports.
const playerByIndexOnly = {
	regex: '(^|/)player/(?!index$).+',
	message: 'Import the player from its index (`../player`), not from its files: export what you need from src/player/index.ts.',
};
const restrict = (...patterns) => ['error', { patterns }];

export default defineConfig([
	globalIgnores(['node_modules/', 'main.js', 'dist/', 'example-vault/', 'docs/', 'coverage/', '.ci-node/', 'test-results/']),
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				// Config files and Node scripts are plain .mjs outside tsconfig; one default project covers them all.
				projectService: { allowDefaultProject: ['eslint.config.mjs', 'esbuild.config.mjs', 'scripts/*.mjs', 'scripts/capture/*.mjs'], maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 40 },
				tsconfigRootDir: import.meta.dirname,
			},
		},
	},
	{
		files: ['src/core/**/*.ts'],
		rules: {
			'no-restricted-imports': restrict(layer(['i18n', 'player', 'obsidian', 'standalone', 'mermaid'], 'The core is plain data: no words shown, no DOM player, no Obsidian, no Mermaid')),
			// Plain data means no DOM either; these would only exist in a browser.
			'no-restricted-globals': ['error', 'document', 'window', 'navigator', 'HTMLElement', 'Element', 'DOMParser', 'activeDocument', 'activeWindow'],
		},
	},
	{
		files: ['src/i18n/**/*.ts'],
		rules: { 'no-restricted-imports': restrict(layer(['player', 'obsidian', 'standalone'], 'i18n holds words only: no player, no Obsidian'), coreByIndexOnly) },
	},
	{
		files: ['src/player/**/*.ts'],
		rules: { 'no-restricted-imports': restrict(layer(['obsidian', 'standalone'], 'The player knows the DOM and Mermaid, not Obsidian'), coreByIndexOnly) },
	},
	{
		// The presenter (issue 18) says what the player's views and its exports show, as data and words: no DOM,
		// so that both draw from it and Node tests read it.
		files: ['src/player/present/**/*.ts'],
		rules: {
			'no-restricted-imports': restrict(
				layer(['obsidian', 'standalone', 'mermaid', 'export'], 'The presenter is data and words for the views and the export: no Obsidian, no Mermaid, no export'),
				{ regex: '^\\.\\./(dom|dom-checks|player-view|state-cards)$', message: 'The presenter draws nothing: no DOM helpers or views (src/player/present).' },
				coreByIndexOnly,
			),
			'no-restricted-globals': ['error', 'document', 'window', 'navigator', 'HTMLElement', 'Element', 'DOMParser', 'activeDocument', 'activeWindow'],
		},
	},
	{
		files: ['src/standalone/**/*.ts'],
		rules: { 'no-restricted-imports': restrict(layer(['obsidian'], 'The standalone script runs on any page, without Obsidian'), coreByIndexOnly, playerByIndexOnly) },
	},
	{
		files: ['src/obsidian/**/*.ts', 'src/main.ts'],
		rules: { 'no-restricted-imports': restrict(coreByIndexOnly, playerByIndexOnly) },
	},
	{
		// SPEC §3 names string-width (beside get-east-asian-width) for display widths of table cells; the
		// Obsidian preset's list of packages to replace would otherwise reject it.
		files: ['package.json'],
		rules: { 'depend/ban-dependencies': ['error', { presets: ['native', 'microutilities', 'preferred'], allowed: ['string-width'] }] },
	},
	{
		// Build scripts, tests and benches run in Node, never inside Obsidian.
		files: ['*.mjs', '*.ts', 'scripts/**', 'tests/**', 'bench/**'],
		languageOptions: { globals: { ...globals.node } },
		rules: {
			'obsidianmd/no-nodejs-modules': 'off',
			'obsidianmd/hardcoded-config-path': 'off',
			'obsidianmd/no-global-this': 'off',
			'import/no-nodejs-modules': 'off',
		},
	},
]);
