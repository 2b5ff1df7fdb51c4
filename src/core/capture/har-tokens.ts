/**
 * Tokens across a HAR: those a JSON answer hands out (`access_token`, `id_token`, `refresh_token`, as OAuth 2.0
 * and OpenID Connect name them) and those a later `Authorization: Bearer` sends back.
 */
import { header, type HarEntry } from './har-read';
import { isJwt } from './secrets';

/** The token fields of a JSON answer the note tracks. */
const TOKEN_NAMES: readonly string[] = ['access_token', 'id_token', 'refresh_token'];
/** Answers larger than this are not searched for tokens (a token answer is small). */
const MAX_ANSWER = 1 << 20;
/** How deep in the answer's objects tokens are looked for (`{ "data": { "access_token": … } }`). */
const MAX_DEPTH = 3;

/** A token an answer handed out. */
export interface IssuedToken {
	name: string;
	value: string;
	/** Self-contained (a JWT): the server can check it without remembering it. */
	jwt: boolean;
	/** The participant that issued it. */
	issuer: string;
}

/** The tokens handed out so far, by value. */
export class TokenReplay {
	private readonly byValue = new Map<string, IssuedToken>();

	/** The tokens in this entry's JSON answer, remembered as issued by `participant`. */
	receive(entry: HarEntry, participant: string): IssuedToken[] {
		if (!/json/i.test(entry.responseMime) || entry.responseText.length > MAX_ANSWER) return [];
		let body: unknown;
		try {
			body = JSON.parse(entry.responseText);
		} catch {
			return [];
		}
		const found: IssuedToken[] = [];
		collect(body, 0, (name, value) => {
			const token: IssuedToken = { name, value, jwt: isJwt(value), issuer: participant };
			this.byValue.set(value, token);
			found.push(token);
		});
		return found;
	}

	/** The bearer token this request sends, and the issued token it is, when it is one. */
	bearer(entry: HarEntry): { value: string; token?: IssuedToken } | undefined {
		const value = header(entry.requestHeaders, 'authorization') ?? '';
		if (value.slice(0, 7).toLowerCase() !== 'bearer ') return undefined;
		const token = value.slice(7).trim();
		const issued = this.byValue.get(token);
		return issued ? { value: token, token: issued } : { value: token };
	}
}

function collect(value: unknown, depth: number, found: (name: string, value: string) => void): void {
	if (depth > MAX_DEPTH || typeof value !== 'object' || value === null || Array.isArray(value)) return;
	for (const [name, inner] of Object.entries(value)) {
		if (TOKEN_NAMES.includes(name) && typeof inner === 'string' && inner !== '') found(name, inner);
		else collect(inner, depth + 1, found);
	}
}
