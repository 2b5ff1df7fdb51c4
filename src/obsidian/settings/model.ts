import { SETTING_DECLARATIONS } from './declarations';
import type { ProtocolNotesSettings } from './types';

export type { ProtocolNotesSettings, TableChoice } from './types';

/** Settings a new install starts with, made from the declarations (the one place each default is written). */
export const DEFAULT_SETTINGS: ProtocolNotesSettings = Object.fromEntries(
	SETTING_DECLARATIONS.map((declaration) => [declaration.key, declaration.defaultValue]),
) as unknown as ProtocolNotesSettings;
