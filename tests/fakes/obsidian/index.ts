/**
 * A small typed fake of the `obsidian` module: vitest aliases `obsidian` to this file.
 * Each part implements the real API types it stands in for; the plugin's code never knows.
 */
export * from './component';
export * from './plugin';
export * from './markdown';
export * from './setting';
export * from './settings-tab';
export * from './editor-view';
export * from './files';
export * from './vault';
export * from './metadata-cache';
export * from './editor';
export * from './workspace';
export * from './app';
export * from './modal';
export * from './notice';
export * from './file-manager';
export * from './menu';
export * from './suggest-modal';
export * from './bases';
export * from './editor-suggest';
export * from './views';
