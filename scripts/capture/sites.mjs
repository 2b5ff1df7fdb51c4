// Two tiny login sites on 127.0.0.1 for recording real captures (scripts/capture/record-har.mjs):
// a cookie-session site (the server keeps a session table) and a token site (the server signs a JWT and
// keeps nothing). Test credentials only; every secret is made fresh per run.
import { createServer } from 'node:http';
import { createHmac, randomBytes } from 'node:crypto';

const PAGE_STYLE = 'body { font-family: sans-serif; }';

/** Starts an HTTP server on 127.0.0.1 at `port` (0: any free port) with `handle(req, body, res)`. */
function serve(port, handle) {
	const server = createServer((req, res) => {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', () => handle(req, Buffer.concat(chunks).toString('utf8'), res));
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve({
		origin: `http://127.0.0.1:${server.address().port}`,
		close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
	})));
}

function send(res, status, type, body, headers = {}) {
	res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
	res.end(body);
}

/**
 * The cookie site: GET / (form, a stylesheet, a script, a favicon), POST /login → 302 with `sid` (HttpOnly,
 * no expiry: a session cookie) and `theme` (Max-Age: a preference), GET /profile which fetches /api/me and
 * sends a beacon.
 */
export function startCookieSite(port = 0) {
	const sessions = new Map();
	return serve(port, (req, body, res) => {
		const url = new URL(req.url ?? '/', 'http://x');
		const sid = /(?:^|;\s*)sid=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
		if (url.pathname === '/') return send(res, 200, 'text/html', '<!doctype html><link rel="stylesheet" href="/style.css"><script src="/app.js"></script><form method="post" action="/login"><input name="user"><input name="password" type="password"><button>Log in</button></form>');
		if (url.pathname === '/style.css') return send(res, 200, 'text/css', PAGE_STYLE);
		if (url.pathname === '/app.js') return send(res, 200, 'text/javascript', 'console.log("ready");');
		if (url.pathname === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
		if (url.pathname === '/login' && req.method === 'POST') {
			const user = new URLSearchParams(body).get('user') ?? 'guest';
			const id = randomBytes(16).toString('hex');
			sessions.set(id, user);
			res.writeHead(302, { Location: '/profile', 'Set-Cookie': [`sid=${id}; Path=/; HttpOnly; SameSite=Lax`, 'theme=dark; Path=/; Max-Age=31536000'] });
			return res.end();
		}
		if (url.pathname === '/profile') {
			if (!sid || !sessions.has(sid)) { res.writeHead(302, { Location: '/' }); return res.end(); }
			return send(res, 200, 'text/html', '<!doctype html><p id="who">…</p><script>fetch("/api/me").then((r) => r.json()).then((me) => { document.getElementById("who").textContent = me.user; navigator.sendBeacon("/beacon", "seen"); });</script>');
		}
		if (url.pathname === '/api/me') {
			if (!sid || !sessions.has(sid)) return send(res, 401, 'application/json', '{"error":"no session"}');
			return send(res, 200, 'application/json', JSON.stringify({ user: sessions.get(sid) }));
		}
		if (url.pathname === '/beacon') return send(res, 204, 'text/plain', '');
		return send(res, 404, 'text/plain', 'not found');
	});
}

function base64url(text) {
	return Buffer.from(text).toString('base64url');
}

/** An HS256 JWT, signed with `key`: the token carries who the user is, so the API keeps nothing. */
function signJwt(payload, key) {
	const head = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
	const body = base64url(JSON.stringify(payload));
	const signature = createHmac('sha256', key).update(`${head}.${body}`).digest('base64url');
	return `${head}.${body}.${signature}`;
}

function verifyJwt(token, key) {
	const [head, body, signature] = token.split('.');
	if (!head || !body || !signature) return undefined;
	const expected = createHmac('sha256', key).update(`${head}.${body}`).digest('base64url');
	return expected === signature ? JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) : undefined;
}

/**
 * The token site: a page on one origin, an API on another (so Chromium sends CORS preflights).
 * POST /api/token with JSON credentials → `{ access_token (JWT), refresh_token, token_type }`;
 * GET /api/me with `Authorization: Bearer` → the user, read from the token alone.
 */
export async function startTokenSite(pagePort = 0, apiPort = 0) {
	const key = randomBytes(32);
	let pageOrigin = '';
	const api = await serve(apiPort, (req, body, res) => {
		const cors = { 'Access-Control-Allow-Origin': pageOrigin, 'Access-Control-Allow-Headers': 'Authorization, Content-Type', 'Access-Control-Allow-Methods': 'GET, POST' };
		const url = new URL(req.url ?? '/', 'http://x');
		if (req.method === 'OPTIONS') return send(res, 204, 'text/plain', '', cors);
		if (url.pathname === '/api/token' && req.method === 'POST') {
			const { username } = JSON.parse(body || '{}');
			const now = Math.floor(Date.now() / 1000);
			const answer = { access_token: signJwt({ sub: username, iat: now, exp: now + 900 }, key), token_type: 'Bearer', expires_in: 900, refresh_token: randomBytes(24).toString('hex') };
			return send(res, 200, 'application/json', JSON.stringify(answer), cors);
		}
		if (url.pathname === '/api/me') {
			const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
			const claims = verifyJwt(token, key);
			return claims ? send(res, 200, 'application/json', JSON.stringify({ user: claims.sub }), cors) : send(res, 401, 'application/json', '{"error":"bad token"}', cors);
		}
		return send(res, 404, 'text/plain', 'not found', cors);
	});
	const page = await serve(pagePort, (req, _body, res) => {
		const url = new URL(req.url ?? '/', 'http://x');
		if (url.pathname === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
		if (url.pathname !== '/') return send(res, 404, 'text/plain', 'not found');
		const script = `const api = ${JSON.stringify(api.origin.replace('127.0.0.1', 'localhost'))};
async function login() {
	const r = await fetch(api + '/api/token', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'ada', password: 'correct horse battery staple' }) });
	const { access_token } = await r.json();
	const me = await fetch(api + '/api/me', { headers: { Authorization: 'Bearer ' + access_token } });
	document.getElementById('who').textContent = (await me.json()).user;
}
login();`;
		return send(res, 200, 'text/html', `<!doctype html><p id="who">…</p><script>${script}</script>`);
	});
	pageOrigin = page.origin;
	return { origin: page.origin, apiOrigin: api.origin, close: async () => { await page.close(); await api.close(); } };
}
