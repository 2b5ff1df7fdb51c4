import type { harConversion } from './har-convert';
import type { pcapConversion } from './pcap-convert';

/** The sliced capture conversions, as the Obsidian layer runs them. */
export interface CaptureConversions {
	harConversion: typeof harConversion;
	pcapConversion: typeof pcapConversion;
}

/**
 * The capture conversions, loaded on first use: they bring tough-cookie and its public-suffix list, which
 * the bundler keeps unevaluated until this is called, so Obsidian does not pay for them at every start, only
 * when a capture is first converted (issues 23 and 24; like `loadComparisonTable`).
 */
export async function loadCaptureConversions(): Promise<CaptureConversions> {
	const [har, pcap] = await Promise.all([import('./har-convert'), import('./pcap-convert')]);
	return { harConversion: har.harConversion, pcapConversion: pcap.pcapConversion };
}
