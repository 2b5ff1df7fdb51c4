import type { CompareFaultSpec } from '../../core';
import { sharedMoments, sharedParticipants, type CompareSide } from '../../core';
import { resolveFault, type ResolvedFault } from '../../core';
import { verdictOf } from '../../core';
import { compareStrings, type CompareStrings } from '../../i18n/compare';
import type { PlayerHandle, PlayerSnapshot } from '../api';
import { el, listen } from '../dom';
import { mountPlayer } from '../mount-player';
import type { CompareHandle, CompareOptions, CompareSideSpec } from './compare-api';
import { faultBar } from './fault-bar';
import { verdictShown } from './verdict-view';

/** One drawn side: its player (when it has a diagram) and its verdict line. */
interface DrawnSide {
	spec: CompareSideSpec;
	player?: PlayerHandle;
	verdict?: HTMLElement;
}

/** A link to a note: clickable through `openNote` when the host gives one, plain text otherwise. */
function noteLink(doc: Document, spec: CompareSideSpec, options: CompareOptions): HTMLElement {
	const text = spec.heading === undefined ? spec.name : `${spec.name} › ${spec.heading}`;
	const target = spec.heading === undefined ? spec.name : `${spec.name}#${spec.heading}`;
	if (options.openNote === undefined) return el(doc, 'span', { class: 'protocol-compare-link' }, [text]);
	const link = el(doc, 'a', { class: 'protocol-compare-link internal-link', href: target, 'data-href': target }, [text]);
	const open = options.openNote;
	listen(link, 'click', (event) => {
		event.preventDefault();
		open(target);
	}, options.register);
	return link;
}

/** The message a side without a diagram shows, with the link to its note. */
function missingMessage(doc: Document, spec: CompareSideSpec, missing: 'note' | 'diagram', strings: CompareStrings, options: CompareOptions): HTMLElement {
	const words = missing === 'note' ? strings.missingNote : strings.noDiagram(spec.heading);
	return el(doc, 'p', { class: 'protocol-compare-missing', 'data-role': 'compare-missing', 'data-missing': missing }, [`${words} `, noteLink(doc, spec, options)]);
}

/** Shows one side's verdict for the fault applied (null: none), after its player took the fault. */
function showVerdict(side: DrawnSide, snapshot: PlayerSnapshot, applied: ResolvedFault | null, fault: CompareFaultSpec | null, strings: CompareStrings): number | 'none' {
	const verdict = verdictOf(snapshot.frames);
	const names = { participant: fault?.kind === 'restart' ? fault.participant : '', moment: fault?.moment ?? '' };
	const shown = verdictShown(snapshot, verdict, applied, strings, names);
	if (side.verdict) {
		side.verdict.textContent = shown.text;
		side.verdict.setAttribute('data-fails', shown.fails);
		side.verdict.className = `protocol-compare-verdict is-${shown.tone}`;
	}
	return applied !== null && !applied.ok ? 'none' : verdict.fails;
}

/**
 * Draws two to four protocols side by side (stacked when the block is narrow) under one shared fault bar
 * (issue 11). Applying the bar's fault injects it on every side, moves each side to its first broken step or
 * to its end, and states each side's verdict. Sides without a diagram show why, with the link; the others
 * still draw. Never rejects: each player shows its own errors.
 */
export async function mountCompare(container: HTMLElement, options: CompareOptions): Promise<CompareHandle> {
	const doc = container.ownerDocument;
	const strings = compareStrings(options.language);
	const root = el(doc, 'div', { class: 'protocol-compare', 'data-count': options.sides.length });
	const problems = (options.diagnostics ?? []).map((d) => el(doc, 'li', {}, [strings.problem(d.line, d.problem)]));
	const sidesBox = el(doc, 'div', { class: 'protocol-compare-sides' });
	const sides: DrawnSide[] = options.sides.map((spec) => ({ spec }));
	root.append(sidesBox);
	// In the page from the start: a player may measure its own layout once drawn.
	container.append(root);
	const mounts = sides.map(async (side, index) => {
		const { spec } = side;
		const box = el(doc, 'section', { class: 'protocol-compare-side', 'data-source': spec.name }, [
			el(doc, 'header', { class: 'protocol-compare-head' }, [noteLink(doc, spec, options)]),
		]);
		sidesBox.append(box);
		if ('missing' in spec.diagram) {
			box.classList.add('is-missing');
			box.append(missingMessage(doc, spec, spec.diagram.missing, strings, options));
			return;
		}
		const holder = el(doc, 'div', { class: 'protocol-compare-player' });
		box.append(holder);
		const player = await mountPlayer(holder, { ...options, source: spec.diagram.source, idPrefix: `${options.idPrefix}-${index}` });
		player.root.setAttribute('data-source', spec.name);
		side.player = player;
		if (player.inspect !== undefined) {
			side.verdict = el(doc, 'p', { class: 'protocol-compare-verdict', 'data-role': 'verdict', 'data-source': spec.name, 'aria-live': 'polite' });
			box.querySelector('.protocol-compare-head')?.append(side.verdict);
		}
	});
	await Promise.all(mounts);

	const playable = sides.filter((side) => side.player?.inspect !== undefined);
	const compared: CompareSide[] = playable.map((side) => {
		const snapshot = (side.player?.inspect?.() as PlayerSnapshot);
		return { protocol: snapshot.protocol, branches: snapshot.branches };
	});
	let applied: CompareFaultSpec | null = null;
	const apply = (fault: CompareFaultSpec | null): void => {
		applied = fault;
		for (const side of playable) {
			const player = side.player as Required<PlayerHandle>;
			const before = player.inspect();
			const resolved = fault === null ? null : resolveFault({ protocol: before.protocol, branches: before.branches }, fault);
			player.setFaults(resolved?.ok === true ? [resolved.fault] : []);
			const after = player.inspect();
			const fails = showVerdict(side, after, resolved, fault, strings);
			if (fault === null) player.goTo(-1);
			else player.goTo(fails === 'none' ? after.path.length - 1 : fails);
		}
	};
	const bar = faultBar(doc, { participants: sharedParticipants(compared), moments: sharedMoments(compared) }, options.fault, strings, {
		apply,
		clear: () => apply(null),
	}, options.register);
	root.insertBefore(bar.root, sidesBox);
	if (problems.length > 0) root.insertBefore(el(doc, 'ul', { class: 'protocol-compare-problems', 'data-role': 'compare-problems' }, problems), sidesBox);
	for (const side of playable) {
		const snapshot = side.player?.inspect?.();
		if (snapshot) showVerdict(side, snapshot, null, null, strings);
	}
	if (options.fault !== undefined) apply(options.fault);
	return { root, players: sides.map((side) => side.player), apply, applied: () => applied };
}
