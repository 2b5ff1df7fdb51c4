import type { PlayableOptions } from '../../core';
import type { PluginContext } from '../context';

/** Which fences play and how they parse, from the settings in force (read each time: the settings tab may change them). */
export interface WritingOptions extends PlayableOptions {
	inferState: boolean;
}

/** The settings the writing helpers follow: a Mermaid sequence diagram is a player only while the setting says so. */
export function writingOptions(ctx: PluginContext): WritingOptions {
	const settings = ctx.settings();
	return { mermaid: settings.playerOnMermaid, inferState: settings.inferState };
}
