import type { PluginContext } from '../context';

/**
 * The note a drawn block belongs to, for placing its exported files: the note part of its memory key
 * (`blockKey`: "path:line"), else the active note, else the vault's root.
 */
export function notePathOf(ctx: PluginContext, key: string | null): string {
	if (key !== null) {
		const colon = key.lastIndexOf(':');
		if (colon > 0) return key.slice(0, colon);
	}
	return ctx.app.workspace.getActiveFile()?.path ?? '';
}
