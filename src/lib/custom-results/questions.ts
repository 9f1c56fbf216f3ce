import type { CustomQuestion, CustomQuestionType, LocalisedText } from '../survey/custom-question';

/**
 * A question as all the campaign's published versions asked it, by its code: the newest version's wording and
 * type, the answers of every version that asked it with that type (the newest's first), and those versions.
 */
export interface MergedQuestion {
	code: string;
	type: CustomQuestionType;
	label: LocalisedText;
	options: { code: string; label: LocalisedText }[];
	/** The versions whose answers to it are read: those that gave it the newest's type. */
	versionIds: string[];
	/** Whether every version that asked it gave it that type (no version need then be named). */
	sameInAll: boolean;
}

/**
 * The questions of the versions given (newest first), in the newest order: a question dropped in a later version
 * comes after those of the newest, where it stood. Answers given under another type (a code reused for another
 * kind of question) are left out rather than read as this type's.
 */
export function mergeQuestions(
	versions: readonly { id: string; questions: readonly CustomQuestion[] }[]
): MergedQuestion[] {
	const merged = new Map<string, MergedQuestion>();
	for (const version of versions) {
		for (const question of version.questions) {
			const known = merged.get(question.code);
			if (!known) {
				merged.set(question.code, {
					code: question.code,
					type: question.type,
					label: question.label,
					options: [...question.options],
					versionIds: [version.id],
					sameInAll: true
				});
				continue;
			}
			if (known.type !== question.type) {
				known.sameInAll = false;
				continue;
			}
			known.versionIds.push(version.id);
			for (const option of question.options)
				if (!known.options.some((seen) => seen.code === option.code)) known.options.push(option);
		}
	}
	return [...merged.values()];
}

/** A text in the reader's language, else in the campaign's first language, else in any it has; the code at worst. */
export function pickText(text: LocalisedText, locale: string, languages: readonly string[], fallback: string): string {
	const texts = text as Record<string, string | undefined>;
	const found = [locale, ...languages].map((language) => texts[language]).find((value) => value);
	return found ?? Object.values(texts).find((value) => value) ?? fallback;
}
