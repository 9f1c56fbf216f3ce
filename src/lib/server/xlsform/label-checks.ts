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
	// A repeat group's member is known only within an instance of the group: to its fellow members.
	const groupOf = new Map(questions.map((question) => [question.code, question.repeat]));
	return questions.map((question) => {
		const named = new Set<string>();
		const outside = new Set<string>();
		const resolve = (text: LocalisedText): LocalisedText =>
			Object.fromEntries(
				Object.entries(text).map(([language, value]) => [
					language,
					value?.replace(REFERENCE, (_, written: string) => {
						const name = written.trim();
						const code = name.toLowerCase();
						const group = groupOf.get(code);
						if (group !== undefined && group !== question.repeat) outside.add(name);
						else if (groupOf.has(code)) return '${' + code + '}';
						else if (isCoreItemId(name)) return '${' + name + '}';
						else named.add(name);
						return LEFT_OUT_REFERENCE;
					})
				])
			);
		const resolved = { ...question, label: resolve(question.label), hint: resolve(question.hint) };
		const row = rowOf.get(question.code) ?? 0;
		for (const name of named)
			problems.push({
				sheet: 'survey',
				row,
				column: 'label',
				reason: 'unsupported_reference',
				detail: `${question.code}: \${${name}} names a row that is not imported (such as a calculate): shown as “${LEFT_OUT_REFERENCE}”`
			});
		for (const name of outside)
			problems.push({
				sheet: 'survey',
				row,
				column: 'label',
				reason: 'repeat_reference',
				detail: `${question.code}: \${${name}} names a question of a repeat group from outside the group: shown as “${LEFT_OUT_REFERENCE}”`
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
