import { describeLanguageInEnglish } from '../i18n/language-tags';
import { SURVEY_LANGUAGES, type SurveyLanguage } from '$lib/survey/custom-question';

/** English names, as KoboToolbox writes them in `label::English (en)`. */
const ENGLISH_NAMES: Record<SurveyLanguage, string> = {
	en: 'English',
	fr: 'French',
	pt: 'Portuguese',
	es: 'Spanish',
	ar: 'Arabic'
};

/** Names a form author may use for our languages: in English, in French, and in the language itself. */
const NAMES = new Map<string, SurveyLanguage>(
	Object.entries({
		english: 'en',
		anglais: 'en',
		inglés: 'en',
		ingles: 'en',
		inglês: 'en',
		french: 'fr',
		français: 'fr',
		francais: 'fr',
		francés: 'fr',
		frances: 'fr',
		francês: 'fr',
		portuguese: 'pt',
		português: 'pt',
		portugues: 'pt',
		portugais: 'pt',
		portugués: 'pt',
		spanish: 'es',
		español: 'es',
		espanol: 'es',
		espagnol: 'es',
		espanhol: 'es',
		arabic: 'ar',
		arabe: 'ar',
		árabe: 'ar',
		العربية: 'ar',
		عربي: 'ar',
		eng: 'en',
		fra: 'fr',
		fre: 'fr',
		por: 'pt',
		spa: 'es',
		ara: 'ar'
	} satisfies Record<string, SurveyLanguage>)
);

export type TextField = 'label' | 'hint' | 'constraint_message' | 'required_message';

/** The language a name or code stands for: `English`, `Français (fr)`, `en-GB`; null when it is none of ours. */
export function findLanguage(text: string): SurveyLanguage | null {
	const spec = text.trim().toLowerCase();
	const withCode = /^(.*?)\s*\(([^)]*)\)$/.exec(spec);
	const candidates = withCode ? [withCode[2], withCode[1]] : [spec];
	for (const candidate of candidates) {
		const word = candidate.trim();
		const code = word.split(/[-_]/)[0];
		if ((SURVEY_LANGUAGES as readonly string[]).includes(code)) return code as SurveyLanguage;
		const named = NAMES.get(word);
		if (named) return named;
	}
	return null;
}

export type TextColumn =
	| { field: TextField; kind: 'language'; language: SurveyLanguage }
	| { field: TextField; kind: 'default' }
	| { field: TextField; kind: 'unsupported'; name: string };

// pyxform's other spellings of the messages' columns, as ODK's forms name them.
const MESSAGE_ALIASES: Record<string, TextField> = {
	'jr:constraintmsg': 'constraint_message',
	'bind::jr:constraintmsg': 'constraint_message',
	'jr:requiredmsg': 'required_message',
	'bind::jr:requiredmsg': 'required_message'
};

/**
 * `label`, `label::English (en)`, `label:french`, `hint::Arabic (ar)`, `bind::jr:requiredMsg::French (fr)`…; null
 * for any other column.
 */
export function parseTextColumn(header: string): TextColumn | null {
	const match =
		/^(label|hint|constraint_message|required_message|(?:bind::)?jr:(?:constraint|required)msg)(?:\s*::?\s*(.*))?$/i.exec(
			header.trim()
		);
	if (!match) return null;
	const name = match[1].toLowerCase();
	const field = MESSAGE_ALIASES[name] ?? (name as TextField);
	const spec = match[2]?.trim() ?? '';
	if (spec === '') return { field, kind: 'default' };
	const language = findLanguage(spec);
	return language ? { field, kind: 'language', language } : { field, kind: 'unsupported', name: spec };
}

export function formatLanguage(language: SurveyLanguage): string {
	return `${ENGLISH_NAMES[language] ?? describeLanguageInEnglish(language)} (${language})`;
}

export function formatTextColumn(field: TextField, language: SurveyLanguage): string {
	return `${field}::${formatLanguage(language)}`;
}
