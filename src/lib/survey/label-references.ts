import { fillTemplate } from './client/respondent.js';

/** `${name}` in a label or a hint, as XLSForm writes an answer into a text (the page's script reads the same). */
export const LABEL_REFERENCE = /\$\{([^{}\s]+)\}/g;

export function hasReferences(text: string): boolean {
	return text.includes('${');
}

/**
 * The text with each answer it names written in, as the page's script writes it (each answer and the whole kept
 * short); one not given (yet) is left blank.
 */
export function fillReferences(text: string, values: Readonly<Record<string, string>> | undefined): string {
	if (!hasReferences(text)) return text;
	return fillTemplate(text, (name) => (values && Object.hasOwn(values, name) ? values[name] : null));
}

/** The questions the texts name. */
export function listReferencedNames(texts: readonly (string | null)[]): Set<string> {
	const names = new Set<string>();
	for (const text of texts)
		if (text && hasReferences(text)) for (const [, name] of text.matchAll(LABEL_REFERENCE)) names.add(name);
	return names;
}
