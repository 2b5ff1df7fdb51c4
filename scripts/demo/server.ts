import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { indexPage, languageParam, notePage } from './pages';
import { NOTES_BASE } from './page';
import { listNotes, resolveLink } from './vault';

/** Where the demo server reads from and listens. */
export interface DemoServerOptions {
	/** Port to listen on; 0 picks a free one. */
	port: number;
	/** Host to bind; only the loopback by default, the demo is for this machine. */
	host?: string;
	/** The repository root (holding `example-vault/`, `dist/` and `node_modules/`). Default: the working directory. */
	root?: string;
	/** The standalone player script to serve. Default: `dist/protocol-player.js` under `root`, as `npm run build` writes it. */
	playerScript?: string;
}

/** A running demo server. */
export interface DemoServer {
	/** `http://127.0.0.1:PORT`, without a trailing slash. */
	url: string;
	port: number;
	/** Stops listening and drops open connections. */
	close(): Promise<void>;
}

/**
 * The only files served besides notes: a fixed map from URL to file, so no request path is ever joined
 * onto the file system and nothing outside these files can be reached.
 */
function assetFiles(root: string, playerScript: string): Map<string, { file: string; type: string }> {
	return new Map([
		['/assets/mermaid.min.js', { file: join(root, 'node_modules/mermaid/dist/mermaid.min.js'), type: 'text/javascript' }],
		['/assets/protocol-player.js', { file: playerScript, type: 'text/javascript' }],
		// The player's look: the plugin's own stylesheet, which falls back to plain colours outside Obsidian.
		['/assets/styles.css', { file: join(root, 'styles.css'), type: 'text/css' }],
	]);
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
	res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
	res.end(body);
}

/** Decodes a URL path, or undefined when it is malformed or tries to climb out (`..`, encoded or not). */
function safePath(rawUrl: string): string | undefined {
	const rawPath = rawUrl.split('?')[0] ?? '/';
	let path: string;
	try {
		path = decodeURIComponent(rawPath);
	} catch {
		return undefined;
	}
	if (path.includes('\0') || path.includes('\\') || path.split('/').some((segment) => segment === '..')) return undefined;
	return path;
}

function handle(root: string, playerScript: string, req: IncomingMessage, res: ServerResponse): void {
	if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed');
	const rawUrl = req.url ?? '/';
	const path = safePath(rawUrl);
	if (path === undefined) return send(res, 403, 'text/plain', 'Forbidden');
	const lang = languageParam(new URL(rawUrl, 'http://demo.invalid').searchParams.get('lang'));
	const vaultDir = join(root, 'example-vault');
	// Listed on every request so that notes added while the demo runs show up.
	const notes = listNotes(vaultDir);
	if (path === '/' || path === '/index.html') return send(res, 200, 'text/html', indexPage(vaultDir, notes, lang));
	if (path.startsWith('/notes/')) {
		const wanted = path.slice('/notes/'.length).replace(/\/$/, '');
		const note = notes.find((n) => n.path === `${wanted}.md` || n.path === wanted);
		if (note !== undefined) return send(res, 200, 'text/html', notePage(vaultDir, notes, note, lang));
	}
	if (path.startsWith(`${NOTES_BASE}/`) && path.endsWith('.md')) {
		// A compare block's `[[Note]]` is fetched as BASE/Note.md: the note's Markdown, found by name as Obsidian links it.
		const note = resolveLink(notes, path.slice(NOTES_BASE.length + 1, -'.md'.length));
		if (note !== undefined) return send(res, 200, 'text/markdown', readFileSync(join(vaultDir, note.path), 'utf8'));
	}
	const asset = assetFiles(root, playerScript).get(path);
	if (asset !== undefined && existsSync(asset.file)) {
		res.writeHead(200, { 'content-type': `${asset.type}; charset=utf-8`, 'cache-control': 'no-store' });
		createReadStream(asset.file).pipe(res);
		return;
	}
	if (asset !== undefined) return send(res, 404, 'text/plain', `Missing ${path}: run \`npm run build\` first.`);
	send(res, 404, 'text/plain', 'Not found');
}

/** Starts the demo server: the example vault's notes as pages with the real Mermaid and the standalone player. */
export function startDemoServer(options: DemoServerOptions): Promise<DemoServer> {
	const root = options.root ?? process.cwd();
	const host = options.host ?? '127.0.0.1';
	const playerScript = options.playerScript ?? join(root, 'dist/protocol-player.js');
	const server: Server = createServer((req, res) => {
		try {
			handle(root, playerScript, req, res);
		} catch (error) {
			send(res, 500, 'text/plain', `Could not render this page: ${String(error)}`);
		}
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port, host, () => {
			const { port } = server.address() as AddressInfo;
			resolve({
				url: `http://${host}:${port}`,
				port,
				close: () =>
					new Promise<void>((done) => {
						server.closeAllConnections();
						server.close(() => done());
					}),
			});
		});
	});
}
