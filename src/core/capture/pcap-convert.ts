/**
 * A packet capture (pcap or pcapng) becomes a `protocol` block (issue 23): its TCP segments between
 * endpoints, with RFC 9293 connection states. Pure and sliced: see `CaptureJob`.
 */
import { decodeSegment, isKnownLinkType, type TcpSegment } from './packet-decode';
import { readCapture } from './pcap-read';
import { runToEnd, scaled } from './slices';
import { writeTcpDiagram } from './tcp-writer';
import { DEFAULT_MAX_BYTES, type CaptureJob, type CaptureNotice, type CaptureResult, type PcapOptions } from './types';

/** Segments drawn by default. */
const DEFAULT_MAX_SEGMENTS = 200;
/** Packets decoded between two yields. */
const PACKETS_PER_SLICE = 4000;

/** Converts a capture file's bytes at once: the `protocol` block's text, what was left out (nothing is hidden: no payload is written). */
export function protocolFromPcap(bytes: Uint8Array, options: PcapOptions = {}): CaptureResult {
	return runToEnd(pcapConversion(bytes, options));
}

/** The same conversion in slices, for a caller that must stay responsive (progress, cancel). */
export function* pcapConversion(bytes: Uint8Array, options: PcapOptions = {}): CaptureJob {
	const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
	if (bytes.length > maxBytes) return { ok: false, error: { kind: 'too-large', bytes: bytes.length, limit: maxBytes } };
	const read = yield* scaled(readCapture(bytes), 0, 0.4);
	if (!read.ok) return read;
	const segments: TcpSegment[] = [];
	let nonTcp = 0;
	let fragments = 0;
	let unknownLink: number | undefined;
	for (const [index, packet] of read.packets.entries()) {
		if (index > 0 && index % PACKETS_PER_SLICE === 0) yield 0.4 + (0.4 * index) / read.packets.length;
		if (!isKnownLinkType(packet.linkType)) {
			unknownLink ??= packet.linkType;
			nonTcp++;
			continue;
		}
		const segment = decodeSegment(packet.linkType, packet.data);
		if (segment === 'non-tcp') nonTcp++;
		else if (segment === 'fragment') fragments++;
		else segments.push(segment);
	}
	if (segments.length === 0) {
		return { ok: false, error: unknownLink !== undefined ? { kind: 'link-type', linkType: unknownLink } : { kind: 'no-tcp' } };
	}
	const maxSegments = Math.max(1, options.maxSegments ?? DEFAULT_MAX_SEGMENTS);
	const diagram = yield* scaled(writeTcpDiagram(segments, options.foldAcks === true, maxSegments), 0.8, 1);
	const warnings: CaptureNotice[] = [];
	if (nonTcp > 0) warnings.push({ kind: 'left-out', what: 'non-tcp', count: nonTcp });
	if (fragments > 0) warnings.push({ kind: 'left-out', what: 'fragment', count: fragments });
	if (diagram.folded > 0) warnings.push({ kind: 'folded-acks', count: diagram.folded });
	if (diagram.midConnection > 0) warnings.push({ kind: 'mid-connection', count: diagram.midConnection });
	if (diagram.total > diagram.drawn) warnings.push({ kind: 'limit', shown: diagram.drawn, total: diagram.total });
	return { ok: true, text: diagram.text, warnings, hidden: [], title: diagram.title };
}
