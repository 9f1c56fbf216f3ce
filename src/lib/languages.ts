/** The languages respondents may answer in, each named in itself. */
export const RESPONDENT_LANGUAGE_NAMES: Record<string, string> = {
	en: 'English',
	fr: 'Français',
	pt: 'Português',
	es: 'Español',
	ar: 'العربية'
};

/** The direction a respondent language is written in: its texts keep it inside a page of the other. */
export function languageDirection(code: string): 'ltr' | 'rtl' {
	return code === 'ar' ? 'rtl' : 'ltr';
}
