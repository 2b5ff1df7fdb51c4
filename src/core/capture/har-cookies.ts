/**
 * Cookies across a HAR, as a browser would hold them: tough-cookie's CookieJar decides (RFC 6265 domain,
 * path, Secure, HttpOnly) which cookies each request sends; expiry is judged at the capture's own times, since
 * the recorded dates are in the past.
 */
import { Cookie, CookieJar } from 'tough-cookie';
import { headerValues, header, type HarEntry } from './har-read';
import { isJwt, isOpaque } from './secrets';

/** A cookie an answer set (or removed). */
export interface SetCookieFact {
	name: string;
	value: string;
	/** Session-like: no Expires/Max-Age, or HttpOnly with an opaque value (and not a self-contained JWT). */
	session: boolean;
	/** The answer expired it (`Max-Age=0`, a past `Expires`). */
	removed: boolean;
	/** Why it counts as a session, for the comment (`HttpOnly`, `no Expires or Max-Age`). */
	reasons: string[];
}

/** A cookie a request sends, with who set it when the capture shows it. */
export interface SentCookie {
	name: string;
	value: string;
	/** The participant whose answer set it, and whether it was session-like then; absent when set before the capture. */
	setBy?: { participant: string; session: boolean };
}

interface Origin {
	participant: string;
	session: boolean;
	/** When it was set (ms): Max-Age counts from here. */
	at: number;
}

/** The browser's cookie jar replayed over the capture. */
export class CookieReplay {
	private readonly jar = new CookieJar(undefined, { rejectPublicSuffixes: false, looseMode: true });
	private readonly origins = new Map<string, Origin>();

	/** Applies the answer's `Set-Cookie` headers (set by `participant`); returns what each did. */
	receive(entry: HarEntry, participant: string): SetCookieFact[] {
		const facts: SetCookieFact[] = [];
		const now = new Date(entry.started);
		for (const line of headerValues(entry.responseHeaders, 'set-cookie')) {
			const cookie = this.jar.setCookieSync(line, entry.url.href, { now, ignoreError: true, http: true });
			if (!cookie) continue;
			const expiry = cookie.expiryTime(now);
			const removed = expiry !== undefined && expiry <= now.getTime();
			const reasons = sessionReasons(cookie);
			const session = reasons.length > 0;
			this.origins.set(keyOf(cookie), { participant, session, at: now.getTime() });
			facts.push({ name: cookie.key, value: cookie.value, session, removed, reasons });
		}
		return facts;
	}

	/** The cookies the jar sends with this request, at the time it was made. */
	send(entry: HarEntry): SentCookie[] {
		const cookies = this.jar.getCookiesSync(entry.url.href, { expire: false, http: true, sort: true });
		const sent: SentCookie[] = [];
		for (const cookie of cookies) {
			const origin = this.origins.get(keyOf(cookie));
			const expiry = cookie.expiryTime(origin ? new Date(origin.at) : undefined);
			if (expiry !== undefined && expiry <= entry.started) continue;
			sent.push(origin ? { name: cookie.key, value: cookie.value, setBy: { participant: origin.participant, session: origin.session } } : { name: cookie.key, value: cookie.value });
		}
		return sent;
	}

	/** Cookies the request's own `Cookie` header carries that the jar does not know: set before the capture began. */
	unknownSent(entry: HarEntry, known: readonly SentCookie[]): { name: string; value: string }[] {
		const names = new Set(known.map((cookie) => cookie.name));
		const found: { name: string; value: string }[] = [];
		for (const part of (header(entry.requestHeaders, 'cookie') ?? '').split(';')) {
			const equals = part.indexOf('=');
			const name = (equals >= 0 ? part.slice(0, equals) : part).trim();
			if (name === '' || names.has(name)) continue;
			names.add(name);
			found.push({ name, value: equals >= 0 ? part.slice(equals + 1).trim() : '' });
		}
		return found;
	}
}

function keyOf(cookie: Cookie): string {
	return `${cookie.domain ?? ''}\u0000${cookie.path ?? ''}\u0000${cookie.key}`;
}

/** Why a cookie looks like a server-side session (empty when it does not): the rule, a JWT excepted. */
function sessionReasons(cookie: Cookie): string[] {
	if (isJwt(cookie.value)) return [];
	const reasons: string[] = [];
	if (cookie.expires === 'Infinity' && cookie.maxAge == null) reasons.push('no Expires or Max-Age');
	if (cookie.httpOnly && isOpaque(cookie.value)) reasons.push('HttpOnly, opaque value');
	return reasons;
}
