/**
 * The page side of `scripts/export-images.mjs`: mounts a block with the standalone player's parts, injects
 * a restart, and exports the step images, the slide note and the animated SVG, as the plugin would.
 */
import { slideNote } from '../../src/core/export/slide-note';
import { relativeLink, stepImageNames } from '../../src/core/export/file-names';
import { exportStrings } from '../../src/i18n/export';
import { exportSteps, htmlBuilder, livePlayer, mountPlayer, pageStyles, type MermaidLike } from '../../src/player';

/** What the script asks for. */
interface Job {
	source: string;
	/** Path position after which Server restarts (clicked on its card, as a user would). */
	restartAfter: number;
	intervalMs: number;
	base: string;
	sourceNote: string;
	/** The standalone player's script, for the one-file HTML export. */
	playerScript: string;
}

/** A PNG as base64, to hand back to the script. */
async function base64(png: Blob): Promise<string> {
	const bytes = new Uint8Array(await png.arrayBuffer());
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary);
}

async function run(job: Job): Promise<{ names: string[]; svgs: string[]; pngs: string[]; animated: string; slides: string; html: string }> {
	const container = document.createElementNS('http://www.w3.org/1999/xhtml', 'div') as HTMLDivElement;
	document.body.append(container);
	const mermaid = (window as unknown as { mermaid: MermaidLike }).mermaid;
	const handle = await mountPlayer(container, { mermaid, source: job.source, idPrefix: 'docs', language: 'en', dark: false, register: () => undefined });
	handle.goTo(job.restartAfter);
	container.querySelector<HTMLButtonElement>('[data-action="restart"][data-participant="Server"]')?.click();
	const source = livePlayer(handle)?.exportSource();
	if (source === undefined) throw new Error('the block did not draw');
	const steps = await exportSteps(source, { format: 'svg', png: true });
	const [animated] = (await exportSteps(source, { format: 'animated-svg', intervalMs: job.intervalMs })).svgs;
	const names = stepImageNames(job.base, steps.svgs.length);
	const words = exportStrings('en');
	const slides = slideNote({
		title: steps.title ?? job.base, source: { name: job.sourceNote, href: relativeLink('docs/images/export', `example-vault/${job.sourceNote}.md`) }, choices: steps.choices, words: words.slides,
		steps: steps.snapshots.map((snapshot, i) => ({ snapshot, image: relativeLink('docs/images/export', `docs/images/export/${names[i] ?? ''}`), ...(steps.sizes[i] ?? { width: 0, height: 0 }) })),
	});
	const html = await htmlBuilder((doc) => Promise.resolve({ script: job.playerScript, css: pageStyles(doc) }))(source, { format: 'html' });
	const pngs = await Promise.all((steps.pngs ?? []).map(base64));
	return { names, svgs: steps.svgs, pngs, animated: animated ?? '', slides, html };
}

(window as unknown as { exportForDocs: typeof run }).exportForDocs = run;
