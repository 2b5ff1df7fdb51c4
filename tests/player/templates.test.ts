import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFences, protocolTemplates, simulate, parseProtocol } from '../../src/core';
import { templateStrings } from '../../src/i18n/templates';
import { MERMAID_VERSIONS, openHarness, openPage, type Harness, type MermaidVersion } from '../browser/harness';
import { mountBlocks } from '../browser/queries';
import { ACTION, byAction, byRole, ROLE } from '../support/dom';

/** Every template of *Insert protocol block*, as the body of its fenced block (the note's text without the fences). */
const TEMPLATES = protocolTemplates(templateStrings('en').titles).map((t) => {
	const lines = t.text.split('\n');
	return { id: t.id, source: findFences((n) => lines[n] ?? '', lines.length)[0]?.source ?? '' };
});

/** Steps on each template's path, counted from the core's own reading (the player must show the same count). */
function pathLength(source: string): number {
	const parsed = parseProtocol(source);
	return parsed.ok ? simulate(parsed.protocol).frames.length : -1;
}

let harness: Harness;

beforeAll(async () => {
	harness = await openHarness();
});
afterAll(async () => {
	await harness.close();
});

describe.each(Object.keys(MERMAID_VERSIONS) as MermaidVersion[])('the templates on Mermaid %s', (version) => {
	it('each draws as a player with no warning and plays from Start to its last step, every step as written', async () => {
		const { page, errors } = await openPage(harness, `/templates-${version}.html`, { mermaid: version });
		await mountBlocks(page, TEMPLATES.map((t) => t.source));
		for (const [n, template] of TEMPLATES.entries()) {
			const root = page.locator('.test-block').nth(n).locator('.protocol-player');
			await expect(root.count(), template.id).resolves.toBe(1);
			await expect(page.locator('.test-block').nth(n).locator('.protocol-error').count(), template.id).resolves.toBe(0);
			await expect(root.locator(byRole(ROLE.warnings)).count(), template.id).resolves.toBe(0);
			const steps = pathLength(template.source);
			await expect(root.locator(byRole(ROLE.counter)).textContent(), template.id).resolves.toBe(`0 / ${steps}`);
			// Every step is tagged on the drawing (the mapping is complete: it would otherwise be a warning).
			const tagged = await root.locator('svg [data-step-index]').evaluateAll((els) => new Set(els.map((e) => e.getAttribute('data-step-index'))).size);
			expect(tagged, template.id).toBe(steps);
			await root.locator(byAction(ACTION.last)).click();
			await expect(root.getAttribute('data-step'), template.id).resolves.toBe(String(steps - 1));
			await expect(root.locator('svg .is-failed, svg .is-consequence').count(), template.id).resolves.toBe(0);
		}
		expect(errors).toEqual([]);
		await page.close();
	});
});
