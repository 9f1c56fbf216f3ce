import { getContext, setContext } from 'svelte';
import { translate } from './translate';
import type { LocaleInfo, MessageKey, MessageParams, Messages } from './types';

export interface I18nData {
	locale: LocaleInfo;
	locales: LocaleInfo[];
	messages: Messages;
}

export interface I18n {
	readonly locale: LocaleInfo;
	readonly locales: LocaleInfo[];
	t(key: MessageKey, params?: MessageParams): string;
}

const KEY = Symbol('i18n');

/** Called once by the root layout; `read` is a getter over page data, so a language switch re-renders every text. */
export function provideI18n(read: () => I18nData): I18n {
	const i18n: I18n = {
		get locale() {
			return read().locale;
		},
		get locales() {
			return read().locales;
		},
		// A page written right to left isolates the values in its sentences: codes, numbers, names (bidi.ts).
		t: (key, params) => {
			const { messages, locale } = read();
			return translate(messages, key, params, locale.code, locale.dir === 'rtl');
		}
	};
	return setContext(KEY, i18n);
}

export function useI18n(): I18n {
	return getContext<I18n>(KEY);
}
