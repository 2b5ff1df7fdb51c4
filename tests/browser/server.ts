import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the test server answers at a path: a file from disk, or text made by the test. */
export type Route = { file: string; type: string } | { body: string; type: string };

/** A running test server. */
export interface StaticServer {
	/** `http://127.0.0.1:PORT` */
	origin: string;
	/** Adds or replaces what a path answers (a page made by a test). */
	set(path: string, route: Route): void;
	close(): Promise<void>;
}

/** A tiny static server on 127.0.0.1 and a random port: only the routes given, nothing from the network. */
export async function startStaticServer(routes: Record<string, Route>): Promise<StaticServer> {
	const table = new Map(Object.entries(routes));
	const server = createServer((request, response) => {
		const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
		const route = table.get(path);
		if (route === undefined) {
			response.writeHead(404).end();
			return;
		}
		const body = 'file' in route ? readFile(route.file) : Promise.resolve(Buffer.from(route.body, 'utf8'));
		body.then(
			(data) => response.writeHead(200, { 'content-type': `${route.type}; charset=utf-8`, 'cache-control': 'no-store' }).end(data),
			() => response.writeHead(500).end(),
		);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		set: (path, route) => table.set(path, route),
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
