/**
 * Captures become protocol notes (issue 23): HAR and pcap/pcapng conversions, pure and sliced. The conversions
 * are loaded on first use (`loadCaptureConversions`); Node code imports them from `./conversions`.
 */
export { captureNote, captureKind } from './note-text';
export type { CaptureKind } from './note-text';
export { DEFAULT_MAX_BYTES } from './types';
export { loadCaptureConversions, type CaptureConversions } from './load-conversions';
export type { CaptureError, CaptureJob, CaptureNotice, CaptureResult, HarOptions, HiddenValue, PcapOptions } from './types';
