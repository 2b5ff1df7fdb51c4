/**
 * The steppable player: draws a protocol block with Mermaid once and steps through it by changing classes.
 * It knows the DOM and Mermaid's SVG, never Obsidian; the plugin and the standalone script both mount it.
 *
 * This file is the player's only face for the other layers (lint enforces it, as for the core): what is
 * not exported here is the player's own business and may change without touching Obsidian or the page script.
 */
export type { ErrorBlock, LivePlayer, MermaidLike, PlayerHandle, PlayerOptions, PlayerSnapshot, RegisterCleanup } from './api';
export { livePlayer } from './api';
export { mountPlayer } from './mount-player';
export { RenderQueue, renderQueueFor } from './render-queue';
export { mermaidText } from './render-svg';
export { el } from './dom';
export { runInSlices, type SliceOptions } from './slices';
export { ACTION, byAction, byClass, byRole, CLASS, DATA, ROLE } from './dom-contract';
export type { Action, ContractClass, DataAttribute, PlayerAction, Role, StepAction } from './dom-contract';

// Drawing only when near the viewport, and the placeholder that holds the room meanwhile (issue 19).
export { DrawLine } from './lazy/draw-line';
export { drawWhenNear } from './lazy/draw-when-near';
export { showPlaceholder } from './lazy/placeholder';

// The compare block (several players side by side with one fault bar).
export { mountCompare } from './compare/index';
export type { CompareHandle, CompareOptions, CompareSideSpec } from './compare/index';

// Exports: step images, slides, the animated SVG and the one-file HTML player.
export {
	copyStepAsImage, EXPORT_FORMATS, exportFormat, exportSteps,
	type ExportedSteps, type ExportFormat, type ExportFormatOptions, type ExportResult, type ExportSource, type ExportStepsOptions, type HtmlBuilder,
} from './export/index';
export { htmlBuilder, pageStyles } from './export/html-export';
export type { HtmlAssets } from './export/html-file';
