// Obsidian's own review rules (eslint-plugin-obsidianmd) with typescript-eslint's type-checked rules.
import { defineConfig, globalIgnores } from 'eslint/config';
import obsidianmd from 'eslint-plugin-obsidianmd';
import globals from 'globals';

export default defineConfig([
	globalIgnores(['node_modules/', 'main.js', 'dist/', 'example-vault/', 'docs/', 'coverage/']),
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: { allowDefaultProject: ['eslint.config.mjs', 'esbuild.config.mjs', 'scripts/*.mjs'] },
				tsconfigRootDir: import.meta.dirname,
			},
		},
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
