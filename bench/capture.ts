import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { protocolFromHar, protocolFromPcap } from '../src/core/capture/conversions';
import type { BenchRow } from './types';

// `npm run bench` runs from the repository's root (scripts/bench.mjs changes to it).
const FIXTURES = join(process.cwd(), 'tests', 'fixtures', 'captures');
const TARGET_MS = 1000;

function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** The median CPU milliseconds of `work` over a few runs after a warm-up (the machine is shared: CPU time is the work's own). */
function cpuMs(work: () => unknown, runs = 5): number {
	work();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const usage = process.cpuUsage();
		work();
		const used = process.cpuUsage(usage);
		times.push((used.user + used.system) / 1000);
	}
	return median(times);
}

/** A 500-entry HAR made from the recorded cookie login: its entries over and over, a second apart, each path its own. */
export function largeHar(entries = 500): string {
	const har = JSON.parse(readFileSync(join(FIXTURES, 'cookie-login.har'), 'utf8')) as { log: { entries: { startedDateTime: string; request: { url: string } }[] } };
	const recorded = har.log.entries;
	const start = Date.parse(recorded[0]?.startedDateTime ?? '2026-01-01T00:00:00Z');
	har.log.entries = Array.from({ length: entries }, (_, i) => {
		const entry = structuredClone(recorded[i % recorded.length]);
		if (!entry) throw new Error('the cookie-login fixture has no entries');
		entry.startedDateTime = new Date(start + i * 1000).toISOString();
		entry.request.url = `${entry.request.url}${entry.request.url.includes('?') ? '&' : '?'}n=${i}`;
		return entry;
	});
	return JSON.stringify(har, null, 2);
}

/**
 * A 10,000-packet pcap made from the recorded loopback connection (10 packets): 1,000 connections, each the
 * recorded one from its own client port (the port is rewritten in both directions; checksums are not read).
 */
export function largePcap(connections = 1000): Uint8Array {
	const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'tcp-loopback.pcap')));
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const records: Uint8Array[] = [];
	for (let at = 24; at + 16 <= bytes.length; at += 16 + view.getUint32(at + 8, true)) records.push(bytes.subarray(at, at + 16 + view.getUint32(at + 8, true)));
	const tcpAt = 16 + 14 + 20;
	const clientPort = (records[0]?.[tcpAt] ?? 0) * 256 + (records[0]?.[tcpAt + 1] ?? 0);
	const size = records.reduce((sum, r) => sum + r.length, 0);
	const out = new Uint8Array(24 + size * connections);
	out.set(bytes.subarray(0, 24));
	let at = 24;
	for (let c = 0; c < connections; c++) {
		const port = 20000 + c;
		for (const record of records) {
			out.set(record, at);
			for (const offset of [tcpAt, tcpAt + 2]) {
				if (record[offset] * 256 + (record[offset + 1] ?? 0) === clientPort) {
					out[at + offset] = port >> 8;
					out[at + offset + 1] = port & 0xff;
				}
			}
			at += record.length;
		}
	}
	return out;
}

/** HAR → note and pcap → note, every entry and segment drawn (issue 23's targets). */
export function run(): Promise<BenchRow[]> {
	const har = largeHar();
	const harMs = cpuMs(() => {
		const result = protocolFromHar(har, { maxEntries: 500 });
		if (!result.ok) throw new Error(`the large HAR did not convert: ${result.error.kind}`);
	});
	const pcap = largePcap();
	const pcapMs = cpuMs(() => {
		const result = protocolFromPcap(pcap, { maxSegments: 10_000 });
		if (!result.ok) throw new Error(`the large pcap did not convert: ${result.error.kind}`);
	});
	return Promise.resolve([
		{ what: `500-entry HAR → note (${(har.length / 1e6).toFixed(1)} MB)`, measured: harMs, unit: 'ms', target: '< 1 s', met: harMs < TARGET_MS },
		{ what: `10,000-packet pcap → note (${(pcap.length / 1e6).toFixed(1)} MB)`, measured: pcapMs, unit: 'ms', target: '< 1 s', met: pcapMs < TARGET_MS },
	]);
}
