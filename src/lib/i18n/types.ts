import type { messages } from './catalogues/en';

/** Every message has an English text; other catalogues must give the same keys. */
export type MessageKey = keyof typeof messages;
export type Messages = Record<MessageKey, string>;
export type MessageParams = Record<string, string | number>;

export interface LocaleInfo {
	/** BCP 47 language tag, as used in `<html lang>`. */
	code: string;
	/** The language's name in itself, as the language switch shows it. */
	name: string;
	dir: 'ltr' | 'rtl';
}

export interface Catalogue {
	locale: LocaleInfo;
	messages: Messages;
}
