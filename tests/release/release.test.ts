import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..');

/** A workflow step as GitHub Actions reads it. */
interface Step {
	name?: string;
	uses?: string;
	run?: string;
	with?: Record<string, string>;
}

/** The parts of a workflow these tests look at. */
interface Workflow {
	on: Record<string, { tags?: string[] } | null>;
	permissions?: Record<string, string>;
	jobs: Record<string, { 'runs-on': string; steps: Step[] }>;
}

function readJson<T>(file: string): T {
	return JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as T;
}

function readWorkflow(file: string): Workflow {
	return parse(readFileSync(join(ROOT, '.github', 'workflows', file), 'utf8')) as Workflow;
}

/** The steps of a workflow's only job. */
function stepsOf(workflow: Workflow): Step[] {
	const jobs = Object.values(workflow.jobs);
	expect(jobs).toHaveLength(1);
	return jobs[0]?.steps ?? [];
}

/** Position of the first step whose `run` (or `uses`) contains `text`; -1 when none does. */
function stepIndex(steps: Step[], text: string): number {
	return steps.findIndex((s) => (s.run ?? s.uses ?? '').includes(text));
}

/** GitHub's tag filter syntax (`*`, `+`, `?`, `[0-9]`) as a regular expression over the whole tag. */
function tagFilter(pattern: string): RegExp {
	const body = pattern.replace(/\./g, '\\.').replace(/\*/g, '[^/]*');
	return new RegExp(`^${body}$`);
}

describe('ci workflow', () => {
	const workflow = readWorkflow('ci.yml');

	it('runs on every push and every pull request', () => {
		expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
	});

	it('runs .ci/run on the Node version of .nvmrc', () => {
		const steps = stepsOf(workflow);
		expect(steps.some((s) => s.run === 'bash .ci/run')).toBe(true);
		expect(steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.['node-version-file']).toBe('.nvmrc');
		expect(stepIndex(steps, 'actions/checkout@')).toBe(0);
	});
});

describe('release workflow', () => {
	const workflow = readWorkflow('release.yml');
	const steps = stepsOf(workflow);

	it('runs on pushed tags only, and its tag filter takes "0.2.0" but not "v0.2.0"', () => {
		expect(Object.keys(workflow.on)).toEqual(['push']);
		const tags = workflow.on.push?.tags ?? [];
		expect(tags.length).toBeGreaterThan(0);
		expect(tags.some((t) => tagFilter(t).test('0.2.0'))).toBe(true);
		expect(tags.some((t) => tagFilter(t).test('v0.2.0'))).toBe(false);
	});

	it('may write releases', () => {
		expect(workflow.permissions?.contents).toBe('write');
	});

	it('checks the tag against manifest.json before anything else is done', () => {
		const check = stepIndex(steps, 'manifest.json');
		expect(check).toBeGreaterThan(-1);
		expect(steps[check]?.run).toContain('GITHUB_REF_NAME');
		expect(steps[check]?.run).toContain('exit 1');
		expect(check).toBeLessThan(stepIndex(steps, 'npm ci'));
	});

	it('installs, installs Chromium, lints, builds and tests, in that order, before publishing', () => {
		const order = ['npm ci', 'apt-get install', 'npm run lint', 'npm run build', 'npm test', 'gh release create'].map((t) => stepIndex(steps, t));
		expect(order.every((i) => i > -1)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
	});

	it('publishes a draft release whose assets are main.js, manifest.json and styles.css', () => {
		const publish = steps[stepIndex(steps, 'gh release create')]?.run ?? '';
		expect(publish).toContain('--draft');
		const words = publish.replace(/\\\n/g, ' ').split(/\s+/);
		expect(words.filter((w) => /\.(js|json|css)$/.test(w)).sort()).toEqual(['main.js', 'manifest.json', 'styles.css']);
	});
});

describe('versions', () => {
	const pkg = readJson<{ version: string; license: string }>('package.json');
	const manifest = readJson<{ version: string; minAppVersion: string }>('manifest.json');
	const versions = readJson<Record<string, string>>('versions.json');

	it('are the same in package.json, package-lock.json and manifest.json', () => {
		const lock = readJson<{ version: string; packages: Record<string, { version?: string }> }>('package-lock.json');
		expect(manifest.version).toBe(pkg.version);
		expect(lock.version).toBe(pkg.version);
		expect(lock.packages['']?.version).toBe(pkg.version);
	});

	it("map the manifest's version to its minAppVersion in versions.json", () => {
		expect(versions[manifest.version]).toBe(manifest.minAppVersion);
	});

	it('have a CHANGELOG section for the current version, under the Unreleased one', () => {
		const headings = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8').split('\n').filter((l) => l.startsWith('## '));
		expect(headings[0]).toBe('## Unreleased');
		expect(headings[1]?.startsWith(`## ${manifest.version} `)).toBe(true);
	});

	it('come with the MIT licence that package.json names', () => {
		expect(pkg.license).toBe('MIT');
		expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8').startsWith('MIT License\n')).toBe(true);
	});
});

describe('npm version', () => {
	let dir: string;
	const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();

	beforeAll(() => {
		// A copy of the project's version files, at a version of its own, in a git repository of its own.
		dir = mkdtempSync(join(tmpdir(), 'protocol-version-'));
		const pkg = readJson<Record<string, unknown>>('package.json');
		writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: pkg.name, version: '1.4.9', private: true, scripts: pkg.scripts }, null, '\t'));
		writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ id: 'protocol-notes', version: '1.4.9', minAppVersion: '1.1.0' }, null, '\t'));
		writeFileSync(join(dir, 'versions.json'), JSON.stringify({ '1.4.9': '1.1.0' }, null, '\t'));
		cpSync(join(ROOT, '.npmrc'), join(dir, '.npmrc'));
		mkdirSync(join(dir, 'scripts'));
		cpSync(join(ROOT, 'scripts', 'version-bump.mjs'), join(dir, 'scripts', 'version-bump.mjs'));
		const identity = ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid'];
		git('init', '-q');
		git('add', '.');
		git(...identity, 'commit', '-q', '-m', 'start');
		execFileSync('npm', ['version', 'minor'], {
			cwd: dir,
			encoding: 'utf8',
			env: { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.invalid', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.invalid' },
		});
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	const read = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;

	it('bumps package.json and manifest.json together', () => {
		expect(read('package.json').version).toBe('1.5.0');
		expect(read('manifest.json').version).toBe('1.5.0');
	});

	it('adds the new version to versions.json with the minAppVersion, keeping the old one', () => {
		expect(read('versions.json')).toEqual({ '1.4.9': '1.1.0', '1.5.0': '1.1.0' });
	});

	it('commits all three files and tags the commit without a "v"', () => {
		expect(git('show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual(['manifest.json', 'package.json', 'versions.json']);
		expect(git('tag', '--points-at', 'HEAD')).toBe('1.5.0');
		expect(git('status', '--porcelain')).toBe('');
	});
});
