/**
 * The capture conversions themselves (issue 23), for Node scripts and tests. They bring tough-cookie and its
 * public-suffix list, so the core's index does not re-export them: the plugin loads them on first use through
 * `loadCaptureConversions` and Obsidian's start pays nothing for them (issue 24).
 */
export { protocolFromHar, harConversion } from './har-convert';
export { protocolFromPcap, pcapConversion } from './pcap-convert';
