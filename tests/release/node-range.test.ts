import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

type Version = [number, number, number];

/** `22.13.0`, `v12.22.7` or a partial `20` / `20.9` (missing parts are 0), and how many parts were given. */
function version(text: string): { v: Version; parts: number } {
	const parts = text.replace(/^v/, '').split('.').filter((p) => p !== 'x' && p !== '*' && p !== '').map(Number);
	return { v: [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0], parts: parts.length };
}

function compare(a: Version, b: Version): number {
	return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** One comparator of npm's range syntax (`>=20.19.0`, `^22.12.0`, `~1.2`, `20`, `*`) tested against `node`. */
function comparatorHolds(comparator: string, node: Version): boolean {
	const match = /^(>=|<=|>|<|\^|~|=)?\s*(.*)$/.exec(comparator);
	const op = match?.[1] ?? '';
	const { v, parts } = version(match?.[2] ?? '');
	if (parts === 0) return true;
	const c = compare(node, v);
	switch (op) {
		case '>=': return c >= 0;
		case '>': return c > 0;
		case '<=': return c <= 0;
		case '<': return c < 0;
		// ^ keeps the first non-zero part, ~ keeps the minor (or the major when only it is given).
		case '^': return c >= 0 && (v[0] !== 0 ? node[0] === v[0] : node[0] === 0 && node[1] === v[1]);
		case '~': return c >= 0 && node[0] === v[0] && (parts === 1 || node[1] === v[1]);
		default: return node[0] === v[0] && (parts < 2 || node[1] === v[1]) && (parts < 3 || node[2] === v[2]);
	}
}

/** Whether `node` satisfies an `engines.node` range: `||` alternatives of space-separated comparators. */
function satisfies(range: string, node: string): boolean {
	const n = version(node).v;
	return range.split('||').some((alt) => alt.trim().replace(/(>=|<=|>|<|\^|~|=)\s+/g, '$1').split(/\s+/).filter((c) => c !== '').every((c) => comparatorHolds(c, n)));
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { engines?: { node?: string } | string[] }> };
/** The lowest Node of each line the project supports, worked out from package.json's `^22.13.0 || >=24.0.0`. */
const LOWEST_SUPPORTED = ['22.13.0', '24.0.0'];

describe('satisfies (the range reader these tests use)', () => {
	it('reads the forms package-lock.json holds', () => {
		expect(satisfies('^20.19.0 || >=22.12.0', '22.13.0')).toBe(true);
		expect(satisfies('^20.19.0 || >=22.12.0', '21.0.0')).toBe(false);
		expect(satisfies('^18.18.0 || ^20.9.0 || >=21.1.0', '20.8.0')).toBe(false);
		expect(satisfies('20 || >=22', '21.5.0')).toBe(false);
		expect(satisfies('20 || >=22', '20.1.0')).toBe(true);
		expect(satisfies('>= 20', '24.0.0')).toBe(true);
		expect(satisfies('>=v12.22.7', '12.22.6')).toBe(false);
		expect(satisfies('*', '8.0.0')).toBe(true);
	});
});

describe('supported Node versions', () => {
	it('are stated in package.json as ^22.13.0 || >=24.0.0', () => {
		expect(pkg.engines.node).toBe('^22.13.0 || >=24.0.0');
	});

	it('include the major version .nvmrc asks for', () => {
		const nvmrc = readFileSync(join(ROOT, '.nvmrc'), 'utf8').trim();
		expect(nvmrc).toBe('22');
		expect(satisfies(pkg.engines.node, '22.13.0')).toBe(true);
	});

	it('are the ones CONTRIBUTING.md tells contributors', () => {
		expect(readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8')).toContain('Node.js 22.13 or later (22.x from 22.13, or 24 and newer)');
	});

	it('are accepted by every package npm ci installs, so that it prints no engine warning', () => {
		const refusing = LOWEST_SUPPORTED.flatMap((node) => Object.entries(lock.packages)
			.filter(([, info]) => info.engines !== undefined && !Array.isArray(info.engines) && info.engines.node !== undefined && !satisfies(info.engines.node, node))
			.map(([path]) => `${path} on ${node}`));
		expect(refusing).toEqual([]);
	});

	it('leave out Node 20, which mermaid 12 (a test dependency) does not run on', () => {
		expect(satisfies(pkg.engines.node, '20.20.0')).toBe(false);
		const mermaid = lock.packages['node_modules/mermaid']?.engines;
		expect(mermaid !== undefined && !Array.isArray(mermaid) && satisfies(mermaid.node ?? '*', '20.20.0')).toBe(false);
	});
});
