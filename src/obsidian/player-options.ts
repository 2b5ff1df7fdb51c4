import type { Component } from 'obsidian';
import type { PlayerOptions } from '../player';
import type { PluginContext } from './context';

/** The options every player the plugin draws takes from the app and the user's settings. */
export type AppPlayerOptions = Pick<PlayerOptions, 'language' | 'dark' | 'inferState' | 'autoplayMs' | 'fadedOpacity' | 'showOutcomesAhead' | 'register'>;

/**
 * What a player drawn into `container` takes from Obsidian: the app's language, the theme of the window it
 * is in, the user's player settings, and cleanups handed to `owner`. One place, so that a block, a compare
 * block and an export draw alike.
 */
export function appPlayerOptions(ctx: PluginContext, container: HTMLElement, owner: Component): AppPlayerOptions {
	const settings = ctx.settings();
	return {
		language: ctx.language,
		dark: container.ownerDocument.body.classList.contains('theme-dark'),
		inferState: settings.inferState,
		autoplayMs: settings.autoplayMs,
		fadedOpacity: settings.fadedOpacity,
		showOutcomesAhead: settings.showOutcomesAhead,
		register: (cleanup) => owner.register(cleanup),
	};
}
