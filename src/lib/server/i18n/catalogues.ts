import type { Catalogue, LocaleInfo, MessageKey, MessageParams, Messages } from '$lib/i18n/types';
import { translate } from '$lib/i18n/translate';

import * as ar from '$lib/i18n/catalogues/ar';
import * as en from '$lib/i18n/catalogues/en';
import * as es from '$lib/i18n/catalogues/es';
import * as fr from '$lib/i18n/catalogues/fr';
import * as pt from '$lib/i18n/catalogues/pt';

// A new language is a new catalogue in $lib/i18n/catalogues (a file, and its parts in a folder), listed here. Plain
// imports, not Vite's glob, so that the command line and the scripts (run by tsx) load the same catalogues.
const catalogues = new Map<string, Catalogue>(
	[en, fr, pt, es, ar].map((catalogue) => [catalogue.locale.code, catalogue])
);

export const DEFAULT_LOCALE = 'en';

export const LOCALES: LocaleInfo[] = [...catalogues.values()]
	.map((c) => c.locale)
	.sort((a, b) => (a.code === DEFAULT_LOCALE ? -1 : b.code === DEFAULT_LOCALE ? 1 : a.code.localeCompare(b.code)));

export function isSupportedLocale(code: string | undefined | null): code is string {
	return !!code && catalogues.has(code);
}

export function isMessageKey(key: string): key is MessageKey {
	return key in getCatalogue(DEFAULT_LOCALE).messages;
}

export function getCatalogue(code: string): Catalogue {
	return catalogues.get(code) ?? catalogues.get(DEFAULT_LOCALE)!;
}

export function messagesFor(code: string): Messages {
	return getCatalogue(code).messages;
}

/**
 * Messages in a language. `isolated` isolates the values filled in when the language is written right to left, for
 * text shown on a page (`$lib/i18n/bidi.ts`); files (exports, reports' sentences) get the values as they are.
 */
export function translator(
	code: string,
	{ isolated = false }: { isolated?: boolean } = {}
): (key: MessageKey, params?: MessageParams) => string {
	const { messages, locale } = getCatalogue(code);
	const isolate = isolated && locale.dir === 'rtl';
	return (key, params) => translate(messages, key, params, locale.code, isolate);
}

/** Picks the best supported language from an Accept-Language header, by quality then order. */
export function negotiateLocale(acceptLanguage: string | null): string {
	return (
		negotiateLanguage(
			acceptLanguage,
			LOCALES.map((locale) => locale.code)
		) ?? DEFAULT_LOCALE
	);
}

/** The first of `supported` that the header accepts, by quality then order; null when it accepts none. */
export function negotiateLanguage<L extends string>(acceptLanguage: string | null, supported: readonly L[]): L | null {
	if (!acceptLanguage) return null;
	const ranked = acceptLanguage
		.split(',')
		.map((part, index) => {
			const [tag, ...rest] = part.trim().split(';');
			const q = rest.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
			return { tag: tag.toLowerCase(), q: q === undefined ? 1 : Number(q), index };
		})
		.filter((entry) => entry.tag && entry.q > 0)
		.sort((a, b) => b.q - a.q || a.index - b.index);
	for (const { tag } of ranked) {
		const base = tag.split('-')[0];
		const found = supported.find((language) => language === base);
		if (found) return found;
	}
	return null;
}
