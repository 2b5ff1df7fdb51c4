import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProtocol, type Protocol } from '../../../src/core';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'captures');

/** A recorded fixture's text (HAR). */
export function fixtureText(name: string): string {
	return readFileSync(join(DIR, name), 'utf8');
}

/** A recorded fixture's bytes (pcap, pcapng). */
export function fixtureBytes(name: string): Uint8Array {
	return new Uint8Array(readFileSync(join(DIR, name)));
}

/** Parses a generated block and requires it to parse with no warning at all. */
export function parsedClean(text: string): Protocol {
	const parsed = parseProtocol(text);
	if (!parsed.ok) throw new Error(`did not parse: ${JSON.stringify(parsed.errors)}`);
	if (parsed.warnings.length > 0) throw new Error(`warnings: ${JSON.stringify(parsed.warnings)}`);
	return parsed.protocol;
}

/** One HAR entry, written by hand for a case the recordings do not show. */
export interface HandEntry {
	method?: string;
	url: string;
	at?: number;
	status?: number;
	type?: string;
	requestHeaders?: Record<string, string>;
	setCookies?: string[];
	responseMime?: string;
	responseText?: string;
	postMime?: string;
	postText?: string;
}

/** A HAR log of hand-written entries (times in seconds from a fixed start). */
export function handHar(entries: HandEntry[]): string {
	const start = Date.parse('2026-01-01T00:00:00Z');
	return JSON.stringify({
		log: {
			version: '1.2',
			creator: { name: 'test', version: '1' },
			entries: entries.map((e, i) => ({
				startedDateTime: new Date(start + (e.at ?? i) * 1000).toISOString(),
				...(e.type ? { _resourceType: e.type } : {}),
				request: {
					method: e.method ?? 'GET',
					url: e.url,
					headers: Object.entries(e.requestHeaders ?? {}).map(([name, value]) => ({ name, value })),
					...(e.postText !== undefined ? { postData: { mimeType: e.postMime ?? 'application/x-www-form-urlencoded', text: e.postText } } : {}),
				},
				response: {
					status: e.status ?? 200,
					statusText: '',
					headers: (e.setCookies ?? []).map((value) => ({ name: 'Set-Cookie', value })),
					content: { mimeType: e.responseMime ?? 'text/html', text: e.responseText ?? '' },
				},
			})),
		},
	});
}
