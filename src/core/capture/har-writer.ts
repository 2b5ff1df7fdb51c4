/**
 * Writes the diagram of a HAR, entry by entry: the request, what it needs (cookies sent, bearer tokens),
 * the answer and what it leaves behind (cookies set, tokens handed out). Every inferred directive follows a
 * `%% inferred …` comment saying where it came from; every secret is a label from the Redactor.
 */
import { BlockLines, escapeLabel, flat, itemName, participantId } from './block-text';
import { CookieReplay } from './har-cookies';
import { header, type HarEntry } from './har-read';
import { TokenReplay } from './har-tokens';
import { reasonPhrase } from './reason-phrases';
import { Redactor } from './redact';
import { isPasswordName, isSecretName, shownPath } from './secrets';

/** The browser's participant id. */
const BROWSER = 'Browser';

/** The state of a HAR's diagram while it is written. */
export class HarWriter {
	readonly redactor = new Redactor();
	private readonly lines = new BlockLines();
	private readonly initial: string[] = [];
	private readonly heldBefore = new Set<string>();
	private readonly participants = new Map<string, string>();
	private readonly taken = new Set<string>([BROWSER]);
	private readonly declarations: string[] = [`participant ${BROWSER}`];
	private readonly declared = new Set<string>();
	/** Participant id → the host it stands for, for comments. */
	private readonly labels = new Map<string, string>();
	private readonly cookies = new CookieReplay();
	private readonly tokens = new TokenReplay();
	/** `host NUL cookie name` of every session a server was given, so that expiring the cookie ends it there too. */
	private readonly sessions = new Set<string>();
	private serverNeeds = 0;
	private selfContained = 0;
	title = '';

	constructor(private readonly mergeHosts: boolean) {}

	/** Keeps the cookie jar true for an entry that is not drawn (its answer may still set cookies). */
	replay(entry: HarEntry): void {
		this.cookies.receive(entry, this.participantFor(entry.url, false));
	}

	/** Draws one entry: request, needs, answer, state. */
	draw(entry: HarEntry): void {
		const host = this.participantFor(entry.url, true);
		if (this.title === '') this.title = entry.url.host;
		this.lines.line(`${BROWSER}->>${host}: ${escapeLabel(`${entry.method} ${shownPath(entry.url, this.redactor)}`)}`);
		this.writeBody(entry);
		this.writeCookiesSent(entry, host);
		this.writeAuthorization(entry, host);
		const answer = entry.status > 0 ? `${entry.status} ${entry.statusText || reasonPhrase(entry.status)}`.trim() : 'no response';
		const location = entry.status >= 300 && entry.status < 400 ? header(entry.responseHeaders, 'location') : undefined;
		const shown = location ? `${answer} → ${this.locationPath(location, entry.url)}` : answer;
		this.lines.line(`${host}${entry.status > 0 ? '-->>' : '--x'}${BROWSER}: ${escapeLabel(shown)}`);
		this.writeCookiesSet(entry, host);
		this.writeTokens(entry, host);
	}

	/** The block's text. */
	text(): string {
		this.lines.head(`%% @title ${escapeTitle(this.title === '' ? 'HTTP capture' : `HTTP capture: ${this.title}`)}`);
		if (this.serverNeeds > 0) this.lines.head('%% @kind stateful');
		else if (this.selfContained > 0) this.lines.head('%% @kind stateless');
		const body = this.lines.body.splice(0);
		for (const line of [...this.declarations, ...this.initial]) this.lines.line(line);
		this.lines.body.push(...body);
		return this.lines.text();
	}

	private participantFor(url: URL, declare: boolean): string {
		const name = this.mergeHosts ? 'Server' : url.host;
		let id = this.participants.get(name);
		if (id === undefined) {
			id = participantId(name, this.taken);
			this.taken.add(id);
			this.participants.set(name, id);
			this.labels.set(id, name);
		}
		if (declare && !this.declared.has(id)) {
			this.declared.add(id);
			this.declarations.push(id === name ? `participant ${id}` : `participant ${id} as ${escapeLabel(name)}`);
		}
		return id;
	}

	private hostName(id: string): string {
		return this.labels.get(id) ?? id;
	}

	private locationPath(location: string, base: URL): string {
		try {
			const target = new URL(location, base);
			return target.origin === base.origin ? shownPath(target, this.redactor) : `${target.host}${shownPath(target, this.redactor)}`;
		} catch {
			return '…';
		}
	}

	/** Secret fields of a form or JSON body: never written, named in a comment by their labels. */
	private writeBody(entry: HarEntry): void {
		const fields = bodyFields(entry);
		const secrets = fields.filter(([name]) => isSecretName(name));
		if (secrets.length === 0) return;
		const shown = secrets.map(([name, value]) => `${name} = ${this.redactor.label(isPasswordName(name) ? 'password' : 'body', name, value)}`);
		this.lines.comment(`the request body carries ${shown.join(', ')} (values hidden)`);
	}

	private writeCookiesSent(entry: HarEntry, host: string): void {
		const sent = this.cookies.send(entry);
		const before = this.cookies.unknownSent(entry, sent);
		for (const cookie of before) {
			const key = `cookie ${itemName(cookie.name)}`;
			if (this.heldBefore.has(key)) continue;
			this.heldBefore.add(key);
			this.initial.push(`%% inferred: cookie ${flatName(cookie.name)} is sent but was set before the capture began`);
			this.initial.push(`%% @state ${BROWSER} += ${key} = ${this.redactor.label('cookie', cookie.name, cookie.value)}`);
		}
		const all = [...sent, ...before];
		if (all.length === 0) return;
		const labels = all.map((c) => `${flatName(c.name)} = ${this.redactor.label('cookie', c.name, c.value)}`);
		this.lines.comment(`inferred: the browser sends cookie ${labels.join(', ')} (RFC 6265: domain, path, expiry)`);
		this.lines.line(`%% @needs ${BROWSER}: ${all.map((c) => `cookie ${itemName(c.name)}`).join(', ')}`);
		const sessions = sent.filter((c) => c.setBy?.session === true && c.setBy.participant === host);
		if (sessions.length === 0) return;
		this.serverNeeds++;
		this.lines.comment(`inferred: ${this.hostName(host)} looks the session up by the cookie`);
		this.lines.line(`%% @needs ${host}: ${sessions.map((c) => `session ${itemName(c.name)}`).join(', ')}`);
	}

	private writeAuthorization(entry: HarEntry, host: string): void {
		const bearer = this.tokens.bearer(entry);
		if (!bearer) {
			const value = header(entry.requestHeaders, 'authorization');
			if (value === undefined || value.trim() === '') return;
			const scheme = value.trim().split(/\s/, 1)[0] ?? '';
			this.lines.comment(`inferred: Authorization ${flatName(scheme)} = ${this.redactor.label('authorization', 'authorization', value)} (credentials sent with the request)`);
			return;
		}
		const token = bearer.token;
		if (!token) {
			const label = this.redactor.label('authorization', 'bearer', bearer.value);
			if (!this.heldBefore.has('bearer token')) {
				this.heldBefore.add('bearer token');
				this.initial.push('%% inferred: a bearer token is sent but was handed out before the capture began');
				this.initial.push(`%% @state ${BROWSER} += bearer token = ${label}`);
			}
			this.lines.comment(`inferred: Authorization Bearer ${label}`);
			this.lines.line(`%% @needs ${BROWSER}: bearer token`);
			return;
		}
		const label = this.redactor.label('token', token.name, token.value);
		if (token.jwt) {
			this.selfContained++;
			this.lines.comment(`inferred: Authorization Bearer ${label}, a JWT: ${this.hostName(host)} checks its signature and keeps nothing`);
			this.lines.line(`%% @needs ${BROWSER}: ${itemName(token.name)}`);
			return;
		}
		this.lines.comment(`inferred: Authorization Bearer ${label}, an opaque token: ${this.hostName(token.issuer)} must remember it`);
		this.lines.line(`%% @needs ${BROWSER}: ${itemName(token.name)}`);
		if (token.issuer !== host) return;
		this.serverNeeds++;
		this.lines.line(`%% @needs ${host}: token ${itemName(token.name)}`);
	}

	private writeCookiesSet(entry: HarEntry, host: string): void {
		for (const fact of this.cookies.receive(entry, host)) {
			const key = itemName(fact.name);
			if (fact.removed) {
				this.lines.comment(`inferred from Set-Cookie: ${flatName(fact.name)} expired (removed)`);
				this.lines.line(`%% @state ${BROWSER} -= cookie ${key}`);
				// A logout expires the cookie; the server that kept the session ends it too.
				if (this.sessions.delete(`${host}\u0000${key}`)) this.lines.line(`%% @state ${host} -= session ${key}`);
				continue;
			}
			const label = this.redactor.label('cookie', fact.name, fact.value);
			const why = fact.session ? `${fact.reasons.join('; ')}: a session ${this.hostName(host)} keeps` : 'an expiry: kept by the browser';
			this.lines.comment(`inferred from Set-Cookie: ${flatName(fact.name)} (${why})`);
			this.lines.line(`%% @state ${BROWSER} += cookie ${key} = ${label}`);
			if (!fact.session) continue;
			this.sessions.add(`${host}\u0000${key}`);
			this.lines.line(`%% @state ${host} += session ${key} = ${label}`);
		}
	}

	private writeTokens(entry: HarEntry, host: string): void {
		const issued = this.tokens.receive(entry, host);
		if (issued.length === 0) return;
		const items = issued.map((t) => `${itemName(t.name)} = ${this.redactor.label('token', t.name, t.value)}`);
		const kinds = issued.map((t) => `${t.name} (${t.jwt ? 'a JWT: self-contained' : 'opaque'})`);
		this.lines.comment(`inferred from the JSON answer: ${kinds.join(', ')}`);
		this.lines.line(`%% @state ${BROWSER} += ${items.join(', ')}`);
		const opaque = issued.filter((t) => !t.jwt);
		if (opaque.length > 0) {
			this.lines.line(`%% @state ${host} += ${opaque.map((t) => `token ${itemName(t.name)} = ${this.redactor.label('token', t.name, t.value)}`).join(', ')}`);
		}
	}
}

/** A name in a comment: one line. */
function flatName(name: string): string {
	return itemName(name);
}

/** `@title` text is shown as written: one line. */
function escapeTitle(text: string): string {
	return flat(text);
}

/** The fields of a form or JSON request body (top level), as name/value text pairs. */
function bodyFields(entry: HarEntry): [string, string][] {
	const mime = entry.postMime.toLowerCase();
	if (entry.postText === '') return [];
	if (mime.includes('x-www-form-urlencoded')) return [...new URLSearchParams(entry.postText)];
	if (!mime.includes('json') || entry.postText.length > 1 << 20) return [];
	try {
		const body: unknown = JSON.parse(entry.postText);
		if (typeof body !== 'object' || body === null || Array.isArray(body)) return [];
		return Object.entries(body).filter((pair): pair is [string, string] => typeof pair[1] === 'string');
	} catch {
		return [];
	}
}
