/** The languages respondents may answer in, each named in itself. */
export const RESPONDENT_LANGUAGE_NAMES: Record<string, string> = {
	en: 'English',
	fr: 'Français',
	pt: 'Português',
	es: 'Español',
	ar: 'العربية'
};
