/** Rewrites a recorded Ethernet pcap into other containers and link types, for the decoders' tests. */

/** The records of a little-endian classic pcap: each packet's bytes. */
export function pcapRecords(bytes: Uint8Array): Uint8Array[] {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const records: Uint8Array[] = [];
	for (let at = 24; at + 16 <= bytes.length; ) {
		const length = view.getUint32(at + 8, true);
		records.push(bytes.subarray(at + 16, at + 16 + length));
		at += 16 + length;
	}
	return records;
}

/** A classic pcap (big- or little-endian) of `packets` with `linkType`. */
export function buildPcap(linkType: number, packets: Uint8Array[], littleEndian = true): Uint8Array {
	const size = 24 + packets.reduce((sum, p) => sum + 16 + p.length, 0);
	const out = new Uint8Array(size);
	const view = new DataView(out.buffer);
	view.setUint32(0, 0xa1b2c3d4, littleEndian);
	view.setUint16(4, 2, littleEndian);
	view.setUint16(6, 4, littleEndian);
	view.setUint32(16, 262144, littleEndian);
	view.setUint32(20, linkType, littleEndian);
	let at = 24;
	packets.forEach((packet, i) => {
		view.setUint32(at, 1_700_000_000 + i, littleEndian);
		view.setUint32(at + 8, packet.length, littleEndian);
		view.setUint32(at + 12, packet.length, littleEndian);
		out.set(packet, at + 16);
		at += 16 + packet.length;
	});
	return out;
}

/** The IP packet inside an Ethernet frame (no VLAN tag). */
export function ipOf(frame: Uint8Array): Uint8Array {
	return frame.subarray(14);
}

/** `header` followed by `body`. */
export function withHeader(header: number[], body: Uint8Array): Uint8Array {
	const out = new Uint8Array(header.length + body.length);
	out.set(header, 0);
	out.set(body, header.length);
	return out;
}
