import { SETTING_DECLARATIONS } from './declarations';
import { DEFAULT_SETTINGS, type ProtocolNotesSettings } from './model';

/**
 * The settings from `data.json`, each value checked against the default's type: a missing, hand-edited or
 * older file gives the defaults for what it lacks instead of breaking the plugin.
 */
export function settingsFrom(data: unknown): ProtocolNotesSettings {
	const saved = isRecord(data) ? data : {};
	const settings: ProtocolNotesSettings = structuredClone(DEFAULT_SETTINGS);
	const target = settings as unknown as Record<string, unknown>;
	for (const [key, fallback] of Object.entries(DEFAULT_SETTINGS)) {
		const value = saved[key];
		if (sameKind(value, fallback)) target[key] = structuredClone(value);
	}
	// A number is kept inside the range its slider offers, as declared once for both.
	for (const { key, control, defaultValue } of SETTING_DECLARATIONS) {
		if (control.type === 'slider') target[key] = clamp(target[key] as number, control.min, control.max, defaultValue as number);
	}
	return settings;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameKind(value: unknown, fallback: unknown): boolean {
	if (isRecord(fallback)) return isRecord(value);
	return typeof value === typeof fallback;
}

function clamp(value: number, min: number, max: number, fallback: number): number {
	return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}
