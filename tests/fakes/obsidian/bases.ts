import type * as obsidian from 'obsidian';
import { Component } from './component';

/**
 * Fake of Obsidian 1.10's `BasesView`: the app sets `app`, `config` and `data`, then calls `onDataUpdated`.
 * Only what a view subclass reaches; the fake plugin's `registerBasesView` never creates one.
 */
export abstract class BasesView extends Component {
	app!: obsidian.App;
	config!: unknown;
	data!: unknown;

	constructor(controller: unknown) {
		super();
		void controller;
	}

	abstract onDataUpdated(): void;
}

/** Fake of `Keymap`: a click with Ctrl or Cmd opens in a new tab. */
export const Keymap = {
	isModEvent: (event: MouseEvent): boolean => event.ctrlKey || event.metaKey,
};
