/**
 * The steppable player: draws a protocol block with Mermaid once and steps through it by changing classes.
 * It knows the DOM and Mermaid's SVG, never Obsidian; the plugin and the standalone script both mount it.
 */
export type { MermaidLike, PlayerHandle, PlayerOptions, RegisterCleanup } from './api';
export { mountPlayer } from './mount-player';
export { RenderQueue, renderQueueFor } from './render-queue';
export { mermaidText } from './render-svg';
