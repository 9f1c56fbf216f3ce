/** The languages respondents may answer in, each named in itself. */
export const RESPONDENT_LANGUAGE_NAMES: Record<string, string> = {
	en: 'English',
	fr: 'Français',
	pt: 'Português',
	es: 'Español',
	ar: 'العربية'
};

/**
 * A language's name for a reader: Mesure's five in themselves (as a language switch shows them), any other in the
 * reader's language through Intl, else its code (`mnk` where Intl knows no name).
 */
export function nameLanguage(code: string, readerLocale: string): string {
	const own = RESPONDENT_LANGUAGE_NAMES[code];
	if (own) return own;
	try {
		return new Intl.DisplayNames([readerLocale], { type: 'language', fallback: 'none' }).of(code) ?? code;
	} catch {
		return code;
	}
}

/** Scripts written right to left, as Intl's likely subtags name them: Arabic, Hebrew, Adlam (Pulaar), N'Ko, Syriac, Thaana, Hanifi Rohingya. */
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Adlm', 'Nkoo', 'Syrc', 'Thaa', 'Rohg']);

/** The direction a language is written in (`ar`, `ff-Adlm`, `nqo`: right to left): its texts keep it inside a page of the other. */
export function languageDirection(code: string): 'ltr' | 'rtl' {
	try {
		const script = new Intl.Locale(code).maximize().script;
		return script && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
	} catch {
		return 'ltr';
	}
}
