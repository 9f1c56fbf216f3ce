import { CORE_TEXTS, isCoreLanguage, isCoreTextKey, type CoreTextKey, type CoreTexts } from '../core-module';
import { languageDirection } from '../languages';
import { RESPONDENT_TEXTS, type RespondentTextKey, type RespondentTexts } from './respondent-texts';

/** Every text a respondent's pages say in one language: the core module's and the pages' own. */
export interface Words {
	/** BCP 47 code, as `<html lang>` takes it. */
	language: string;
	dir: 'ltr' | 'rtl';
	core: CoreTexts;
	respondent: RespondentTexts;
	/** Whether the campaign translated these texts itself (a language Mesure does not give). */
	byCampaign: boolean;
}

/** A campaign's translations of Mesure's texts into a language it added: `core.<key>` and `respondent.<key>`. */
export type AddedTexts = Readonly<Record<string, string>>;

export const CORE_KEY_PREFIX = 'core.';
export const RESPONDENT_KEY_PREFIX = 'respondent.';

/** The keys a language a campaign adds must translate: the core module's texts, then the pages' own. */
export function listAddedTextKeys(): string[] {
	return [
		...Object.keys(CORE_TEXTS.en).map((key) => CORE_KEY_PREFIX + key),
		...Object.keys(RESPONDENT_TEXTS.en).map((key) => RESPONDENT_KEY_PREFIX + key)
	];
}

/** The English text of an added-language key; undefined for a key that is none. */
export function findReferenceText(key: string, language = 'en'): string | undefined {
	const source = isCoreLanguage(language) ? language : 'en';
	if (key.startsWith(CORE_KEY_PREFIX)) {
		const core = key.slice(CORE_KEY_PREFIX.length);
		return isCoreTextKey(core) ? CORE_TEXTS[source][core] : undefined;
	}
	if (key.startsWith(RESPONDENT_KEY_PREFIX)) {
		const own = key.slice(RESPONDENT_KEY_PREFIX.length);
		return own in RESPONDENT_TEXTS.en ? RESPONDENT_TEXTS[source][own as RespondentTextKey] : undefined;
	}
	return undefined;
}

const givenWords = new Map<string, Words>();

/**
 * The words of a language: Mesure's own for the languages it gives, else the campaign's translations, with
 * English where one is missing (only a draft's preview can lack one: publishing refuses it).
 */
export function findWords(language: string, added: AddedTexts = {}): Words {
	if (isCoreLanguage(language)) {
		let words = givenWords.get(language);
		if (!words) {
			const dir = language === 'ar' ? 'rtl' : 'ltr';
			words = { language, dir, core: CORE_TEXTS[language], respondent: RESPONDENT_TEXTS[language], byCampaign: false };
			givenWords.set(language, words);
		}
		return words;
	}
	const core = { ...CORE_TEXTS.en };
	const respondent = { ...RESPONDENT_TEXTS.en };
	for (const [key, text] of Object.entries(added)) {
		if (!text.trim()) continue;
		if (key.startsWith(CORE_KEY_PREFIX)) {
			const name = key.slice(CORE_KEY_PREFIX.length);
			if (isCoreTextKey(name)) core[name as CoreTextKey] = text;
		} else if (key.startsWith(RESPONDENT_KEY_PREFIX)) {
			const name = key.slice(RESPONDENT_KEY_PREFIX.length);
			if (name in respondent) respondent[name as RespondentTextKey] = text;
		}
	}
	return { language, dir: languageDirection(language), core, respondent, byCampaign: true };
}
