/** The languages every word the plugin shows exists in. Our first users write in Korean. */
export type Language = 'en' | 'ko';

/** Picks the supported language for a locale code such as `ko`, `ko-KR` or `en-US`; English otherwise. */
export function languageFrom(code: string | null | undefined): Language {
	return code?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
