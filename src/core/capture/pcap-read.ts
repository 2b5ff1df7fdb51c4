/**
 * The packets of a capture file: classic pcap (both byte orders, micro- and nanosecond) and pcapng (Section
 * Header, Interface Description, Enhanced / Simple / obsolete Packet blocks; other blocks skipped). Packet data
 * are views into the file, never copies. A file that ends inside a header or a packet is refused as truncated:
 * a half-read capture would draw a connection that never happened.
 */
import type { CaptureError } from './types';

/** One captured packet: the link type of its interface and its bytes (as captured, maybe cut at the snapshot length). */
export interface RawPacket {
	linkType: number;
	data: Uint8Array;
}

/** Packets read between two yields. */
const PACKETS_PER_SLICE = 4000;

/** The packets of `bytes`, yielding the share read now and then; an error when the file is not a capture or is cut short. */
export function* readCapture(bytes: Uint8Array): Generator<number, { ok: true; packets: RawPacket[] } | { ok: false; error: CaptureError }, void> {
	if (bytes.length < 4) return { ok: false, error: { kind: 'not-pcap' } };
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const magic = view.getUint32(0, false);
	if (magic === 0x0a0d0d0a) return yield* readPcapng(bytes, view);
	const little = magic === 0xd4c3b2a1 || magic === 0x4d3cb2a1;
	if (!little && magic !== 0xa1b2c3d4 && magic !== 0xa1b23c4d) return { ok: false, error: { kind: 'not-pcap' } };
	if (bytes.length < 24) return { ok: false, error: { kind: 'truncated', offset: bytes.length } };
	// The link type's upper bits may carry FCS information (pcap file format draft, LinkType field).
	const linkType = view.getUint32(20, little) & 0x0fffffff;
	const packets: RawPacket[] = [];
	let offset = 24;
	while (offset < bytes.length) {
		if (packets.length % PACKETS_PER_SLICE === PACKETS_PER_SLICE - 1) yield offset / bytes.length;
		if (offset + 16 > bytes.length) return { ok: false, error: { kind: 'truncated', offset } };
		const captured = view.getUint32(offset + 8, little);
		const start = offset + 16;
		if (start + captured > bytes.length) return { ok: false, error: { kind: 'truncated', offset } };
		packets.push({ linkType, data: bytes.subarray(start, start + captured) });
		offset = start + captured;
	}
	return { ok: true, packets };
}

function* readPcapng(bytes: Uint8Array, view: DataView): Generator<number, { ok: true; packets: RawPacket[] } | { ok: false; error: CaptureError }, void> {
	const packets: RawPacket[] = [];
	let little = true;
	let interfaces: number[] = [];
	let offset = 0;
	while (offset < bytes.length) {
		if (packets.length % PACKETS_PER_SLICE === PACKETS_PER_SLICE - 1) yield offset / bytes.length;
		if (offset + 12 > bytes.length) return { ok: false, error: { kind: 'truncated', offset } };
		const type = view.getUint32(offset, little);
		if (type === 0x0a0d0d0a) {
			// A Section Header Block: its byte-order magic says how every later number is written.
			const order = view.getUint32(offset + 8, true);
			if (order !== 0x1a2b3c4d && order !== 0x4d3c2b1a) return { ok: false, error: { kind: 'not-pcap' } };
			little = order === 0x1a2b3c4d;
			interfaces = [];
		}
		const length = view.getUint32(offset + 4, little);
		if (length < 12 || length % 4 !== 0) return { ok: false, error: offset === 0 ? { kind: 'not-pcap' } : { kind: 'truncated', offset } };
		if (offset + length > bytes.length) return { ok: false, error: { kind: 'truncated', offset } };
		const body = offset + 8;
		const end = offset + length - 4;
		if (type === 1 && body + 2 <= end) {
			interfaces.push(view.getUint16(body, little));
		} else if ((type === 6 || type === 2) && body + 20 <= end) {
			const iface = type === 6 ? view.getUint32(body, little) : view.getUint16(body, little);
			const captured = view.getUint32(body + 12, little);
			const linkType = interfaces[iface];
			if (body + 20 + captured > end || linkType === undefined) return { ok: false, error: { kind: 'truncated', offset } };
			packets.push({ linkType, data: bytes.subarray(body + 20, body + 20 + captured) });
		} else if (type === 3 && body + 4 <= end) {
			const original = view.getUint32(body, little);
			const linkType = interfaces[0];
			if (linkType === undefined) return { ok: false, error: { kind: 'truncated', offset } };
			packets.push({ linkType, data: bytes.subarray(body + 4, Math.min(end, body + 4 + original)) });
		}
		offset += length;
	}
	return { ok: true, packets };
}
