import { describe, expect, it } from 'vitest';
import { settingsFrom } from '../../../src/obsidian/settings/load';
import { DEFAULT_SETTINGS } from '../../../src/obsidian/settings/model';

describe('settingsFrom', () => {
	it('gives the defaults for a new install', () => {
		expect(settingsFrom(null)).toEqual(DEFAULT_SETTINGS);
	});

	it('keeps saved values and fills in what an older file lacks', () => {
		expect(settingsFrom({ inferState: false, autoplayMs: 500 })).toEqual({ ...DEFAULT_SETTINGS, inferState: false, autoplayMs: 500 });
	});

	it('replaces values of the wrong kind by the defaults and clamps numbers into range', () => {
		const settings = settingsFrom({ inferState: 'yes', playerOnMermaid: null, fadedOpacity: 7, autoplayMs: -5, tableLabels: ['x'] });
		expect(settings).toEqual({ ...DEFAULT_SETTINGS, fadedOpacity: 1, autoplayMs: 100 });
	});

	it('does not share objects with the defaults', () => {
		const settings = settingsFrom(undefined);
		settings.tableLabels.keeps_state = '상태 유지';
		expect(DEFAULT_SETTINGS.tableLabels).toEqual({});
	});
});
