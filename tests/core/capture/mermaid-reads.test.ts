// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import mermaid12 from 'mermaid';
import mermaid10 from 'mermaid10';
import mermaid11 from 'mermaid11';
import type { CaptureResult } from '../../../src/core';
import { protocolFromHar, protocolFromPcap } from '../../../src/core/capture/conversions';
import { fixtureBytes, fixtureText, handHar, parsedClean } from './fixtures';

interface SequenceDb {
	getMessages(): { from?: string; to?: string; message: unknown }[];
	getActors(): Map<string, { description: string }> | Record<string, { description: string }>;
}

type MermaidLike = typeof mermaid12;

/** Mermaid hides entity codes behind `ﬂ°…¶ß`; the browser shows them decoded, which jsdom does here. */
function decodeAsBrowser(text: string): string {
	return text.replace(/ﬂ°(°?)([^¶]*)¶ß/g, (_all, numeric: string, inner: string) => {
		const parsed = new DOMParser().parseFromString(`<p>&${numeric ? '#' : ''}${inner};</p>`, 'text/html');
		return parsed.body.textContent ?? '';
	});
}

/** What Mermaid reads: the actors' labels and each message's text. */
async function mermaidReads(mermaid: MermaidLike, text: string): Promise<{ actors: string[]; messages: string[] }> {
	const api = (mermaid as unknown as { mermaidAPI: { getDiagramFromText(t: string): Promise<{ db: unknown }> } }).mermaidAPI;
	const db = (await api.getDiagramFromText(text)).db as SequenceDb;
	const actors = db.getActors();
	const list = actors instanceof Map ? [...actors.values()] : Object.values(actors);
	return { actors: list.map((a) => decodeAsBrowser(a.description)), messages: db.getMessages().filter((m) => typeof m.message === 'string' && m.from !== undefined).map((m) => decodeAsBrowser(String(m.message))) };
}

function text(result: CaptureResult): string {
	if (!result.ok) throw new Error(JSON.stringify(result.error));
	return result.text;
}

const NOTES: [string, () => string][] = [
	['the cookie login', () => text(protocolFromHar(fixtureText('cookie-login.har')))],
	['the token login', () => text(protocolFromHar(fixtureText('token-login.har')))],
	['the TCP connection', () => text(protocolFromPcap(fixtureBytes('tcp-loopback.pcap')))],
	['the IPv6 connection', () => text(protocolFromPcap(fixtureBytes('tcp-loopback-ipv6.pcapng')))],
	['a path full of characters Mermaid reads specially', () => text(protocolFromHar(handHar([{ url: 'http://app.test/a;b%3Cbr%3E%23c%25%25d$$e&lt?q=%3Cb%3E' }])))],
];

describe('the notes written from captures, as Mermaid reads them', () => {
	for (const [version, mermaid] of [['10.9', mermaid10], ['11.4', mermaid11], ['12', mermaid12]] as const) {
		beforeAll(() => {
			(mermaid as MermaidLike).initialize({ startOnLoad: false });
		});
		for (const [name, make] of NOTES) {
			it(`Mermaid ${version} reads ${name} as our parser does`, async () => {
				const block = make();
				const ours = parsedClean(block);
				const theirs = await mermaidReads(mermaid as MermaidLike, block);
				expect(theirs.actors).toEqual(ours.participants.map((p) => p.label));
				expect(theirs.messages).toEqual(ours.steps.filter((s) => s.kind === 'message').map((s) => s.text));
			});
		}
	}
});
