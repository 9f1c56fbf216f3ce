import type { Cookies } from '@sveltejs/kit';
import { isSupportedLocale, negotiateLocale } from '../i18n/catalogues';

export const LOCALE_COOKIE = 'mesure_lang';

/** The language chosen with the switch (a cookie), else the browser's preference. */
export function resolveLocale(cookies: Pick<Cookies, 'get'>, headers: Pick<Headers, 'get'>): string {
	const chosen = cookies.get(LOCALE_COOKIE);
	return isSupportedLocale(chosen) ? chosen : negotiateLocale(headers.get('accept-language'));
}

export function rememberLocale(cookies: Cookies, url: URL, locale: string): void {
	cookies.set(LOCALE_COOKIE, locale, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		maxAge: 365 * 24 * 60 * 60
	});
}
