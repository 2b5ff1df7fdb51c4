/** Captures become protocol notes (issue 23): HAR and pcap/pcapng conversions, pure and sliced. */
export { protocolFromHar, harConversion } from './har-convert';
export { protocolFromPcap, pcapConversion } from './pcap-convert';
export { captureNote, captureKind } from './note-text';
export type { CaptureKind } from './note-text';
export { DEFAULT_MAX_BYTES } from './types';
export type { CaptureError, CaptureJob, CaptureNotice, CaptureResult, HarOptions, HiddenValue, PcapOptions } from './types';
