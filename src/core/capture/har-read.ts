/**
 * The parts of a HAR 1.2 log (W3C draft; what Chromium, Firefox and Playwright write) that a diagram needs,
 * read defensively: a HAR is user input, so every field is checked, and an entry that cannot be read is
 * counted and skipped, never thrown.
 */

/** A header as recorded: name and value. */
export interface HarHeader {
	name: string;
	value: string;
}

/** One request and its answer. */
export interface HarEntry {
	method: string;
	url: URL;
	/** Milliseconds since the epoch when the request started (0 when not recorded). */
	started: number;
	requestHeaders: HarHeader[];
	/** The request body's MIME type and text, when recorded. */
	postMime: string;
	postText: string;
	status: number;
	statusText: string;
	responseHeaders: HarHeader[];
	responseMime: string;
	/** The answer's body as text (base64 decoded), when recorded. */
	responseText: string;
	/** Chromium's `_resourceType` (`document`, `fetch`, `ping`, ...), when recorded. */
	resourceType: string;
}

/** Entries read between two yields. */
const ENTRIES_PER_SLICE = 200;
/** Base64 bodies longer than this are not decoded: a token answer is small, and decoding takes time. */
const MAX_DECODED = 1 << 21;

/**
 * The log's entries in time order, how many could not be read; undefined when this is not a HAR at all.
 * Yields the share read now and then (decoding bodies takes time).
 */
export function* readHar(value: unknown): Generator<number, { entries: HarEntry[]; unreadable: number } | undefined, void> {
	const log = field(value, 'log');
	const list = field(log, 'entries');
	if (!Array.isArray(list)) return undefined;
	const entries: HarEntry[] = [];
	let unreadable = 0;
	for (const [index, item] of list.entries()) {
		if (index > 0 && index % ENTRIES_PER_SLICE === 0) yield index / list.length;
		const entry = readEntry(item);
		if (entry) entries.push(entry);
		else unreadable++;
	}
	// Stable: entries that started together keep the log's order.
	entries.sort((a, b) => a.started - b.started);
	return { entries, unreadable };
}

/** The value of `name` in `headers`, first match, ignoring case. */
export function header(headers: readonly HarHeader[], name: string): string | undefined {
	const lower = name.toLowerCase();
	return headers.find((h) => h.name.toLowerCase() === lower)?.value;
}

/** Every value of `name` in `headers`, ignoring case (HAR writes one `Set-Cookie` per header, or several joined by line breaks). */
export function headerValues(headers: readonly HarHeader[], name: string): string[] {
	const lower = name.toLowerCase();
	return headers.filter((h) => h.name.toLowerCase() === lower).flatMap((h) => h.value.split('\n')).filter((v) => v.trim() !== '');
}

function readEntry(item: unknown): HarEntry | undefined {
	const request = field(item, 'request');
	const response = field(item, 'response');
	const method = text(field(request, 'method'));
	const address = text(field(request, 'url'));
	if (method === '' || address === '') return undefined;
	let url: URL;
	try {
		url = new URL(address);
	} catch {
		return undefined;
	}
	const started = Date.parse(text(field(item, 'startedDateTime')));
	const content = field(response, 'content');
	const post = field(request, 'postData');
	const status = field(response, 'status');
	return {
		method: method.toUpperCase(),
		url,
		started: Number.isFinite(started) ? started : 0,
		requestHeaders: headers(field(request, 'headers')),
		postMime: text(field(post, 'mimeType')),
		postText: text(field(post, 'text')),
		status: typeof status === 'number' && Number.isFinite(status) ? status : 0,
		statusText: text(field(response, 'statusText')),
		responseHeaders: headers(field(response, 'headers')),
		responseMime: text(field(content, 'mimeType')),
		// Only answers that may carry tokens are decoded: an embedded image would cost time for nothing.
		responseText: /json|text/i.test(text(field(content, 'mimeType'))) ? bodyText(text(field(content, 'text')), text(field(content, 'encoding'))) : '',
		resourceType: text(field(item, '_resourceType')).toLowerCase(),
	};
}

function headers(value: unknown): HarHeader[] {
	if (!Array.isArray(value)) return [];
	const list: HarHeader[] = [];
	for (const item of value) {
		const name = text(field(item, 'name'));
		if (name !== '') list.push({ name, value: text(field(item, 'value')) });
	}
	return list;
}

/** A body recorded as base64 (binary answers, some JSON) decoded as UTF-8; undecodable bodies read as empty. */
function bodyText(body: string, encoding: string): string {
	if (encoding.toLowerCase() !== 'base64') return body;
	if (body.length > MAX_DECODED) return '';
	try {
		const binary = atob(body);
		const bytes = new Uint8Array(binary.length);
		for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return '';
	}
}

function field(value: unknown, name: string): unknown {
	return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[name] : undefined;
}

function text(value: unknown): string {
	return typeof value === 'string' ? value : '';
}
