import { describe, expect, it } from 'vitest';
import { simulate, type CaptureResult, type Protocol } from '../../../src/core';
import { protocolFromPcap } from '../../../src/core/capture/conversions';
import { fixtureBytes, parsedClean } from './fixtures';
import { buildPcap, ipOf, pcapRecords, withHeader } from './pcap-builder';

function converted(result: CaptureResult): Extract<CaptureResult, { ok: true }> {
	if (!result.ok) throw new Error(`conversion failed: ${JSON.stringify(result.error)}`);
	return result;
}

/** Client's and Server's `state` at Start and after each step. */
function states(protocol: Protocol): string[] {
	const run = simulate(protocol);
	const pair = (state: Record<string, Record<string, string | true>>): string => `${String(state.Client?.state)} ${String(state.Server?.state)}`;
	return [pair(run.start), ...run.frames.map((f) => pair(f.state))];
}

/**
 * The recorded connection (client connects, sends 10 bytes, the server acknowledges and answers 15 bytes, the
 * client acknowledges, the server closes first, the client's FIN acknowledges the server's, the server's last
 * ACK), walked through RFC 9293 §3.3.2's state diagram by hand.
 */
const RFC_9293_STATES = [
	'CLOSED LISTEN',
	'SYN_SENT SYN_RCVD', // SYN: active OPEN; the listener receives the SYN
	'ESTABLISHED SYN_RCVD', // SYN, ACK received in SYN_SENT
	'ESTABLISHED ESTABLISHED', // the ACK of the listener's SYN
	'ESTABLISHED ESTABLISHED', 'ESTABLISHED ESTABLISHED', 'ESTABLISHED ESTABLISHED', 'ESTABLISHED ESTABLISHED',
	'CLOSE_WAIT FIN_WAIT_1', // the server's CLOSE sends FIN; the client receives it
	'LAST_ACK TIME_WAIT', // the client's CLOSE; its segment acknowledges the server's FIN (FIN_WAIT_2) and carries FIN
	'CLOSED TIME_WAIT', // the ACK of the client's FIN
];

describe('protocolFromPcap on the recorded loopback connection', () => {
	const result = converted(protocolFromPcap(fixtureBytes('tcp-loopback.pcap')));
	const protocol = parsedClean(result.text);

	it('draws the two endpoints, named by who opened, with their address and port', () => {
		expect(protocol.participants.map((p) => [p.id, p.label])).toEqual([['Client', '127.0.0.1:41060'], ['Server', '127.0.0.1:8090']]);
	});

	it('draws every segment with its flags, relative numbers and length', () => {
		expect(protocol.steps.map((s) => `${s.from}>${s.to} ${s.text}`)).toEqual([
			'Client>Server SYN seq=0',
			'Server>Client SYN, ACK seq=0 ack=1',
			'Client>Server ACK seq=1 ack=1',
			'Client>Server PSH, ACK seq=1 ack=1 len=10',
			'Server>Client ACK seq=1 ack=11',
			'Server>Client PSH, ACK seq=1 ack=11 len=15',
			'Client>Server ACK seq=11 ack=16',
			'Server>Client FIN, ACK seq=16 ack=11',
			'Client>Server FIN, ACK seq=11 ack=17',
			'Server>Client ACK seq=17 ack=12',
		]);
		expect(result.warnings).toEqual([]);
	});

	it('follows RFC 9293 through the handshake, the transfer and the close', () => {
		expect(states(protocol)).toEqual(RFC_9293_STATES);
	});

	it('makes each data segment need both ends ESTABLISHED', () => {
		expect(protocol.steps[3]?.needs.map((n) => [n.participant, n.keys])).toEqual([['Client', ['state']], ['Server', ['state']]]);
		expect(result.text).toContain('%% @needs Client: state = ESTABLISHED');
		expect(result.text).toContain('%% @needs Server: state = ESTABLISHED');
		expect(protocol.steps[4]?.needs).toEqual([]);
	});

	it('fails the data segment when the server restarts after the handshake', () => {
		const run = simulate(protocol, { faults: [{ kind: 'restart', participant: 'Server', after: 2 }] });
		expect(run.frames[3]?.outcome).toBe('failed');
		expect(run.frames[3]?.failure).toMatchObject({ participant: 'Server', item: 'state' });
	});

	it('fails the data segment on its value condition when the handshake\'s last ACK is lost', () => {
		// Without the ACK of its SYN the server stays in SYN_RCVD (RFC 9293): it holds `state`, with another value.
		const run = simulate(protocol, { faults: [{ kind: 'drop', step: 2 }] });
		expect(run.frames[3]?.outcome).toBe('failed');
		expect(run.frames[3]?.failure).toMatchObject({ participant: 'Server', item: 'state', value: 'ESTABLISHED', cause: { kind: 'value', held: 'SYN_RCVD' } });
	});

	it('folds the ACKs that change no state when asked, and says how many', () => {
		const folded = converted(protocolFromPcap(fixtureBytes('tcp-loopback.pcap'), { foldAcks: true }));
		const steps = parsedClean(folded.text).steps.map((s) => s.text);
		expect(steps).toHaveLength(8);
		expect(steps).not.toContain('ACK seq=1 ack=11');
		expect(steps).toContain('ACK seq=1 ack=1');
		expect(steps).toContain('ACK seq=17 ack=12');
		expect(folded.warnings).toEqual([{ kind: 'folded-acks', count: 2 }]);
	});

	it('draws at most maxSegments and says how many there were', () => {
		const cut = converted(protocolFromPcap(fixtureBytes('tcp-loopback.pcap'), { maxSegments: 3 }));
		expect(parsedClean(cut.text).steps).toHaveLength(3);
		expect(cut.warnings).toEqual([{ kind: 'limit', shown: 3, total: 10 }]);
	});
});

describe('protocolFromPcap on the recorded IPv6 pcapng', () => {
	const protocol = parsedClean(converted(protocolFromPcap(fixtureBytes('tcp-loopback-ipv6.pcapng'))).text);

	it('reads the pcapng blocks and the IPv6 addresses', () => {
		expect(protocol.participants.map((p) => p.label)).toEqual(['[::1]:57468', '[::1]:8090']);
		expect(protocol.steps).toHaveLength(10);
	});

	it('follows the same RFC 9293 states', () => {
		expect(states(protocol)).toEqual(RFC_9293_STATES);
	});
});

describe('protocolFromPcap, link types', () => {
	const frames = pcapRecords(fixtureBytes('tcp-loopback.pcap'));
	const expected = converted(protocolFromPcap(fixtureBytes('tcp-loopback.pcap'))).text;
	const cases: [string, number, (frame: Uint8Array) => Uint8Array][] = [
		['BSD loopback (NULL, host byte order)', 0, (f) => withHeader([2, 0, 0, 0], ipOf(f))],
		['OpenBSD loopback (LOOP, network order)', 108, (f) => withHeader([0, 0, 0, 2], ipOf(f))],
		['Linux cooked (SLL)', 113, (f) => withHeader([0, 0, 0, 772, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0x08, 0x00].map((b) => b & 0xff), ipOf(f))],
		['Linux cooked v2 (SLL2)', 276, (f) => withHeader([0x08, 0x00, 0, 0, 0, 0, 0, 1, 3, 4, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0], ipOf(f))],
		['raw IP', 101, (f) => ipOf(f)],
		['Ethernet with a VLAN tag', 1, (f) => withHeader([...f.subarray(0, 12), 0x81, 0x00, 0x00, 0x05], f.subarray(12))],
	];
	for (const [name, linkType, rewrite] of cases) {
		it(`reads ${name} as the same connection`, () => {
			expect(converted(protocolFromPcap(buildPcap(linkType, frames.map(rewrite)))).text).toBe(expected);
		});
	}

	it('reads a big-endian pcap', () => {
		expect(converted(protocolFromPcap(buildPcap(1, frames, false))).text).toBe(expected);
	});

	it('counts packets that are not TCP and leaves them out', () => {
		const arp = withHeader([...(frames[0] ?? new Uint8Array(14)).subarray(0, 12), 0x08, 0x06], new Uint8Array(28));
		const result = converted(protocolFromPcap(buildPcap(1, [arp, ...frames])));
		expect(result.warnings).toEqual([{ kind: 'left-out', what: 'non-tcp', count: 1 }]);
	});

	it('takes a connection seen mid-way as established, and says so', () => {
		const result = converted(protocolFromPcap(buildPcap(1, frames.slice(3, 7))));
		const protocol = parsedClean(result.text);
		expect(protocol.participants.map((p) => p.id)).toEqual(['Host', 'Host_2']);
		expect(result.warnings).toEqual([{ kind: 'mid-connection', count: 1 }]);
		expect(simulate(protocol).start).toEqual({ Host: { state: 'ESTABLISHED' }, Host_2: { state: 'ESTABLISHED' } });
	});
});

describe('protocolFromPcap on bad input', () => {
	const whole = fixtureBytes('tcp-loopback.pcap');

	it('says a file cut inside a packet is truncated, with where', () => {
		const cut = whole.subarray(0, whole.length - 5);
		const result = protocolFromPcap(cut);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error.kind).toBe('truncated');
	});

	it('says a cut pcapng is truncated too', () => {
		const ng = fixtureBytes('tcp-loopback-ipv6.pcapng');
		expect(protocolFromPcap(ng.subarray(0, ng.length - 30))).toMatchObject({ ok: false, error: { kind: 'truncated' } });
	});

	it('says bytes that are no capture are not one', () => {
		expect(protocolFromPcap(new TextEncoder().encode('{"log": {}}'))).toEqual({ ok: false, error: { kind: 'not-pcap' } });
		expect(protocolFromPcap(new Uint8Array([1, 2]))).toEqual({ ok: false, error: { kind: 'not-pcap' } });
	});

	it('says a capture without TCP has none, and names a link type it cannot read', () => {
		expect(protocolFromPcap(buildPcap(1, []))).toEqual({ ok: false, error: { kind: 'no-tcp' } });
		expect(protocolFromPcap(buildPcap(105, pcapRecords(whole)))).toEqual({ ok: false, error: { kind: 'link-type', linkType: 105 } });
	});

	it('refuses a file over the size limit', () => {
		expect(protocolFromPcap(whole, { maxBytes: 100 })).toEqual({ ok: false, error: { kind: 'too-large', bytes: whole.length, limit: 100 } });
	});
});
