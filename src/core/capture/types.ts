/**
 * What the capture conversions take and give: plain data, no words (the Obsidian layer words the notices
 * and errors in the user's language, src/i18n/capture.ts).
 */

/** One value the note does not show, and the label written in its place. */
export interface HiddenValue {
	/** The stable label written instead (`sid#1`): the same value always gets the same label. */
	label: string;
	kind: 'cookie' | 'token' | 'authorization' | 'query' | 'password' | 'body';
	/** The cookie, token, header or parameter name the value belonged to. */
	name: string;
}

/** Something the conversion left out or changed, for the notice beside the preview. */
export type CaptureNotice =
	| { kind: 'left-out'; what: 'static' | 'preflight' | 'beacon' | 'non-tcp' | 'unreadable' | 'fragment'; count: number }
	| { kind: 'limit'; shown: number; total: number }
	| { kind: 'folded-acks'; count: number }
	| { kind: 'mid-connection'; count: number };

/** Why a capture could not be converted: nothing should be written. */
export type CaptureError =
	| { kind: 'too-large'; bytes: number; limit: number }
	| { kind: 'not-json'; offset: number }
	| { kind: 'not-har' }
	| { kind: 'no-entries' }
	| { kind: 'not-pcap' }
	| { kind: 'truncated'; offset: number }
	| { kind: 'link-type'; linkType: number }
	| { kind: 'no-tcp' };

/** The result of a conversion: the `protocol` block's text, what was left out, what was hidden. */
export type CaptureResult =
	| { ok: true; text: string; warnings: CaptureNotice[]; hidden: HiddenValue[]; title: string }
	| { ok: false; error: CaptureError };

/**
 * A conversion that runs in slices: each `next()` does a bounded piece of work and yields the share done
 * (0–1), so a caller can keep an app responsive, show progress and stop; the return value is the result.
 */
export type CaptureJob = Generator<number, CaptureResult, void>;

/** The largest input converted by default (bytes of HAR text or of a capture file). */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

/** Options of `protocolFromHar`. */
export interface HarOptions {
	/** One participant `Server` for every host instead of one per host. Default false. */
	mergeHosts?: boolean;
	/** Stylesheets, scripts, images, fonts and media. Default false. */
	includeStatic?: boolean;
	/** CORS preflights (`OPTIONS` with `Access-Control-Request-Method`). Default false. */
	includePreflights?: boolean;
	/** `navigator.sendBeacon` and pings. Default false. */
	includeBeacons?: boolean;
	/** At most this many requests are drawn (the rest is counted in a notice). Default 200. */
	maxEntries?: number;
	/** Larger input is refused. Default `DEFAULT_MAX_BYTES`. */
	maxBytes?: number;
}

/** Options of `protocolFromPcap`. */
export interface PcapOptions {
	/** Leave out ACK-only segments that change no connection's state. Default false. */
	foldAcks?: boolean;
	/** At most this many segments are drawn (the rest is counted in a notice). Default 200. */
	maxSegments?: number;
	/** Larger input is refused. Default `DEFAULT_MAX_BYTES`. */
	maxBytes?: number;
}
