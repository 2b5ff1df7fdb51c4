import { getLanguage, moment, requireApiVersion } from 'obsidian';
import { languageFrom, type Language } from '../i18n/language';

/**
 * Obsidian's interface language, mapped to the plugin's. `getLanguage()` exists from Obsidian 1.8.7; older
 * apps set Moment's locale to the interface language, which is public too.
 */
export function appLanguage(): Language {
	return languageFrom(requireApiVersion('1.8.7') ? getLanguage() : moment.locale());
}
