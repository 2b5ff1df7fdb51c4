import { describe, expect, it } from 'vitest';
import { breaksOf, faultMap, simulate, type CaptureResult, type Protocol } from '../../../src/core';
import { protocolFromHar } from '../../../src/core/capture/conversions';
import { fixtureText, handHar, parsedClean } from './fixtures';

function converted(result: CaptureResult): Extract<CaptureResult, { ok: true }> {
	if (!result.ok) throw new Error(`conversion failed: ${JSON.stringify(result.error)}`);
	return result;
}

function messages(protocol: Protocol): string[] {
	return protocol.steps.map((step) => `${step.from}>${step.to}: ${step.text}`);
}

/** The id of the participant whose label is `label`. */
function idOf(protocol: Protocol, label: string): string {
	const found = protocol.participants.find((p) => p.label === label);
	if (!found) throw new Error(`no participant ${label}`);
	return found.id;
}

describe('protocolFromHar on the recorded cookie login', () => {
	const result = converted(protocolFromHar(fixtureText('cookie-login.har')));
	const protocol = parsedClean(result.text);
	const site = idOf(protocol, '127.0.0.1:8081');

	it('draws the browser and the one host, documents and fetches only', () => {
		expect(protocol.participants.map((p) => p.label)).toEqual(['Browser', '127.0.0.1:8081']);
		expect(messages(protocol)).toEqual([
			`Browser>${site}: GET /`, `${site}>Browser: 200 OK`,
			`Browser>${site}: POST /login`, `${site}>Browser: 302 Found → /profile`,
			`Browser>${site}: GET /profile`, `${site}>Browser: 200 OK`,
			`Browser>${site}: GET /api/me`, `${site}>Browser: 200 OK`,
		]);
	});

	it('says what it left out: the stylesheet, the script and the beacon', () => {
		expect(result.warnings).toEqual([{ kind: 'left-out', what: 'static', count: 2 }, { kind: 'left-out', what: 'beacon', count: 1 }]);
	});

	it('draws assets and beacons when asked', () => {
		const all = parsedClean(converted(protocolFromHar(fixtureText('cookie-login.har'), { includeStatic: true, includeBeacons: true })).text);
		expect(all.steps.filter((s) => s.from === 'Browser').map((s) => s.text)).toEqual(['GET /', 'GET /style.css', 'GET /app.js', 'POST /login', 'GET /profile', 'GET /api/me', 'POST /beacon']);
	});

	it('gives the browser both cookies and the server a session for sid only, after the login answer', () => {
		const effects = protocol.steps[3]?.effects.map((e) => e.kind === 'add' ? `${e.participant} += ${e.items.map((i) => `${i.key}=${String(i.value)}`).join(',')}` : e.kind);
		expect(effects).toEqual(['Browser += cookie sid=sid#1', `${site} += session sid=sid#1`, 'Browser += cookie theme=theme#1']);
	});

	it('makes every later request need the cookies the jar sends, and the session on the server', () => {
		for (const index of [4, 6]) {
			expect(protocol.steps[index]?.needs.map((n) => [n.participant, n.keys])).toEqual([['Browser', ['cookie sid', 'cookie theme']], [site, ['session sid']]]);
		}
		expect(protocol.steps[0]?.needs).toEqual([]);
		expect(protocol.kind).toBe('stateful');
	});

	it('breaks when the server restarts between the login and the next request', () => {
		const run = simulate(protocol, { faults: [{ kind: 'restart', participant: site, after: 3 }] });
		expect(run.frames[4]?.outcome).toBe('failed');
		expect(run.frames[4]?.failure).toMatchObject({ participant: site, item: 'session sid' });
		expect(run.frames[5]?.outcome).toBe('consequence');
		expect(simulate(protocol).frames.every((f) => f.outcome === 'ok')).toBe(true);
	});

	it('never writes a cookie value or the password, and lists what it hid', () => {
		const raw = fixtureText('cookie-login.har');
		const sid = /sid=([0-9a-f]{32})/.exec(raw)?.[1];
		expect(sid).toBeDefined();
		expect(result.text).not.toContain(sid);
		expect(result.text).not.toContain('correct horse');
		expect(result.text).not.toContain('dark');
		expect(result.hidden).toEqual([
			{ label: 'password#1', kind: 'password', name: 'password' },
			{ label: 'sid#1', kind: 'cookie', name: 'sid' },
			{ label: 'theme#1', kind: 'cookie', name: 'theme' },
		]);
	});
});

describe('protocolFromHar on the recorded token login', () => {
	const result = converted(protocolFromHar(fixtureText('token-login.har')));
	const protocol = parsedClean(result.text);
	const api = idOf(protocol, 'localhost:8083');

	it('draws one participant per host', () => {
		expect(protocol.participants.map((p) => p.label)).toEqual(['Browser', '127.0.0.1:8082', 'localhost:8083']);
	});

	it('keeps the tokens of the JSON answer in the browser; only the opaque refresh token on the server', () => {
		const adds = protocol.steps[3]?.effects.flatMap((e) => e.kind === 'add' ? e.items.map((i) => `${e.participant}:${i.key}`) : []);
		expect(adds).toEqual(['Browser:access_token', 'Browser:refresh_token', `${api}:token refresh_token`]);
	});

	it('makes the bearer request need the JWT in the browser and nothing on the server', () => {
		expect(protocol.steps[4]?.text).toBe('GET /api/me');
		expect(protocol.steps[4]?.needs.map((n) => [n.participant, n.keys])).toEqual([['Browser', ['access_token']]]);
		expect(protocol.kind).toBe('stateless');
	});

	it('survives a restart of the API between the login and the next request', () => {
		const run = simulate(protocol, { faults: [{ kind: 'restart', participant: api, after: 3 }] });
		expect(run.frames.map((f) => f.outcome)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
	});

	it('never writes the tokens or the password', () => {
		const raw = JSON.parse(fixtureText('token-login.har')) as { log: { entries: { response: { content: { text?: string } } }[] } };
		const answer = JSON.parse(raw.log.entries[1]?.response.content.text ?? '{}') as Record<string, string>;
		expect(answer.access_token?.split('.')).toHaveLength(3);
		for (const secret of [answer.access_token, answer.refresh_token, 'correct horse']) expect(result.text).not.toContain(secret);
		expect(result.hidden.map((h) => h.label)).toEqual(['password#1', 'access_token#1', 'refresh_token#1']);
	});

	it('merges the hosts into one Server when asked', () => {
		const merged = parsedClean(converted(protocolFromHar(fixtureText('token-login.har'), { mergeHosts: true })).text);
		expect(merged.participants.map((p) => p.id)).toEqual(['Browser', 'Server']);
	});
});

describe('protocolFromHar, cookie rules (RFC 6265 through the cookie jar)', () => {
	it('sends a cookie only under its path', () => {
		const har = handHar([
			{ method: 'POST', url: 'http://app.test/admin/login', setCookies: ['a=1; Path=/admin'] },
			{ url: 'http://app.test/public' },
			{ url: 'http://app.test/admin/users' },
		]);
		const protocol = parsedClean(converted(protocolFromHar(har)).text);
		expect(protocol.steps[2]?.needs).toEqual([]);
		expect(protocol.steps[4]?.needs.map((n) => n.keys)).toEqual([['cookie a'], ['session a']]);
	});

	it('does not send a host-only cookie to another host, and sends a Domain cookie to subdomains', () => {
		const har = handHar([
			{ url: 'http://example.test/', setCookies: ['host=1; Max-Age=600', 'wide=2; Domain=example.test; Max-Age=600'] },
			{ url: 'http://api.example.test/me' },
		]);
		const protocol = parsedClean(converted(protocolFromHar(har)).text);
		expect(protocol.steps[2]?.needs.map((n) => n.keys)).toEqual([['cookie wide']]);
	});

	it('stops sending a cookie once its Max-Age has passed at the capture\'s own time', () => {
		const har = handHar([
			{ url: 'http://app.test/', at: 0, setCookies: ['short=1; Max-Age=5'] },
			{ url: 'http://app.test/soon', at: 2 },
			{ url: 'http://app.test/later', at: 10 },
		]);
		const protocol = parsedClean(converted(protocolFromHar(har)).text);
		expect(protocol.steps[2]?.needs.map((n) => n.keys)).toEqual([['cookie short']]);
		expect(protocol.steps[4]?.needs).toEqual([]);
	});

	it('removes a cookie that an answer expires, on both sides', () => {
		const har = handHar([
			{ url: 'http://app.test/login', setCookies: ['sid=0123456789abcdef0123; HttpOnly'] },
			{ url: 'http://app.test/logout', setCookies: ['sid=; Max-Age=0'] },
			{ url: 'http://app.test/' },
		]);
		const protocol = parsedClean(converted(protocolFromHar(har)).text);
		expect(protocol.steps[3]?.effects.map((e) => e.kind === 'remove' ? `${e.participant} -= ${e.keys.join()}` : e.kind)).toEqual(['Browser -= cookie sid', 'app_test -= session sid']);
		expect(protocol.steps[4]?.needs).toEqual([]);
	});

	it('starts the browser with a cookie it sends but that was set before the capture', () => {
		const har = handHar([{ url: 'http://app.test/', requestHeaders: { Cookie: 'old=xyz' } }]);
		const result = converted(protocolFromHar(har));
		const protocol = parsedClean(result.text);
		expect(protocol.initial.map((e) => e.kind === 'add' ? `${e.participant}:${e.items.map((i) => `${i.key}=${String(i.value)}`).join()}` : '')).toEqual(['Browser:cookie old=old#1']);
		expect(protocol.steps[0]?.needs.map((n) => n.keys)).toEqual([['cookie old']]);
		expect(result.text).not.toContain('xyz');
	});
});

describe('protocolFromHar, tokens', () => {
	it('makes an opaque bearer token a need on the server that handed it out', () => {
		const har = handHar([
			{ method: 'POST', url: 'http://auth.test/token', responseMime: 'application/json', responseText: JSON.stringify({ access_token: 'opaque-0123456789abcdef' }) },
			{ url: 'http://auth.test/me', requestHeaders: { Authorization: 'Bearer opaque-0123456789abcdef' } },
		]);
		const result = converted(protocolFromHar(har));
		const protocol = parsedClean(result.text);
		expect(protocol.steps[2]?.needs.map((n) => [n.participant, n.keys])).toEqual([['Browser', ['access_token']], ['auth_test', ['token access_token']]]);
		expect(result.text).not.toContain('opaque-0123456789abcdef');
		expect(protocol.kind).toBe('stateful');
	});
});

describe('protocolFromHar, what it leaves out', () => {
	it('leaves CORS preflights out unless asked', () => {
		const har = handHar([
			{ method: 'OPTIONS', url: 'http://api.test/x', requestHeaders: { 'Access-Control-Request-Method': 'POST' }, status: 204 },
			{ method: 'POST', url: 'http://api.test/x', type: 'fetch' },
		]);
		const plain = converted(protocolFromHar(har));
		expect(parsedClean(plain.text).steps.map((s) => s.text)).toEqual(['POST /x', '200 OK']);
		expect(plain.warnings).toEqual([{ kind: 'left-out', what: 'preflight', count: 1 }]);
		const asked = parsedClean(converted(protocolFromHar(har, { includePreflights: true })).text);
		expect(asked.steps.map((s) => s.text)).toEqual(['OPTIONS /x', '204 No Content', 'POST /x', '200 OK']);
	});

	it('draws at most maxEntries requests and says how many there were', () => {
		const result = converted(protocolFromHar(fixtureText('cookie-login.har'), { maxEntries: 2 }));
		expect(parsedClean(result.text).steps).toHaveLength(4);
		expect(result.warnings).toContainEqual({ kind: 'limit', shown: 2, total: 4 });
	});
});

describe('protocolFromHar, text written into the block', () => {
	it('escapes what Mermaid would misread, so the message reads back as the request', () => {
		const har = handHar([{ url: 'http://app.test/a;b%3Cbr%3E%23c%25%25d$$e&lt' }]);
		const protocol = parsedClean(converted(protocolFromHar(har)).text);
		expect(protocol.steps[0]?.text).toBe('GET /a;b<br>#c%%d$$e&lt');
	});

	it('hides the values of secret-looking query parameters with stable labels', () => {
		const har = handHar([{ url: 'http://app.test/cb?code=s3cr3t&page=2' }, { url: 'http://app.test/again?code=s3cr3t' }]);
		const result = converted(protocolFromHar(har));
		const protocol = parsedClean(result.text);
		expect(protocol.steps[0]?.text).toBe('GET /cb?code=code#1&page=2');
		expect(protocol.steps[2]?.text).toBe('GET /again?code=code#1');
		expect(result.text).not.toContain('s3cr3t');
	});
});

describe('protocolFromHar on bad input', () => {
	it('says the text is not JSON, and where', () => {
		expect(protocolFromHar('<html>')).toEqual({ ok: false, error: { kind: 'not-json', offset: 0 } });
		const cut = fixtureText('cookie-login.har').slice(0, 500);
		expect(protocolFromHar(cut)).toMatchObject({ ok: false, error: { kind: 'not-json' } });
	});

	it('says JSON that is not a HAR is not one, and a HAR without entries has none', () => {
		expect(protocolFromHar('{"name": "x"}')).toEqual({ ok: false, error: { kind: 'not-har' } });
		expect(protocolFromHar({ log: { entries: [] } })).toEqual({ ok: false, error: { kind: 'no-entries' } });
	});

	it('refuses input over the size limit without reading it', () => {
		expect(protocolFromHar('x'.repeat(2000), { maxBytes: 1000 })).toEqual({ ok: false, error: { kind: 'too-large', bytes: 2000, limit: 1000 } });
	});

	it('skips entries it cannot read and counts them', () => {
		const har = { log: { entries: [{ request: { method: 'GET', url: 'not a url' }, response: {} }, { request: { method: 'GET', url: 'http://a.test/' }, response: { status: 200 } }] } };
		const result = converted(protocolFromHar(har));
		expect(result.warnings).toEqual([{ kind: 'left-out', what: 'unreadable', count: 1 }]);
	});
});

describe('the fault map of the two recorded logins', () => {
	const cookie = parsedClean(converted(protocolFromHar(fixtureText('cookie-login.har'), { mergeHosts: true })).text);
	const token = parsedClean(converted(protocolFromHar(fixtureText('token-login.har'), { mergeHosts: true })).text);
	const serverBreaks = (protocol: Protocol, after: number): number[] => {
		const map = faultMap(protocol);
		const cell = map.restarts.find((c) => c.participant === 'Server' && c.after === after);
		return cell === undefined ? [] : breaksOf(map, cell).map((b) => b.step);
	};

	it('shows that a restart of the server after the login breaks every later cookie request and its answer', () => {
		expect(serverBreaks(cookie, 3)).toEqual([4, 5, 6, 7]);
	});

	it('shows that no restart of the server breaks the token login', () => {
		expect(faultMap(token).restarts.filter((cell) => cell.participant === 'Server' && cell.count > 0)).toEqual([]);
	});
});
