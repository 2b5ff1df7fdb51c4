import type * as obsidian from 'obsidian';
import type { Extension } from '@codemirror/state';
import { Component } from './component';

/** A code block processor as registered, by language. */
export type CodeBlockHandler = (source: string, el: HTMLElement, ctx: obsidian.MarkdownPostProcessorContext) => Promise<unknown> | void;

/**
 * Fake of Obsidian's `Plugin`: records what it registers (commands, processors, editor extensions, setting
 * tabs) and removes each again on unload, as the app does. `data` is what `loadData()` returns.
 */
export class Plugin extends Component implements obsidian.Plugin {
	app: obsidian.App;
	manifest: obsidian.PluginManifest;
	settings?: unknown;
	/** The contents of `data.json`. */
	data: unknown = null;
	/** How many times `saveData` ran. */
	saves = 0;
	readonly commands: obsidian.Command[] = [];
	readonly codeBlockProcessors = new Map<string, CodeBlockHandler>();
	readonly postProcessors: obsidian.MarkdownPostProcessor[] = [];
	readonly editorExtensions: Extension[] = [];
	readonly settingTabs: obsidian.PluginSettingTab[] = [];
	/** Editor suggests registered, in order. */
	readonly editorSuggests: obsidian.EditorSuggest<unknown>[] = [];

	constructor(app: obsidian.App, manifest: obsidian.PluginManifest) {
		super();
		this.app = app;
		this.manifest = manifest;
	}

	override onload(): void {}

	addRibbonIcon(): HTMLElement {
		return createDiv();
	}
	addStatusBarItem(): HTMLElement {
		return createDiv();
	}
	addCommand(command: obsidian.Command): obsidian.Command {
		this.commands.push(command);
		this.register(() => this.removeCommand(command.id));
		return command;
	}
	removeCommand(commandId: string): void {
		const at = this.commands.findIndex((c) => c.id === commandId);
		if (at >= 0) this.commands.splice(at, 1);
	}
	addSettingTab(settingTab: obsidian.PluginSettingTab): void {
		this.settingTabs.push(settingTab);
		this.register(() => this.settingTabs.splice(this.settingTabs.indexOf(settingTab), 1));
	}
	/** Registers a view creator with the workspace (the fake app's), removed again on unload as the app does. */
	registerView(type: string, viewCreator: obsidian.ViewCreator): void {
		const creators = (this.app.workspace as unknown as { viewCreators?: Map<string, obsidian.ViewCreator> } | undefined)?.viewCreators;
		if (!creators) return;
		creators.set(type, viewCreator);
		this.register(() => creators.delete(type));
	}
	registerHoverLinkSource(): void {}
	registerExtensions(): void {}
	registerMarkdownPostProcessor(postProcessor: obsidian.MarkdownPostProcessor): obsidian.MarkdownPostProcessor {
		this.postProcessors.push(postProcessor);
		this.register(() => this.postProcessors.splice(this.postProcessors.indexOf(postProcessor), 1));
		return postProcessor;
	}
	registerMarkdownCodeBlockProcessor(language: string, handler: CodeBlockHandler): obsidian.MarkdownPostProcessor {
		this.codeBlockProcessors.set(language, handler);
		this.register(() => this.codeBlockProcessors.delete(language));
		return () => {};
	}
	registerBasesView(): boolean {
		return true;
	}
	registerEditorExtension(extension: Extension): void {
		this.editorExtensions.push(extension);
		this.register(() => this.editorExtensions.splice(this.editorExtensions.indexOf(extension), 1));
	}
	registerObsidianProtocolHandler(): void {}
	registerEditorSuggest(editorSuggest: obsidian.EditorSuggest<unknown>): void {
		this.editorSuggests.push(editorSuggest);
		this.register(() => this.editorSuggests.splice(this.editorSuggests.indexOf(editorSuggest), 1));
	}
	registerCliHandler(): void {}
	loadData(): Promise<unknown> {
		return Promise.resolve(structuredClone(this.data));
	}
	saveData(data: unknown): Promise<void> {
		this.data = structuredClone(data);
		this.saves += 1;
		return Promise.resolve();
	}
	onUserEnable(): void {}
}

/** Fake of `getLanguage()`: the fake app's language is the test document's `lang`, English when unset. */
export function getLanguage(): string {
	return (typeof document === 'undefined' ? '' : document.documentElement.lang) || 'en';
}

/** Fake of `requireApiVersion()`: the fake stands in for Obsidian 1.13.1, the version of the typings. */
export function requireApiVersion(version: string): boolean {
	const have = [1, 13, 1];
	const want = version.split('.').map(Number);
	for (let i = 0; i < 3; i++) {
		if ((have[i] ?? 0) !== (want[i] ?? 0)) return (have[i] ?? 0) > (want[i] ?? 0);
	}
	return true;
}

/** Fake of `loadMermaid()`: the app's bundled Mermaid; here the npm package, loaded on first use like the app does. */
export async function loadMermaid(): Promise<unknown> {
	const mermaid = await import('mermaid');
	return mermaid.default;
}

/** Fake of Obsidian's `moment`, as far as the plugin uses it: the locale the app set (English here). */
export const moment = { locale: (): string => 'en' };
