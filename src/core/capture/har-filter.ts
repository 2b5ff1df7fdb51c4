import { header, type HarEntry } from './har-read';

/** What a HAR entry is, for deciding whether it is drawn. */
export type EntryCategory = 'main' | 'static' | 'preflight' | 'beacon';

const STATIC_TYPES: ReadonlySet<string> = new Set(['stylesheet', 'script', 'image', 'font', 'media', 'manifest', 'texttrack', 'imageset']);
const STATIC_DESTINATIONS: ReadonlySet<string> = new Set(['style', 'script', 'image', 'font', 'audio', 'video', 'track', 'manifest', 'worker', 'sharedworker', 'serviceworker']);

/**
 * Documents, XHR/fetch and redirects are `main`; assets, CORS preflights and beacons are told apart by
 * Chromium's `_resourceType` when the HAR has it, else by `Sec-Fetch-Dest` / `Sec-Fetch-Mode` and the answer's
 * MIME type (Firefox writes no resource type).
 */
export function entryCategory(entry: HarEntry): EntryCategory {
	const type = entry.resourceType;
	if (type === 'preflight' || (entry.method === 'OPTIONS' && header(entry.requestHeaders, 'access-control-request-method') !== undefined)) return 'preflight';
	if (type === 'ping' || type === 'beacon' || type === 'csp_violation_report') return 'beacon';
	if (STATIC_TYPES.has(type)) return 'static';
	if (type === 'document' || type === 'xhr' || type === 'fetch' || type === 'websocket' || type === 'eventsource') return 'main';
	const destination = (header(entry.requestHeaders, 'sec-fetch-dest') ?? '').toLowerCase();
	if (STATIC_DESTINATIONS.has(destination)) return 'static';
	if (destination === 'empty' && entry.method === 'POST' && (header(entry.requestHeaders, 'sec-fetch-mode') ?? '').toLowerCase() === 'no-cors') return 'beacon';
	if (destination !== '') return 'main';
	return isStaticMime(entry.responseMime) && entry.method === 'GET' ? 'static' : 'main';
}

function isStaticMime(mime: string): boolean {
	const m = mime.toLowerCase();
	return m.startsWith('image/') || m.startsWith('font/') || m.startsWith('audio/') || m.startsWith('video/')
		|| m.startsWith('text/css') || m.includes('javascript') || m.includes('ecmascript') || m.includes('font-woff');
}
