// @vitest-environment jsdom
import mermaid from 'mermaid';
import { beforeAll, describe, expect, it } from 'vitest';
import { defuseForMermaid } from '../../src/player/mermaid-defuse';
import { lowestGrowthRatio, NEAR_LINEAR } from '../support/growth-ratio';

/** The messages Mermaid 12 reads from a diagram, entity codes decoded as a browser shows them. */
async function mermaidMessages(text: string): Promise<string[]> {
	const api = (mermaid as unknown as { mermaidAPI: { getDiagramFromText(t: string): Promise<{ db: { getMessages(): Array<{ message: unknown }> } }> } }).mermaidAPI;
	const diagram = await api.getDiagramFromText(text);
	return diagram.db.getMessages().map((m) => {
		const raw = typeof m.message === 'string' ? m.message : '';
		return raw.replace(/ﬂ°(°?)([^¶]*)¶ß/g, (_all, numeric: string, inner: string) =>
			new DOMParser().parseFromString(`<p>&${numeric ? '#' : ''}${inner};</p>`, 'text/html').body.textContent ?? '');
	});
}

const styleLine = (n: number): string => `sequenceDiagram\n    A->>B: ${'style:#'.repeat(n)}ab;`;

describe('defuseForMermaid', () => {
	beforeAll(() => {
		mermaid.initialize({ startOnLoad: false });
	});

	it('leaves ordinary diagrams as written', () => {
		const text = '---\ntitle: t\n---\nsequenceDiagram\n    A->>B: style x:#f00; <b>bold</b> <br\n    %% @state B += k';
		expect(defuseForMermaid(text)).toBe(text);
	});

	it('writes `style` of a long line so that Mermaid finds no such word, and drops the `;` Mermaid would drop', () => {
		expect(defuseForMermaid(styleLine(40))).toBe(`sequenceDiagram\n    A->>B: ${'#115;tyle:#'.repeat(40)}ab`);
	});

	it('writes many `<word` that no `>` follows as `#lt;word`', () => {
		const text = `sequenceDiagram\n    A->>B: x>${'<a '.repeat(60)}`;
		expect(defuseForMermaid(text)).toBe(`sequenceDiagram\n    A->>B: x>${'#lt;a '.repeat(60)}`);
	});

	it('shows the same message text through Mermaid as the line written', async () => {
		const text = styleLine(30);
		expect(await mermaidMessages(defuseForMermaid(text))).toEqual(await mermaidMessages(text));
	});

	it('lets Mermaid read a line of `style:#` in linear time', async () => {
		// Mermaid's parse is asynchronous; its synchronous core (the patterns) is what grows, so awaiting is not timed here.
		const ratio = lowestGrowthRatio(styleLine, (text) => defuseForMermaid(text), 2_000, 5);
		expect(ratio).toBeLessThanOrEqual(NEAR_LINEAR);
		await expect(mermaidMessages(defuseForMermaid(styleLine(2_000)))).resolves.toHaveLength(1);
	});
});
