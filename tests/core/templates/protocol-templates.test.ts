import { describe, expect, it } from 'vitest';
import { breaksOf, faultMap, parseProtocol, PROTOCOL_TEMPLATE_IDS, protocolTemplates, simulate, type FaultMap, type ProtocolTemplate } from '../../../src/core';
import { findFences } from '../../../src/core';

/** Titles as a caller words them; the core only places them. */
const TITLES = {
	'empty': 'Empty',
	'session-login': 'Session login',
	'token-login': 'Token login',
	'tcp-handshake': 'TCP handshake',
	'oauth-pkce': 'OAuth PKCE',
	'replicated-store': 'Replicated store',
} as const;

const templates = protocolTemplates(TITLES);

function template(id: ProtocolTemplate['id']): ProtocolTemplate {
	const found = templates.find((t) => t.id === id);
	if (!found) throw new Error(`no template ${id}`);
	return found;
}

/** The body of a template's fenced block, as a note would read it. */
function bodyOf(t: ProtocolTemplate): string {
	const lines = t.text.split('\n');
	const fences = findFences((n) => lines[n] ?? '', lines.length);
	expect(fences).toHaveLength(1);
	expect(fences[0]?.close).toBe(lines.length - 1);
	return fences[0]?.source ?? '';
}

function parsed(id: ProtocolTemplate['id']) {
	const result = parseProtocol(bodyOf(template(id)));
	if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
	return result;
}

/** A restart cell as "position:outcome" of each step it breaks. */
function restartBreaks(map: FaultMap, participant: string, after: number): string[] {
	const cell = map.restarts.find((r) => r.participant === participant && r.after === after);
	if (!cell) throw new Error(`no cell ${participant} after ${after}`);
	return breaksOf(map, cell).map((b) => `${b.position}:${b.outcome}`);
}

function mapOf(id: ProtocolTemplate['id']): FaultMap {
	return faultMap(parsed(id).protocol);
}

describe('protocolTemplates', () => {
	it('offers the six templates in order, each a fenced protocol block titled by the caller', () => {
		expect(templates.map((t) => t.id)).toEqual(['empty', 'session-login', 'token-login', 'tcp-handshake', 'oauth-pkce', 'replicated-store']);
		expect(PROTOCOL_TEMPLATE_IDS).toEqual(templates.map((t) => t.id));
		for (const t of templates) {
			expect(t.title).toBe(TITLES[t.id]);
			expect(t.text.startsWith('```protocol\n')).toBe(true);
			expect(t.text.split('\n')[1]).toBe(`%% @title ${TITLES[t.id]}`);
		}
	});

	it('keeps a title on its directive line even when it holds a line break', () => {
		const odd = protocolTemplates({ ...TITLES, 'empty': 'Two\nlines' });
		expect(odd[0]?.text.split('\n')[1]).toBe('%% @title Two lines');
	});

	it.each(PROTOCOL_TEMPLATE_IDS)('%s parses with no warning and plays with every step as written', (id) => {
		const result = parsed(id);
		expect(result.warnings).toEqual([]);
		expect(result.protocol.title).toBe(TITLES[id]);
		const frames = simulate(result.protocol).frames;
		expect(frames.length).toBeGreaterThan(1);
		expect(frames.every((f) => f.outcome === 'ok')).toBe(true);
	});
});

describe('the lesson of each template\'s fault map', () => {
	it('empty: no single restart breaks the skeleton', () => {
		const map = mapOf('empty');
		expect(map.restarts.every((cell) => cell.count === 0)).toBe(true);
	});

	// Steps: 0 POST /login, 1 Set-Cookie reply, 2 GET /profile, 3 its reply.
	it('session login: a restart of Server after the login loses the session, the profile request fails and its reply follows', () => {
		const map = mapOf('session-login');
		expect(restartBreaks(map, 'Server', -1)).toEqual([]);
		expect(restartBreaks(map, 'Server', 0)).toEqual(['2:failed', '3:consequence']);
		expect(restartBreaks(map, 'Server', 1)).toEqual(['2:failed', '3:consequence']);
		expect(restartBreaks(map, 'Server', 2)).toEqual([]);
	});

	it('token login: no restart of Server breaks anything; only the client losing its token does', () => {
		const map = mapOf('token-login');
		expect(map.restarts.filter((c) => c.participant === 'Server').every((c) => c.count === 0)).toBe(true);
		expect(restartBreaks(map, 'Client', 1)).toEqual(['2:failed', '3:consequence']);
	});

	// Steps: 0 SYN, 1 SYN-ACK, 2 ACK, 3 data, 4 its ACK. Start: C state = CLOSED, S state = LISTEN.
	it('TCP handshake: starts CLOSED/LISTEN; a restart of the server after the handshake fails the data', () => {
		const result = parsed('tcp-handshake');
		expect(simulate(result.protocol).start).toEqual({ C: { state: 'CLOSED' }, S: { state: 'LISTEN' } });
		const map = faultMap(result.protocol);
		expect(restartBreaks(map, 'S', 2)).toEqual(['3:failed', '4:consequence']);
		// Before the SYN the server loses only LISTEN, and the SYN gives it its state again.
		expect(restartBreaks(map, 'S', -1)).toEqual([]);
	});

	it('TCP handshake: losing the final ACK leaves the server in SYN_RCVD, so the data fails on its value condition', () => {
		const result = parsed('tcp-handshake');
		const map = faultMap(result.protocol);
		const lost = map.drops.find((d) => d.step === 2);
		expect(lost === undefined ? undefined : breaksOf(map, lost).map((b) => `${b.position}:${b.outcome}`)).toEqual(['3:failed', '4:consequence']);
		const frame = simulate(result.protocol, { faults: [{ kind: 'drop', step: 2 }] }).frames[3];
		expect(frame?.failure).toMatchObject({ participant: 'S', item: 'state', value: 'ESTABLISHED', cause: { kind: 'value', held: 'SYN_RCVD' } });
	});

	// Steps: 0 Sign in, 1 make verifier, 2 /authorize, 3 consent?, 4 Consent, 5 redirect, 6 POST /token,
	// 7 access_token, 8 GET /photos, 9 200 OK.
	it('OAuth with PKCE: the authorization server restarting after consent breaks the exchange and what follows; the resource server never breaks it', () => {
		const map = mapOf('oauth-pkce');
		expect(restartBreaks(map, 'AS', 4)).toEqual(['6:failed', '7:consequence', '8:failed', '9:consequence']);
		expect(map.restarts.filter((c) => c.participant === 'API').every((c) => c.count === 0)).toBe(true);
		// The app losing its verifier before the token request breaks it too.
		expect(restartBreaks(map, 'App', 5).slice(0, 2)).toEqual(['6:failed', '7:consequence']);
	});

	// Steps: 0 PUT, 1 Replicate, 2 Ack, 3 OK (then the scripted restart of P), 4 note, 5 GET, 6 its reply.
	it('replicated store: the primary restarting before it replicates loses the write; after, the replica still answers', () => {
		const map = mapOf('replicated-store');
		// Replicate (1) runs inside the PUT's call (0 … its answer 3): when it fails, its own answer (2) and the
		// enclosing answer, OK (3), are consequences too: a failure climbs to every enclosing answer (ADR 0005).
		expect(restartBreaks(map, 'P', 0)).toEqual(['1:failed', '2:consequence', '3:consequence', '5:failed', '6:consequence']);
		expect(restartBreaks(map, 'P', 1)).toEqual([]);
		expect(restartBreaks(map, 'R', 1)).toEqual(['5:failed', '6:consequence']);
		const frames = simulate(parsed('replicated-store').protocol).frames;
		expect(frames[3]?.restarts.map((r) => [r.participant, r.scripted])).toEqual([['P', true]]);
	});
});
