import type { LayoutServerLoad } from './$types';
import { getCatalogue, LOCALES } from '$lib/server/i18n/catalogues';

/** The interface's language, for every page; respondents' pages speak the language they chose instead. */
export const load: LayoutServerLoad = ({ locals }) => {
	const catalogue = getCatalogue(locals.locale);
	return { i18n: { locale: catalogue.locale, locales: LOCALES, messages: catalogue.messages } };
};
