import tags from 'language-tags';
import { z } from 'zod';

// Longer than any tag a survey language needs (`ff-Adlm-SN` is 10); the registry is not consulted beyond it.
const MOST_TAG_LENGTH = 35;

/**
 * A language's code in its registered form (`wo`, `ff-Adlm`, `pt-GW`), checked against the IANA Language Subtag
 * Registry; null for a code that is malformed or names no registered language (`xx`, `english`).
 */
export function readLanguageTag(code: string): string | null {
	const trimmed = code.trim();
	if (!trimmed || trimmed.length > MOST_TAG_LENGTH || !/^[A-Za-z0-9-]+$/.test(trimmed)) return null;
	const tag = tags(trimmed);
	if (!tag.valid() || !tag.language()) return null;
	return tag.format();
}

/** A language's English name as the registry gives it (`Wolof`, `Mandinka`); the code itself when it has none. */
export function describeLanguageInEnglish(code: string): string {
	const tag = tags(code);
	return tag.language()?.descriptions()[0] ?? code;
}

/** A language code in a request: any registered BCP 47 tag, in its registered form. */
export const languageTagSchema = z.string({ error: 'errors.language_unsupported' }).transform((code, context) => {
	const tag = readLanguageTag(code);
	if (tag === null) context.addIssue({ code: 'custom', message: 'errors.language_unsupported' });
	return tag ?? code;
});
