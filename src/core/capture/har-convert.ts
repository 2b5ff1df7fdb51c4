/**
 * A HAR becomes a `protocol` block (issue 23): one participant for the browser and one per host, the drawn
 * entries in time order, and the state they show — cookies through a cookie jar, tokens from JSON answers —
 * as `@state` / `@needs` lines marked as inferred. Pure and sliced: see `CaptureJob`.
 */
import { entryCategory, type EntryCategory } from './har-filter';
import { headerValues, readHar } from './har-read';
import { HarWriter } from './har-writer';
import { parseJsonInSlices } from './json-slices';
import { runToEnd, scaled } from './slices';
import { DEFAULT_MAX_BYTES, type CaptureJob, type CaptureNotice, type CaptureResult, type HarOptions } from './types';

/** Requests drawn by default; a note with more is no longer read step by step. */
const DEFAULT_MAX_ENTRIES = 200;
/** Entries converted between two yields. */
const ENTRIES_PER_SLICE = 50;

/** Converts a HAR (its text, or the parsed object) at once: the `protocol` block's text, what was left out, what was hidden. */
export function protocolFromHar(har: string | object, options: HarOptions = {}): CaptureResult {
	return runToEnd(harConversion(har, options));
}

/** The same conversion in slices, for a caller that must stay responsive (progress, cancel). */
export function* harConversion(har: string | object, options: HarOptions = {}): CaptureJob {
	const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
	let value: unknown = har;
	if (typeof har === 'string') {
		if (har.length > maxBytes) return { ok: false, error: { kind: 'too-large', bytes: har.length, limit: maxBytes } };
		const parsed = yield* scaled(parseJsonInSlices(har), 0, 0.5);
		if (!parsed.ok) return { ok: false, error: { kind: 'not-json', offset: parsed.offset } };
		value = parsed.value;
	}
	const log = yield* scaled(readHar(value), 0.5, 0.6);
	if (!log) return { ok: false, error: { kind: 'not-har' } };
	if (log.entries.length === 0) return { ok: false, error: { kind: 'no-entries' } };
	const writer = new HarWriter(options.mergeHosts === true);
	const maxEntries = Math.max(1, options.maxEntries ?? DEFAULT_MAX_ENTRIES);
	const leftOut: Record<Exclude<EntryCategory, 'main'>, number> = { static: 0, preflight: 0, beacon: 0 };
	let drawn = 0;
	let wanted = 0;
	for (const [index, entry] of log.entries.entries()) {
		if (index > 0 && index % ENTRIES_PER_SLICE === 0) yield 0.6 + (0.4 * index) / log.entries.length;
		const category = entryCategory(entry);
		// An answer that sets a cookie is drawn whatever it is: that is where the state comes from.
		const setsCookie = headerValues(entry.responseHeaders, 'set-cookie').length > 0;
		let included = true;
		if (category !== 'main' && !setsCookie && !wantedCategory(category, options)) {
			included = false;
			leftOut[category]++;
		}
		if (included) wanted++;
		if (included && drawn < maxEntries) {
			writer.draw(entry);
			drawn++;
		} else {
			writer.replay(entry);
		}
	}
	if (drawn === 0) return { ok: false, error: { kind: 'no-entries' } };
	const warnings: CaptureNotice[] = [];
	for (const what of ['static', 'preflight', 'beacon'] as const) {
		if (leftOut[what] > 0) warnings.push({ kind: 'left-out', what, count: leftOut[what] });
	}
	if (log.unreadable > 0) warnings.push({ kind: 'left-out', what: 'unreadable', count: log.unreadable });
	if (wanted > drawn) warnings.push({ kind: 'limit', shown: drawn, total: wanted });
	return { ok: true, text: writer.text(), warnings, hidden: writer.redactor.hidden(), title: writer.title };
}

function wantedCategory(category: Exclude<EntryCategory, 'main'>, options: HarOptions): boolean {
	if (category === 'static') return options.includeStatic === true;
	if (category === 'preflight') return options.includePreflights === true;
	return options.includeBeacons === true;
}
