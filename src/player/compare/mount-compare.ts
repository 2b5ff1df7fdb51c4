import type { CompareFaultSpec } from '../../core';
import { sharedMoments, sharedParticipants, type CompareSide } from '../../core';
import { resolveFault, type ResolvedFault } from '../../core';
import { verdictOf } from '../../core';
import { compareStrings, type CompareStrings } from '../../i18n/compare';
import { livePlayer, type PlayerHandle, type PlayerSnapshot } from '../api';
import { el, listen } from '../dom';
import { mountPlayer } from '../mount-player';
import type { CompareHandle, CompareOptions, CompareSideSpec } from './compare-api';
import { faultBar, type FaultBar } from './fault-bar';
import { verdictShown } from './verdict-view';
import { CLASS, DATA, ROLE } from '../dom-contract';

/** One drawn side: its box, its player (when it has a diagram), its verdict line and its cleanups. */
interface DrawnSide {
	spec: CompareSideSpec;
	box: HTMLElement;
	player?: PlayerHandle;
	verdict?: HTMLElement;
	cleanups: Cleanups;
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
	return el(doc, 'p', { class: 'protocol-compare-missing', [DATA.role]: ROLE.compareMissing, [DATA.missing]: missing }, [`${words} `, noteLink(doc, spec, options)]);
}

/** Shows one side's verdict for the fault applied (null: none), after its player took the fault. */
function showVerdict(side: DrawnSide, snapshot: PlayerSnapshot, applied: ResolvedFault | null, fault: CompareFaultSpec | null, strings: CompareStrings): number | 'none' {
	const verdict = verdictOf(snapshot.frames);
	const names = { participant: fault?.kind === 'restart' ? fault.participant : '', moment: fault?.moment ?? '' };
	const shown = verdictShown(snapshot, verdict, applied, strings, names);
	if (side.verdict) {
		side.verdict.textContent = shown.text;
		side.verdict.setAttribute(DATA.fails, shown.fails);
		side.verdict.className = `protocol-compare-verdict is-${shown.tone}`;
	}
	return applied !== null && !applied.ok ? 'none' : verdict.fails;
}

/** Cleanups of one part of the comparison (a side, the bar) that can be redone without the rest. */
class Cleanups {
	private readonly list: Array<() => void> = [];
	readonly register = (cleanup: () => void): void => {
		this.list.push(cleanup);
	};

	run(): void {
		for (const cleanup of this.list.splice(0)) cleanup();
	}
}

/**
 * Draws two to four protocols side by side (stacked when the block is narrow) under one shared fault bar
 * (issue 11). Applying the bar's fault injects it on every side, moves each side to its first broken step or
 * to its end, and states each side's verdict. Sides without a diagram show why, with the link; the others
 * still draw. Sides are drawn one after another, each player yielding to the host between its parts
 * (issue 24), and `replaceSide` redraws one side alone when only its note changed. Never rejects: each player
 * shows its own errors.
 */
export async function mountCompare(container: HTMLElement, options: CompareOptions): Promise<CompareHandle> {
	const doc = container.ownerDocument;
	const strings = compareStrings(options.language);
	const root = el(doc, 'div', { class: CLASS.compare, [DATA.count]: options.sides.length });
	const problems = (options.diagnostics ?? []).map((d) => el(doc, 'li', {}, [strings.problem(d.line, d.problem)]));
	const sidesBox = el(doc, 'div', { class: 'protocol-compare-sides' });
	root.append(sidesBox);
	// In the page from the start: a player may measure its own layout once drawn.
	container.append(root);
	const everything = new Cleanups();
	options.register(() => everything.run());
	const sides: DrawnSide[] = [];
	for (const [index, spec] of options.sides.entries()) {
		const side = await drawSide(doc, spec, index, options, strings);
		sidesBox.append(side.box);
		sides.push(side);
	}
	everything.register(() => {
		for (const side of sides) side.cleanups.run();
	});

	let current: CompareFaultSpec | null = null;
	const apply = (fault: CompareFaultSpec | null): void => {
		current = fault;
		for (const side of sides) applyTo(side, fault, strings);
	};
	const barCleanups = new Cleanups();
	everything.register(() => barCleanups.run());
	let bar = newBar();
	root.insertBefore(bar.root, sidesBox);

	/** The bar over what the playable sides share now (rebuilt when a side is replaced), keeping its selection. */
	function newBar(initial = options.fault): FaultBar {
		barCleanups.run();
		const compared: CompareSide[] = sides.flatMap((side) => {
			const snapshot = livePlayer(side.player)?.inspect();
			return snapshot ? [{ protocol: snapshot.protocol, branches: snapshot.branches }] : [];
		});
		return faultBar(doc, { participants: sharedParticipants(compared), moments: sharedMoments(compared) }, initial, strings, {
			apply,
			clear: () => apply(null),
		}, barCleanups.register);
	}

	if (problems.length > 0) root.insertBefore(el(doc, 'ul', { class: 'protocol-compare-problems', [DATA.role]: ROLE.compareProblems }, problems), sidesBox);
	// Freshly drawn players hold no fault: only their verdicts are shown ("no fault applied").
	for (const side of sides) {
		const snapshot = livePlayer(side.player)?.inspect();
		if (snapshot) showVerdict(side, snapshot, null, null, strings);
	}
	if (options.fault !== undefined) apply(options.fault);

	const replaceNow = async (index: number, spec: CompareSideSpec): Promise<void> => {
		const old = sides[index];
		if (old === undefined) return;
		const side = await drawSide(doc, spec, index, options, strings, sides.length + index);
		old.box.replaceWith(side.box);
		old.cleanups.run();
		sides[index] = side;
		const fresh = newBar(bar.current() ?? options.fault);
		bar.root.replaceWith(fresh.root);
		bar = fresh;
		applyTo(side, current, strings);
	};
	// One replacement at a time: two edits in a row must not both take the same old side's place.
	let replacing: Promise<void> = Promise.resolve();
	const replaceSide = (index: number, spec: CompareSideSpec): Promise<void> => {
		replacing = replacing.catch(() => undefined).then(() => replaceNow(index, spec));
		return replacing;
	};
	return {
		root,
		get players() {
			return sides.map((side) => side.player);
		},
		apply,
		applied: () => current,
		replaceSide,
	};
}

/** Injects `fault` (or none) on a playable side, shows its verdict and moves it to where the fault shows. */
function applyTo(side: DrawnSide, fault: CompareFaultSpec | null, strings: CompareStrings): void {
	const player = livePlayer(side.player);
	if (player === undefined) return;
	const before = player.inspect();
	const resolved = fault === null ? null : resolveFault({ protocol: before.protocol, branches: before.branches }, fault);
	player.setFaults(resolved?.ok === true ? [resolved.fault] : []);
	const after = player.inspect();
	const fails = showVerdict(side, after, resolved, fault, strings);
	if (fault === null) player.goTo(-1);
	else player.goTo(fails === 'none' ? after.path.length - 1 : fails);
}

/**
 * One side: its head with the note's link, then its player (or why there is none), mounted in a box of its own
 * with its own cleanups so that it can be replaced alone. `generation` keeps a replacement's ids apart.
 */
async function drawSide(doc: Document, spec: CompareSideSpec, index: number, options: CompareOptions, strings: CompareStrings, generation = index): Promise<DrawnSide> {
	const cleanups = new Cleanups();
	const sideOptions = { ...options, register: cleanups.register };
	const box = el(doc, 'section', { class: CLASS.compareSide, [DATA.source]: spec.name }, [
		el(doc, 'header', { class: 'protocol-compare-head' }, [noteLink(doc, spec, sideOptions)]),
	]);
	const side: DrawnSide = { spec, box, cleanups };
	if ('missing' in spec.diagram) {
		box.classList.add('is-missing');
		box.append(missingMessage(doc, spec, spec.diagram.missing, strings, sideOptions));
		return side;
	}
	const holder = el(doc, 'div', { class: 'protocol-compare-player' });
	box.append(holder);
	const player = await mountPlayer(holder, { ...sideOptions, source: spec.diagram.source, idPrefix: `${options.idPrefix}-${generation}` });
	player.root.setAttribute(DATA.source, spec.name);
	side.player = player;
	if (player.kind === 'player') {
		side.verdict = el(doc, 'p', { class: 'protocol-compare-verdict', [DATA.role]: ROLE.verdict, [DATA.source]: spec.name, 'aria-live': 'polite' });
		box.querySelector('.protocol-compare-head')?.append(side.verdict);
	}
	return side;
}
