/**
 * Writes the diagram of TCP segments: one participant per endpoint (`Client` for the end that sent the SYN,
 * `Server` for the one that took it, `Host` when the capture began mid-connection; the `ip:port` as alias,
 * for the reader to rename), one message per segment with its flags and relative numbers, and each
 * connection's RFC 9293 state as `%% @state P += state = …` after the segment that moves it.
 */
import { BlockLines, escapeLabel, participantId } from './block-text';
import { FLAG, type TcpSegment } from './packet-decode';
import { applySegment, MAY_RECEIVE, MAY_SEND, type StateChange, type TcpEnd, type TcpState } from './tcp-states';

const FLAG_NAMES: ReadonlyArray<readonly [number, string]> = [[FLAG.SYN, 'SYN'], [FLAG.FIN, 'FIN'], [FLAG.RST, 'RST'], [FLAG.PSH, 'PSH'], [FLAG.ACK, 'ACK'], [FLAG.URG, 'URG'], [FLAG.ECE, 'ECE'], [FLAG.CWR, 'CWR']];

/** One connection: its two ends, keyed by endpoint, and where relative numbers start. */
interface Connection {
	ends: Map<string, TcpEnd>;
	base: Map<string, number>;
}

/** What writing the segments gave: the text, how many were drawn, folded, and how many began mid-connection. */
export interface TcpDiagram {
	text: string;
	title: string;
	drawn: number;
	total: number;
	folded: number;
	midConnection: number;
}

/** Segments walked between two yields. */
const SEGMENTS_PER_SLICE = 5000;

/** Writes `segments` (in capture order) as a block, at most `maxSegments` drawn; yields the share walked now and then. */
export function* writeTcpDiagram(segments: readonly TcpSegment[], foldAcks: boolean, maxSegments: number): Generator<number, TcpDiagram, void> {
	const connections = new Map<string, Connection>();
	const lines = new BlockLines();
	const ids = new Map<string, string>();
	const taken = new Set<string>();
	const declarations: string[] = [];
	const initial: string[] = [];
	const peers = new Map<string, Set<string>>();
	let midConnection = 0;
	// First pass: each connection's opening, and every endpoint's peers (to name its state items).
	for (const [index, segment] of segments.entries()) {
		if (index > 0 && index % SEGMENTS_PER_SLICE === 0) yield (0.5 * index) / segments.length;
		const key = pairKey(segment);
		if (!connections.has(key)) {
			const opening = (segment.flags & (FLAG.SYN | FLAG.ACK)) === FLAG.SYN;
			const answering = (segment.flags & (FLAG.SYN | FLAG.ACK)) === (FLAG.SYN | FLAG.ACK);
			if (!opening) midConnection++;
			const senderState: TcpState = opening ? 'CLOSED' : answering ? 'LISTEN' : 'ESTABLISHED';
			const receiverState: TcpState = opening ? 'LISTEN' : answering ? 'SYN_SENT' : 'ESTABLISHED';
			connections.set(key, {
				ends: new Map([[segment.from, { endpoint: segment.from, state: senderState, passive: false }], [segment.to, { endpoint: segment.to, state: receiverState, passive: false }]]),
				base: new Map(),
			});
			const role = (endpoint: string, name: string): void => {
				if (ids.has(endpoint)) return;
				const id = participantId(name, taken);
				taken.add(id);
				ids.set(endpoint, id);
				declarations.push(`participant ${id} as ${escapeLabel(endpoint)}`);
			};
			role(segment.from, opening ? 'Client' : answering ? 'Server' : 'Host');
			role(segment.to, opening ? 'Server' : answering ? 'Client' : 'Host');
		}
		for (const [a, b] of [[segment.from, segment.to], [segment.to, segment.from]] as const) {
			const set = peers.get(a) ?? new Set<string>();
			set.add(b);
			peers.set(a, set);
		}
	}
	const idOf = (endpoint: string): string => ids.get(endpoint) ?? endpoint;
	const stateKey = (end: string, peer: string): string => ((peers.get(end)?.size ?? 0) > 1 ? `state to ${idOf(peer)}` : 'state');
	for (const connection of connections.values()) {
		const [a, b] = [...connection.ends.values()];
		if (!a || !b) continue;
		const opening = a.state === 'CLOSED' || a.state === 'LISTEN';
		initial.push(opening
			? `%% inferred: before the handshake (RFC 9293) ${idOf(a.endpoint)} is ${a.state} and ${idOf(b.endpoint)} is ${b.state}`
			: `%% inferred: the capture began after the handshake: both ends taken as ${a.state === 'ESTABLISHED' ? 'ESTABLISHED' : 'opening'}`);
		for (const [end, peer] of [[a, b], [b, a]] as const) initial.push(`%% @state ${idOf(end.endpoint)} += ${stateKey(end.endpoint, peer.endpoint)} = ${end.state}`);
	}
	// Second pass: the segments, the states they move.
	let drawn = 0;
	let total = 0;
	let folded = 0;
	for (const [index, segment] of segments.entries()) {
		if (index > 0 && index % SEGMENTS_PER_SLICE === 0) yield 0.5 + (0.5 * index) / segments.length;
		const connection = connections.get(pairKey(segment));
		const sender = connection?.ends.get(segment.from);
		const receiver = connection?.ends.get(segment.to);
		if (!connection || !sender || !receiver) continue;
		const before = { sender: sender.state, receiver: receiver.state };
		// Relative numbers count from each end's first segment: every segment is labelled, drawn or not.
		const label = segmentLabel(segment, connection);
		const changes = applySegment(segment, sender, receiver);
		if (foldAcks && segment.flags === FLAG.ACK && segment.length === 0 && changes.length === 0) {
			folded++;
			continue;
		}
		total++;
		if (drawn >= maxSegments) continue;
		drawn++;
		lines.line(`${idOf(segment.from)}->>${idOf(segment.to)}: ${escapeLabel(label)}`);
		if (segment.length > 0) {
			const needs: string[] = [];
			if (MAY_SEND.has(before.sender)) needs.push(`%% @needs ${idOf(segment.from)}: ${stateKey(segment.from, segment.to)} = ${before.sender}`);
			if (MAY_RECEIVE.has(before.receiver)) needs.push(`%% @needs ${idOf(segment.to)}: ${stateKey(segment.to, segment.from)} = ${before.receiver}`);
			if (needs.length > 0) lines.comment('inferred: data moves only on a synchronized connection (RFC 9293)');
			for (const need of needs) lines.line(need);
		}
		writeChanges(lines, changes, (end) => `${idOf(end.endpoint)} += ${stateKey(end.endpoint, end === sender ? receiver.endpoint : sender.endpoint)}`, idOf);
	}
	const only = connections.size === 1 ? [...connections.values()][0] : undefined;
	const title = only ? [...only.ends.keys()].join(' ↔ ') : `${connections.size} connections`;
	const out = new BlockLines();
	out.head(`%% @title TCP capture: ${title}`);
	out.head('%% @kind stateful');
	for (const line of [...declarations, ...initial]) out.line(line);
	out.body.push(...lines.body);
	return { text: out.text(), title, drawn, total, folded, midConnection };
}

/** The same key for both directions of a connection. */
function pairKey(segment: TcpSegment): string {
	return segment.from < segment.to ? `${segment.from} ${segment.to}` : `${segment.to} ${segment.from}`;
}

/** `SYN seq=0`, `PSH, ACK seq=1 ack=1 len=10`: flags as Wireshark lists them, numbers relative to each end's first. */
function segmentLabel(segment: TcpSegment, connection: Connection): string {
	const flags = FLAG_NAMES.filter(([bit]) => (segment.flags & bit) !== 0).map(([, name]) => name);
	const base = (endpoint: string, seen: number): number => {
		const known = connection.base.get(endpoint);
		if (known !== undefined) return known;
		connection.base.set(endpoint, seen);
		return seen;
	};
	const seq = (segment.seq - base(segment.from, segment.seq)) >>> 0;
	let label = `${flags.length > 0 ? flags.join(', ') : 'no flags'} seq=${seq}`;
	const peerBase = connection.base.get(segment.to);
	if ((segment.flags & FLAG.ACK) !== 0 && peerBase !== undefined) label += ` ack=${(segment.ack - peerBase) >>> 0}`;
	if (segment.length > 0) label += ` len=${segment.length}`;
	return label;
}

/** The states a segment moved, each end's last one, after a comment that says they are inferred. */
function writeChanges(lines: BlockLines, changes: StateChange[], target: (end: TcpEnd) => string, idOf: (endpoint: string) => string): void {
	if (changes.length === 0) return;
	lines.comment(`inferred from the flags (RFC 9293): ${changes.map((c) => `${idOf(c.end.endpoint)} ${c.from} → ${c.to}`).join(', ')}`);
	const last = new Map<TcpEnd, TcpState>();
	for (const change of changes) last.set(change.end, change.to);
	for (const [end, state] of last) lines.line(`%% @state ${target(end)} = ${state}`);
}
