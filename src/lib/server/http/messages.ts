import type { MessageKey, MessageParams } from '$lib/i18n/types';
import { translator } from '../i18n/catalogues';

/**
 * Translates a message shown to a person (a form's problem, an error page, an API's message); a `seconds` parameter
 * also gives `{when}`, a wait said the way the language says it. In a language written right to left, the values
 * in the sentence (codes, numbers, names) are isolated from its words.
 */
export function localiseMessage(locale: string, key: MessageKey, params: MessageParams = {}): string {
	const t = translator(locale, { isolated: true });
	if (typeof params.seconds !== 'number') return t(key, params);
	return t(key, { ...params, when: describeWait(locale, params.seconds) });
}

export function describeWait(locale: string, seconds: number): string {
	const format = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
	return seconds < 90
		? format.format(Math.max(1, Math.ceil(seconds)), 'second')
		: format.format(Math.ceil(seconds / 60), 'minute');
}
