import { parseProtocol, type Diagnostic } from '../core';
import { playerStrings, type PlayerStrings } from '../i18n/player';
import type { ErrorBlock, LivePlayer, PlayerHandle, PlayerOptions } from './api';
import { branchOverlays, branchPanel } from './branch-controls';
import { DiagramPainter } from './diagram-classes';
import { faultAccess } from './compare/fault-access';
import { errorView } from './error-view';
import { LiveExportSource } from './export/live-source';
import { exportMenuButton } from './export/menu-button';
import { exportStrings } from '../i18n/export';
import { PlayerModel, type ModelChange } from './player-model';
import { applyReaderState, readReaderState } from './reader-state';
import { attachPlayback, type Playback } from './playback';
import { buildView, drawView, updateView, warningsList } from './player-view';
import { renderQueueFor, type RenderQueue } from './render-queue';
import { mermaidErrorLine, mermaidText, renderSvg } from './render-svg';
import { keepTextReadable } from './readable-width';
import { StepFollower } from './follow-step';
import { FaultMapOverlay } from './fault-map-overlay';
import { watchPlayerWidth } from './player-width';
import { RestartMarkers } from './restart-markers';
import { mapSvgToSteps } from './svg-mapping';
import { Pacer } from './slices';

/** A handle for a block that shows an error instead of a player. */
function errorHandle(root: HTMLElement): ErrorBlock {
	return { kind: 'error', root, position: () => -1, goTo: () => undefined };
}

function showError(container: HTMLElement, heading: string, diagnostics: Diagnostic[], strings: PlayerStrings): PlayerHandle {
	const view = errorView(container.ownerDocument, heading, diagnostics, strings);
	container.append(view);
	return errorHandle(view);
}

/** The block drawn again by Mermaid, as SVG text without the player's marks: what the one-file HTML export embeds (issue 19). */
async function redrawText(options: PlayerOptions, queue: RenderQueue, doc: Document, text: string): Promise<string> {
	const drawn = await renderSvg(options.mermaid, queue, doc, `${options.idPrefix}-${uniqueSuffix()}`, text, options.dark);
	if (!drawn.ok) throw new Error(drawn.message);
	return new XMLSerializer().serializeToString(drawn.svg);
}

/** A short random suffix: Mermaid removes any element that already has the id it renders to. */
function uniqueSuffix(): string {
	return Math.random().toString(36).slice(2, 10);
}

async function mount(container: HTMLElement, options: PlayerOptions, created: HTMLElement[]): Promise<PlayerHandle> {
	const doc = container.ownerDocument;
	const strings = playerStrings(options.language);
	// Hands the main thread back between the parts of the work, once a slice's worth has run.
	const pacer = new Pacer(doc.defaultView);
	const parsed = parseProtocol(options.source, { inferState: options.inferState ?? true });
	if (!parsed.ok) return showError(container, strings.errorHeading, parsed.errors, strings);

	const model = new PlayerModel(parsed.protocol, options.initialStep ?? -1, options.showOutcomesAhead ?? false);
	if (options.initialState !== undefined) applyReaderState(model, options.initialState);
	let disposed = false;
	// Tells a running export that the player is gone (issue 19).
	const life = new AbortController();
	options.register(() => {
		disposed = true;
		life.abort();
	});

	// Parsing and simulating a long diagram is ours; Mermaid's render, next, is a long task of its own.
	await pacer.pause();
	const { text, addedLines } = mermaidText(options.source);
	const queue = options.renderQueue ?? renderQueueFor(options.mermaid);
	const drawn = await renderSvg(options.mermaid, queue, doc, `${options.idPrefix}-${uniqueSuffix()}`, text, options.dark, pacer);
	if (!drawn.ok) {
		const line = mermaidErrorLine(drawn.message, addedLines);
		const sourceLine = line !== undefined ? options.source.split(/\r?\n/)[line - 1]?.trim() : undefined;
		return showError(container, strings.renderErrorHeading, [{ line: line ?? 0, message: drawn.message, text: sourceLine }], strings);
	}

	// The player is built around the finished drawing and put into the page once, after Mermaid is done:
	// nothing of ours is in the page while Mermaid measures its text, so its layouts stay as small as its
	// own render's, and the page lays the player out in one go.
	// On a long diagram the parts below run in tasks of their own (issue 24: no task of ours over ~50 ms), the
	// host handling input and paint between them; a small one is built in one go, painted in the next frame.
	const pause = (): Promise<void> => pacer.pause();
	const view = buildView(doc, parsed.protocol, strings, options.fadedOpacity ?? 0.65);
	await pause();
	const mapping = mapSvgToSteps(drawn.svg, parsed.protocol);
	view.painter = new DiagramPainter(mapping, strings);
	view.markers = new RestartMarkers(drawn.svg, mapping, strings);
	view.faultMap.overlay = new FaultMapOverlay(drawn.svg, mapping, strings);
	view.diagram.append(drawn.svg);
	keepTextReadable(drawn.svg);
	const panelBranches = branchPanel(doc, model, strings);
	view.branchSelects = [...panelBranches.selects, ...branchOverlays(doc, drawn.svg, mapping.anchors, model, strings)];
	if (panelBranches.selects.length > 0) view.panel.append(panelBranches.section);
	const warnings = [...parsed.warnings];
	if (!mapping.complete) warnings.push({ line: 0, message: strings.mappingIncomplete });
	const warningView = warningsList(doc, warnings, strings);
	if (warningView !== undefined) view.root.append(warningView);
	await pause();

	// The state cards' room (every position's rows) is the largest part of the first view.
	view.cards.update(model, { kind: 'path', from: model.position });
	await pause();
	drawView(view, model, strings);
	container.append(view.root);
	created.push(view.root);
	// Unmounted while Mermaid was drawing: start no listener or timer at all (the handle's goTo then does nothing).
	let playback: Playback | undefined;
	const follower = new StepFollower(view.diagram);
	/** Redraws after a change of the model (its one signal) or, without one, what is no change of it (play, pause). */
	const redraw = (change?: ModelChange): void => {
		updateView(view, model, strings, playback?.playing() ?? false, change);
		// On a narrow pane the drawing scrolls sideways: each new position brings its step into view.
		if (change !== undefined && change.from !== model.position) follower.follow();
	};
	if (!disposed) {
		options.register(model.subscribe(redraw));
		playback = attachPlayback(view, model, { autoplayMs: options.autoplayMs ?? 1200, register: options.register, redraw: () => redraw() });
	}
	const goTo = (position: number): void => playback?.goTo(position);
	// A fault map still computing in slices stops with the player.
	if (!disposed) options.register(() => view.faultMap.dispose());
	// On a narrow player (a phone, a sidebar) the fault map is a list per participant instead of a grid; a wider
	// or narrower player shows more or fewer columns of a windowed grid.
	if (!disposed) watchPlayerWidth(view.root, (narrow) => {
		view.faultMap.setNarrow(narrow);
		view.faultMap.resized();
	}, options.register, () => {
		// Read before the map's own work: layout is clean in the observer's callback.
		follower.measure();
		view.faultMap.resized();
	});
	const svg = drawn.svg;
	const handle: LivePlayer = {
		kind: 'player',
		root: view.root,
		position: () => model.position,
		goTo,
		...faultAccess(model),
		readerState: () => readReaderState(model),
		exportSource: () => new LiveExportSource({
			root: view.root, svg, model, strings, language: options.language, goTo, destroyed: life.signal,
			source: options.source, dark: options.dark, redraw: () => redrawText(options, queue, doc, text),
		}),
	};
	const openMenu = options.exportMenu;
	if (disposed) return handle;
	if (openMenu !== undefined) view.controls.bar.append(exportMenuButton(doc, exportStrings(options.language).exportMenu, (event) => openMenu(event, handle), options.register));
	return handle;
}

/**
 * Draws a protocol block once with the given Mermaid and makes it steppable (SPEC §2). Never rejects:
 * a block that does not parse, or that Mermaid cannot draw, shows a `.protocol-error` instead.
 * Every listener and timer is handed to `options.register`; calling those cleanups unmounts the player's
 * behaviour (the host removes the element).
 */
export async function mountPlayer(container: HTMLElement, options: PlayerOptions): Promise<PlayerHandle> {
	const created: HTMLElement[] = [];
	try {
		return await mount(container, options, created);
	} catch (error) {
		const strings = playerStrings(options.language);
		const message = error instanceof Error ? error.message : String(error);
		for (const stale of created) stale.remove();
		return showError(container, strings.errorHeading, [{ line: 0, message }], strings);
	}
}
