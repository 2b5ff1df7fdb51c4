/**
 * TCP connection states as RFC 9293 §3.3.2 defines them (written as the issue and netstat spell them:
 * `SYN_SENT`, `SYN_RCVD`, `FIN_WAIT_1`, …), moved by the segments a capture shows. Each segment changes its
 * sender as it is sent (SYN, FIN, RST) and its receiver as it arrives, in the order §3.10.7.4 processes a
 * segment: RST, then SYN, then the ACK field, then FIN. TIME_WAIT's 2·MSL timer is not in any capture, so a
 * connection that ends there stays there.
 */
import { FLAG, type TcpSegment } from './packet-decode';

/** A connection state of RFC 9293. */
export type TcpState =
	| 'CLOSED' | 'LISTEN' | 'SYN_SENT' | 'SYN_RCVD' | 'ESTABLISHED' | 'FIN_WAIT_1' | 'FIN_WAIT_2'
	| 'CLOSE_WAIT' | 'CLOSING' | 'LAST_ACK' | 'TIME_WAIT';

/** One end of a connection. */
export interface TcpEnd {
	endpoint: string;
	state: TcpState;
	/** Sequence number of this end's SYN, once seen (relative numbers count from it). */
	isn?: number;
	/** Sequence number of this end's FIN, once sent: an ACK of `fin + 1` acknowledges it. */
	fin?: number;
	/** Opened by receiving a SYN (a passive OPEN): an RST in SYN_RCVD sends it back to LISTEN. */
	passive: boolean;
}

/** A state change a segment caused. */
export interface StateChange {
	end: TcpEnd;
	from: TcpState;
	to: TcpState;
}

/** States in which an end may still send data (§3.10.2). */
export const MAY_SEND: ReadonlySet<TcpState> = new Set(['ESTABLISHED', 'CLOSE_WAIT']);
/** States in which an end still accepts data (§3.10.7.4, "seventh, process the segment text"). */
export const MAY_RECEIVE: ReadonlySet<TcpState> = new Set(['ESTABLISHED', 'FIN_WAIT_1', 'FIN_WAIT_2']);

/** Moves both ends of a connection for one segment from `sender` to `receiver`; returns what changed. */
export function applySegment(segment: TcpSegment, sender: TcpEnd, receiver: TcpEnd): StateChange[] {
	const changes: StateChange[] = [];
	const move = (end: TcpEnd, to: TcpState): void => {
		if (end.state === to) return;
		changes.push({ end, from: end.state, to });
		end.state = to;
	};
	const has = (flag: number): boolean => (segment.flags & flag) !== 0;
	if (has(FLAG.RST)) {
		move(sender, 'CLOSED');
		move(receiver, receiver.state === 'SYN_RCVD' && receiver.passive ? 'LISTEN' : 'CLOSED');
		return changes;
	}
	if (has(FLAG.SYN)) {
		sender.isn = segment.seq;
		if (!has(FLAG.ACK)) {
			// An active OPEN sends SYN; a listener that receives it answers from SYN_RCVD (simultaneous open too).
			move(sender, 'SYN_SENT');
			receiver.passive = receiver.state === 'LISTEN' || receiver.state === 'CLOSED';
			move(receiver, 'SYN_RCVD');
		} else {
			move(sender, 'SYN_RCVD');
			if (receiver.state === 'SYN_SENT' && acknowledges(segment.ack, receiver.isn)) move(receiver, 'ESTABLISHED');
		}
	}
	if (has(FLAG.FIN)) {
		sender.fin = (segment.seq + segment.length + (has(FLAG.SYN) ? 1 : 0)) >>> 0;
		if (sender.state === 'ESTABLISHED' || sender.state === 'SYN_RCVD') move(sender, 'FIN_WAIT_1');
		else if (sender.state === 'CLOSE_WAIT') move(sender, 'LAST_ACK');
	}
	if (has(FLAG.ACK) && !has(FLAG.SYN)) acknowledge(segment.ack, receiver, move);
	if (has(FLAG.FIN)) {
		if (receiver.state === 'ESTABLISHED' || receiver.state === 'SYN_RCVD') move(receiver, 'CLOSE_WAIT');
		else if (receiver.state === 'FIN_WAIT_1') move(receiver, 'CLOSING');
		else if (receiver.state === 'FIN_WAIT_2') move(receiver, 'TIME_WAIT');
	}
	return changes;
}

/** The ACK field at the receiver: it may complete the handshake or acknowledge the receiver's FIN. */
function acknowledge(ack: number, receiver: TcpEnd, move: (end: TcpEnd, to: TcpState) => void): void {
	if (receiver.state === 'SYN_RCVD' && acknowledges(ack, receiver.isn)) move(receiver, 'ESTABLISHED');
	if (!acknowledges(ack, receiver.fin)) return;
	if (receiver.state === 'FIN_WAIT_1') move(receiver, 'FIN_WAIT_2');
	else if (receiver.state === 'CLOSING') move(receiver, 'TIME_WAIT');
	else if (receiver.state === 'LAST_ACK') move(receiver, 'CLOSED');
}

/** Whether `ack` acknowledges the control bit sent at sequence number `sent` (it covers `sent + 1`), modulo 2³². */
function acknowledges(ack: number, sent: number | undefined): boolean {
	if (sent === undefined) return false;
	return ((ack - ((sent + 1) >>> 0)) | 0) >= 0;
}
