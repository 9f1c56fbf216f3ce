import { isCoreItemId } from '$lib/core-module';
import type { CustomQuestion, LocalisedText } from '$lib/survey/custom-question';
import type { ReadQuestion } from './context';
import type { ImportProblem } from './types';

// No quantifier next to another that could take the same characters: time linear in the text.
const REFERENCE = /\$\{([^{}]*)\}/g;

/** What a label or hint shows where it named a row that was not imported. */
export const LEFT_OUT_REFERENCE = '…';

/**
 * Labels and hints that name another row (`${name}`): a question imported keeps the reference, under its code; a
 * row left out (a `calculate`, a question refused) is shown as `LEFT_OUT_REFERENCE` and reported, since a form that
 * names a row it lacks cannot be converted or shown.
 */
export function resolveReferences(
	questions: readonly CustomQuestion[],
	rowOf: ReadonlyMap<string, number>,
	problems: ImportProblem[]
): CustomQuestion[] {
	const codes = new Set(questions.map((question) => question.code));
	return questions.map((question) => {
		const named = new Set<string>();
		const resolve = (text: LocalisedText): LocalisedText =>
			Object.fromEntries(
				Object.entries(text).map(([language, value]) => [
					language,
					value?.replace(REFERENCE, (_, written: string) => {
						const name = written.trim();
						if (codes.has(name.toLowerCase())) return '${' + name.toLowerCase() + '}';
						if (isCoreItemId(name)) return '${' + name + '}';
						named.add(name);
						return LEFT_OUT_REFERENCE;
					})
				])
			);
		const resolved = { ...question, label: resolve(question.label), hint: resolve(question.hint) };
		for (const name of named)
			problems.push({
				sheet: 'survey',
				row: rowOf.get(question.code) ?? 0,
				column: 'label',
				reason: 'unsupported_reference',
				detail: `${question.code}: \${${name}} names a row that is not imported (such as a calculate): shown as “${LEFT_OUT_REFERENCE}”`
			});
		return resolved;
	});
}

/**
 * Questions (calculations aside, which nobody sees) with no label text in any language (a label that was only an image or a sound, which a survey here
 * does not show) are left out and reported, before the others are checked: nobody could answer them, and a
 * condition naming one is then reported as naming a question left out.
 */
export function dropUnlabelled(read: readonly ReadQuestion[], problems: ImportProblem[]): ReadQuestion[] {
	return read.filter(({ question, row }) => {
		const labelled =
			question.type === 'calculate' || Object.values(question.label).some((text) => (text ?? '').trim() !== '');
		if (!labelled)
			problems.push({
				sheet: 'survey',
				row,
				column: 'label',
				reason: 'missing_label',
				detail: `${question.code}: no label text in any language (an image or audio label only): left out`
			});
		return labelled;
	});
}
