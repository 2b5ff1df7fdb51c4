import type { MermaidLike } from './api';

/** The settings the player draws with: Mermaid never starts on its own, runs strict, light or dark. */
export function playerMermaidConfig(dark: boolean): Record<string, string | boolean> {
	return { startOnLoad: false, securityLevel: 'strict', theme: dark ? 'dark' : 'default' };
}

/** What Mermaid 10.9–12 expose besides `initialize`/`render`: their site configuration, to read back. */
interface SiteConfigReader {
	mermaidAPI?: { getSiteConfig?: () => Record<string, unknown> };
}

/**
 * Whether Mermaid's site configuration still holds every one of `config`'s values: `false` when someone
 * else (the host app, another plugin) initialised this Mermaid differently since we did, `undefined` when
 * this Mermaid cannot be asked.
 */
function siteConfigHolds(mermaid: MermaidLike, config: Record<string, unknown>): boolean | undefined {
	const read = (mermaid as MermaidLike & SiteConfigReader).mermaidAPI?.getSiteConfig;
	if (typeof read !== 'function') return undefined;
	try {
		const site = read();
		return Object.entries(config).every(([key, value]) => site[key] === value);
	} catch {
		return undefined;
	}
}

/**
 * The configuration last given to each Mermaid object, in a WeakMap keyed by that object like the render
 * queues (`render-queue.ts`): a cache, not shared mutable state between unrelated owners — it forgets a
 * Mermaid that is gone, and it only ever saves work, never decides what is drawn (see `ensureInitialized`).
 */
const applied = new WeakMap<MermaidLike, string>();

/**
 * Calls `mermaid.initialize(config)` only when this Mermaid was not yet given the same configuration:
 * `initialize` recomputes every theme colour (several milliseconds), and Mermaid keeps the configuration
 * between renders (each render starts again from it, so one diagram's directives never leak into the
 * next). Where Mermaid's site configuration can be read back, a host that re-initialised it in between
 * is noticed and the configuration given again. Call it inside the render queue, right before `render`.
 * Returns whether `initialize` ran.
 */
export function ensureInitialized(mermaid: MermaidLike, config: Record<string, string | boolean>): boolean {
	const key = JSON.stringify(config);
	if (applied.get(mermaid) === key && siteConfigHolds(mermaid, config) !== false) return false;
	// Forget first: if initialize throws, the next render must try again.
	applied.delete(mermaid);
	mermaid.initialize(config);
	applied.set(mermaid, key);
	return true;
}
