/** How a value is recognised as a secret, and how a request's path is written with its secrets hidden. */
import type { Redactor } from './redact';

/** Parts of parameter names that mark their values as secret (`password`, `api_key`, `access_token`, `sig`...). */
const SECRET_NAME_PARTS: readonly string[] = ['pass', 'pwd', 'secret', 'token', 'key', 'sig', 'auth', 'code', 'session', 'sid', 'otp', 'ticket', 'jwt', 'cred', 'nonce'];

/** Whether a parameter or field called `name` holds a secret. */
export function isSecretName(name: string): boolean {
	const lower = name.toLowerCase();
	return SECRET_NAME_PARTS.some((part) => lower.includes(part));
}

/** Whether a field called `name` holds a password (for the notice: a password was sent, hidden). */
export function isPasswordName(name: string): boolean {
	const lower = name.toLowerCase();
	return lower.includes('pass') || lower === 'pwd' || lower === 'pin';
}

/** A JSON Web Token (RFC 7519, compact JWS): three base64url parts whose first decodes to a JSON header with `alg`. */
export function isJwt(value: string): boolean {
	const parts = value.split('.');
	if (parts.length !== 3 || parts.some((part) => !isBase64Url(part)) || (parts[0] ?? '') === '' || (parts[1] ?? '') === '') return false;
	try {
		const base64 = (parts[0] ?? '').replace(/-/g, '+').replace(/_/g, '/');
		const head: unknown = JSON.parse(atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4)));
		return typeof head === 'object' && head !== null && 'alg' in head;
	} catch {
		return false;
	}
}

/** A value that means nothing to a reader: long, no blanks, random-looking (hex, base64, a UUID). */
export function isOpaque(value: string): boolean {
	if (value.length < 16 || /\s/.test(value)) return false;
	let digits = 0;
	for (const char of value) if (char >= '0' && char <= '9') digits++;
	return digits > 0;
}

function isBase64Url(part: string): boolean {
	for (const char of part) if (!/[A-Za-z0-9_-]/.test(char)) return false;
	return true;
}

/** The longest path written into a message; longer ones end in `…`. */
const PATH_LENGTH = 80;

/**
 * A request's path and query as written into its message: values of secret-looking parameters (and any JWT)
 * replaced by their labels, and the whole cut to `PATH_LENGTH` characters.
 */
export function shownPath(url: URL, redactor: Redactor): string {
	let query = '';
	for (const [name, value] of url.searchParams) {
		const secret = value !== '' && (isSecretName(name) || isJwt(value));
		const shown = secret ? redactor.label(isPasswordName(name) ? 'password' : 'query', name, value) : value;
		query += `${query === '' ? '?' : '&'}${name}${value === '' && !secret ? '' : `=${shown}`}`;
	}
	const path = decodePath(url.pathname) + query;
	return path.length > PATH_LENGTH ? `${path.slice(0, PATH_LENGTH - 1)}…` : path;
}

/** `%20` and friends shown as the characters they stand for, when they decode. */
function decodePath(path: string): string {
	try {
		return decodeURIComponent(path);
	} catch {
		return path;
	}
}
