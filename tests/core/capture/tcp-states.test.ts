import { describe, expect, it } from 'vitest';
import { FLAG } from '../../../src/core/capture/packet-decode';
import { applySegment, type TcpEnd } from '../../../src/core/capture/tcp-states';

function end(endpoint: string, state: TcpEnd['state']): TcpEnd {
	return { endpoint, state, passive: false };
}

function send(from: TcpEnd, to: TcpEnd, flags: number, seq: number, ack = 0, length = 0): void {
	applySegment({ from: from.endpoint, to: to.endpoint, flags, seq, ack, length }, from, to);
}

describe('applySegment (RFC 9293 §3.3.2)', () => {
	it('walks a close whose FINs cross in flight through CLOSING to TIME_WAIT on both ends', () => {
		const a = end('a', 'ESTABLISHED');
		// b has sent its FIN (sequence number 500); the capture sees it after a's.
		const b: TcpEnd = { ...end('b', 'FIN_WAIT_1'), fin: 500 };
		send(a, b, FLAG.FIN | FLAG.ACK, 100, 500);
		expect([a.state, b.state]).toEqual(['FIN_WAIT_1', 'CLOSING']);
		send(b, a, FLAG.FIN | FLAG.ACK, 500, 101);
		expect([a.state, b.state]).toEqual(['TIME_WAIT', 'CLOSING']);
		send(a, b, FLAG.ACK, 101, 501);
		expect([a.state, b.state]).toEqual(['TIME_WAIT', 'TIME_WAIT']);
	});

	it('sends a passive opener back to LISTEN on a reset in SYN_RCVD, and the other end to CLOSED', () => {
		const client = end('c', 'CLOSED');
		const server = end('s', 'LISTEN');
		send(client, server, FLAG.SYN, 1000);
		expect([client.state, server.state]).toEqual(['SYN_SENT', 'SYN_RCVD']);
		send(client, server, FLAG.RST, 1001);
		expect([client.state, server.state]).toEqual(['CLOSED', 'LISTEN']);
	});

	it('does not take an ACK of data for the ACK of a FIN', () => {
		const a = end('a', 'ESTABLISHED');
		const b = end('b', 'ESTABLISHED');
		send(a, b, FLAG.FIN | FLAG.ACK | FLAG.PSH, 100, 700, 10);
		expect([a.state, a.fin]).toEqual(['FIN_WAIT_1', 110]);
		send(b, a, FLAG.ACK, 700, 105);
		expect(a.state).toBe('FIN_WAIT_1');
		send(b, a, FLAG.ACK, 700, 111);
		expect(a.state).toBe('FIN_WAIT_2');
	});

	it('compares sequence numbers modulo 2^32 across the wrap', () => {
		const client = end('c', 'CLOSED');
		const server = end('s', 'LISTEN');
		send(client, server, FLAG.SYN, 0xffffffff);
		send(server, client, FLAG.SYN | FLAG.ACK, 7, 0);
		expect(client.state).toBe('ESTABLISHED');
	});
});
