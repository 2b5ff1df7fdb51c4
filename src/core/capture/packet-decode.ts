/**
 * A captured packet's TCP segment: the link layer (Ethernet with VLAN tags, BSD loopback/null, Linux cooked
 * SLL and SLL2, raw IP), IPv4 or IPv6 (extension headers followed), then the TCP header. Lengths come from the
 * IP header, so a segment cut at the snapshot length still reports its real payload length.
 */
import { formatIpv4, formatIpv6 } from './addresses';

/** TCP flag bits (RFC 9293 §3.1, with ECE and CWR of RFC 3168). */
export const FLAG = { FIN: 0x01, SYN: 0x02, RST: 0x04, PSH: 0x08, ACK: 0x10, URG: 0x20, ECE: 0x40, CWR: 0x80 } as const;

/** A TCP segment as the note needs it. */
export interface TcpSegment {
	/** `ip:port` of the sender and receiver (`[v6]:port` for IPv6). */
	from: string;
	to: string;
	seq: number;
	ack: number;
	flags: number;
	/** Payload bytes. */
	length: number;
}

/** Link types read (tcpdump.org's LINKTYPE_ values). */
export const LINK_TYPES = { NULL: 0, ETHERNET: 1, RAW: 101, LOOP: 108, LINUX_SLL: 113, IPV4: 228, IPV6: 229, LINUX_SLL2: 276 } as const;
const KNOWN_LINKS: ReadonlySet<number> = new Set<number>([...Object.values(LINK_TYPES), 12, 14]);

/** Whether packets of this link type can be read. */
export function isKnownLinkType(linkType: number): boolean {
	return KNOWN_LINKS.has(linkType);
}

/** The packet's TCP segment, or why there is none. */
export function decodeSegment(linkType: number, data: Uint8Array): TcpSegment | 'non-tcp' | 'fragment' {
	const network = networkLayer(linkType, data);
	if (!network) return 'non-tcp';
	const { version, offset } = network;
	return version === 4 ? ipv4(data, offset) : ipv6(data, offset);
}

function u16(data: Uint8Array, at: number): number {
	return ((data[at] ?? 0) << 8) | (data[at + 1] ?? 0);
}

function u32(data: Uint8Array, at: number): number {
	return (((data[at] ?? 0) << 24) | ((data[at + 1] ?? 0) << 16) | ((data[at + 2] ?? 0) << 8) | (data[at + 3] ?? 0)) >>> 0;
}

/** Where the IP header starts and which version it is, by link type. */
function networkLayer(linkType: number, data: Uint8Array): { version: 4 | 6; offset: number } | undefined {
	switch (linkType) {
		case LINK_TYPES.ETHERNET: {
			let at = 12;
			let type = u16(data, at);
			// 802.1Q and 802.1ad tags, possibly stacked.
			while ((type === 0x8100 || type === 0x88a8) && at + 6 <= data.length) {
				at += 4;
				type = u16(data, at);
			}
			return byEtherType(type, at + 2);
		}
		case LINK_TYPES.NULL:
		case LINK_TYPES.LOOP: {
			// The family is in the capturing host's byte order for NULL, network order for LOOP.
			const big = u32(data, 0);
			const little = ((data[0] ?? 0) | ((data[1] ?? 0) << 8) | ((data[2] ?? 0) << 16) | ((data[3] ?? 0) << 24)) >>> 0;
			const family = linkType === LINK_TYPES.LOOP ? big : big < 256 ? big : little;
			if (family === 2) return { version: 4, offset: 4 };
			if (family === 24 || family === 28 || family === 30 || family === 10) return { version: 6, offset: 4 };
			return undefined;
		}
		case LINK_TYPES.LINUX_SLL:
			return byEtherType(u16(data, 14), 16);
		case LINK_TYPES.LINUX_SLL2:
			return byEtherType(u16(data, 0), 20);
		case LINK_TYPES.IPV4:
			return { version: 4, offset: 0 };
		case LINK_TYPES.IPV6:
			return { version: 6, offset: 0 };
		case LINK_TYPES.RAW:
		case 12:
		case 14: {
			const version = (data[0] ?? 0) >> 4;
			return version === 4 || version === 6 ? { version, offset: 0 } : undefined;
		}
		default:
			return undefined;
	}
}

function byEtherType(type: number, offset: number): { version: 4 | 6; offset: number } | undefined {
	if (type === 0x0800) return { version: 4, offset };
	if (type === 0x86dd) return { version: 6, offset };
	return undefined;
}

function ipv4(data: Uint8Array, at: number): TcpSegment | 'non-tcp' | 'fragment' {
	if (at + 20 > data.length || (data[at] ?? 0) >> 4 !== 4) return 'non-tcp';
	const headerLength = ((data[at] ?? 0) & 0x0f) * 4;
	const total = u16(data, at + 2);
	const fragment = u16(data, at + 6);
	if ((data[at + 9] ?? 0) !== 6 || headerLength < 20) return 'non-tcp';
	// More fragments, or not the first: the TCP header is elsewhere or whole only after reassembly.
	if ((fragment & 0x2000) !== 0 || (fragment & 0x1fff) !== 0) return 'fragment';
	const from = formatIpv4(data.subarray(at + 12, at + 16));
	const to = formatIpv4(data.subarray(at + 16, at + 20));
	return tcp(data, at + headerLength, total - headerLength, from, to);
}

function ipv6(data: Uint8Array, at: number): TcpSegment | 'non-tcp' | 'fragment' {
	if (at + 40 > data.length || (data[at] ?? 0) >> 4 !== 6) return 'non-tcp';
	let next = data[at + 6] ?? 0;
	let remaining = u16(data, at + 4);
	let offset = at + 40;
	const from = `[${formatIpv6(data.subarray(at + 8, at + 24))}]`;
	const to = `[${formatIpv6(data.subarray(at + 24, at + 40))}]`;
	// Hop-by-hop, routing, destination options, authentication: skip to the next header.
	while (next === 0 || next === 43 || next === 60 || next === 51) {
		if (offset + 2 > data.length) return 'non-tcp';
		const length = next === 51 ? ((data[offset + 1] ?? 0) + 2) * 4 : ((data[offset + 1] ?? 0) + 1) * 8;
		next = data[offset] ?? 0;
		offset += length;
		remaining -= length;
	}
	if (next === 44) return 'fragment';
	if (next !== 6) return 'non-tcp';
	return tcp(data, offset, remaining, from, to);
}

function tcp(data: Uint8Array, at: number, segmentLength: number, fromIp: string, toIp: string): TcpSegment | 'non-tcp' {
	if (at + 20 > data.length) return 'non-tcp';
	const headerLength = ((data[at + 12] ?? 0) >> 4) * 4;
	if (headerLength < 20) return 'non-tcp';
	return {
		from: `${fromIp}:${u16(data, at)}`,
		to: `${toIp}:${u16(data, at + 2)}`,
		seq: u32(data, at + 4),
		ack: u32(data, at + 8),
		flags: data[at + 13] ?? 0,
		length: Math.max(0, segmentLength - headerLength),
	};
}
