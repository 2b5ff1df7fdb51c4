import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../scripts/demo/server';

const ROOT = join(import.meta.dirname, '..', '..');

/** Sends a path exactly as written (a URL parser would normalise `/../`), returning status, content type and body. */
function get(server: DemoServer, path: string): Promise<{ status: number; type: string; body: string }> {
	return new Promise((resolve, reject) => {
		const req = request({ host: '127.0.0.1', port: server.port, path, method: 'GET' }, (res) => {
			let body = '';
			res.setEncoding('utf8');
			res.on('data', (chunk: string) => (body += chunk));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'] ?? '', body }));
		});
		req.on('error', reject);
		req.end();
	});
}

describe('demo server', () => {
	let server: DemoServer;
	beforeAll(async () => {
		server = await startDemoServer({ port: 0, root: ROOT });
	});
	afterAll(async () => {
		await server.close();
	});

	it('listens on the loopback at the port it was given a free one for', () => {
		expect(server.port).toBeGreaterThan(0);
		expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
	});

	it('lists every note of the example vault on the index, the reference note under seed/ included', async () => {
		const res = await get(server, '/');
		expect(res.status).toBe(200);
		expect(res.type).toContain('text/html');
		const html = res.body;
		expect(html).toContain('href="/notes/HTTP"');
		expect(html).toContain('href="/notes/Stateful%20login"');
		expect(html).toContain('href="/notes/TCP"');
		// seed/Reference copy (unchanged) - 상태유지 프로토콜.md, every segment percent-encoded.
		expect(html).toContain(`href="/notes/seed/${encodeURIComponent('Reference copy (unchanged) - 상태유지 프로토콜')}"`);
	});

	it('renders a note with its properties, wikilinks as links and protocol fences left for the player', async () => {
		const res = await get(server, '/notes/Stateful%20login');
		expect(res.status).toBe(200);
		const html = res.body;
		expect(html).toContain('<title>Stateful login · Protocol Notes demo</title>');
		expect(html).toContain('<html lang="en" data-protocol-base="/vault">');
		// Frontmatter `example: "[[TCP]]"` becomes a row whose value links to the TCP note.
		expect(html).toContain('<tr><th>example</th><td><a class="internal-link" href="/notes/TCP">TCP</a></td></tr>');
		expect(html).toContain('<tr><th>scalability</th><td>limited</td></tr>');
		expect(html).toContain('<pre><code class="language-protocol">%% @title Stateful login (server-side session)');
		expect(html).toContain('<script src="/assets/mermaid.min.js"></script>');
		expect(html).toContain('<script src="/assets/protocol-player.js"></script>');
		expect(html).toContain('<link rel="stylesheet" href="/assets/styles.css">');
		expect(html).not.toContain('---\ntags:');
	});

	it('turns a wikilink in the text into a link to the note it names', async () => {
		const html = (await get(server, `/notes/HTTP`)).body;
		const stateless = encodeURIComponent('무상태 프로토콜 (Stateless)');
		expect(html).toContain(`See <a class="internal-link" href="/notes/${stateless}">무상태 프로토콜 (Stateless)</a> and`);
	});

	it("links a property's wikilink to the note of that name (the example vault has no unresolved link)", async () => {
		const html = (await get(server, `/notes/${encodeURIComponent('세션과 수평 확장')}`)).body;
		expect(html).toContain('<tr><th>example</th><td><a class="internal-link" href="/notes/Redis">Redis</a></td></tr>');
	});

	it('leaves a mermaid fence of the reference note as pre > code.language-mermaid and the page in Korean', async () => {
		const html = (await get(server, `/notes/seed/${encodeURIComponent('Reference copy (unchanged) - 상태유지 프로토콜')}`)).body;
		expect(html).toContain('<html lang="ko" data-protocol-base="/vault">');
		expect(html).toContain('<pre><code class="language-mermaid">sequenceDiagram\n    Client-&gt;&gt;Server: Login Request');
	});

	it('lets ?lang= choose the page language', async () => {
		const html = (await get(server, `/notes/seed/${encodeURIComponent('Reference copy (unchanged) - 상태유지 프로토콜')}?lang=en`)).body;
		expect(html).toContain('<html lang="en" data-protocol-base="/vault">');
	});

	it('serves a note\'s Markdown at /vault/NAME.md, found by name as a wiki link is, for compare blocks', async () => {
		const stateful = await get(server, '/vault/Stateful%20login.md');
		expect(stateful.status).toBe(200);
		expect(stateful.type).toContain('text/markdown');
		expect(stateful.body.startsWith('---\ntags: [protocol, session]')).toBe(true);
		// The reference note lives under seed/: its name alone finds it.
		const reference = await get(server, `/vault/${encodeURIComponent('Reference copy (unchanged) - 상태유지 프로토콜')}.md`);
		expect(reference.status).toBe(200);
		expect((await get(server, '/vault/Missing.md')).status).toBe(404);
		expect((await get(server, '/vault/Stateful%20login')).status).toBe(404);
	});

	it('serves the real Mermaid from node_modules', async () => {
		const res = await get(server, '/assets/mermaid.min.js');
		expect(res.status).toBe(200);
		expect(res.type).toContain('text/javascript');
		expect(res.body.length).toBeGreaterThan(1_000_000);
	});

	it('refuses paths that climb out of the served folders', async () => {
		for (const path of ['/../package.json', '/%2e%2e/package.json', '/notes/../../package.json', '/assets/..%2f..%2fpackage.json', '/vault/../../package.json']) {
			const res = await get(server, path);
			expect(res.status, path).toBe(403);
			expect(res.body, path).not.toContain('protocol-notes');
		}
	});

	it('serves the player stylesheet as CSS', async () => {
		const res = await get(server, '/assets/styles.css');
		expect(res.status).toBe(200);
		expect(res.type).toContain('text/css');
		expect(res.body).toContain('.protocol-player');
	});

	it('answers 404 for files that are not notes or the served assets', async () => {
		for (const path of ['/package.json', '/notes/Missing', '/example-vault/HTTP.md', '/assets/main.js', '/styles.css']) {
			expect((await get(server, path)).status, path).toBe(404);
		}
	});
});

describe('demo server escaping', () => {
	let server: DemoServer;
	let root: string;
	beforeAll(async () => {
		root = mkdtempSync(join(tmpdir(), 'protocol-demo-'));
		mkdirSync(join(root, 'example-vault'));
		writeFileSync(join(root, 'example-vault', 'a <b>"x" & y.md'), '---\nnote: "<img src=x onerror=alert(1)>"\n---\n\nLink to [[<i>z</i>|<u>label</u>]].\n');
		server = await startDemoServer({ port: 0, root });
	});
	afterAll(async () => {
		await server.close();
		rmSync(root, { recursive: true, force: true });
	});

	it('escapes note names, property values and wikilink text', async () => {
		const index = (await get(server, `/`)).body;
		expect(index).toContain('>a &lt;b&gt;&quot;x&quot; &amp; y</a>');
		expect(index).not.toContain('<b>');
		const html = (await get(server, `/notes/${encodeURIComponent('a <b>"x" & y')}`)).body;
		expect(html).toContain('<title>a &lt;b&gt;&quot;x&quot; &amp; y · Protocol Notes demo</title>');
		expect(html).toContain('<td>&lt;img src=x onerror=alert(1)&gt;</td>');
		expect(html).toContain('<span class="internal-link is-unresolved" title="&lt;i&gt;z&lt;/i&gt;">&lt;u&gt;label&lt;/u&gt;</span>');
		expect(html).not.toContain('<img');
	});
});
