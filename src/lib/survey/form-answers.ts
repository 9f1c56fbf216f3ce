import { CORE_ITEMS } from '../core-module';
import type { FormAnswers } from './flow';
import { readInstanceName } from './repeats';
import type { SurveyDefinition } from './response';

const CORE_MULTIPLE = new Set(CORE_ITEMS.filter((item) => item.kind === 'multiple').map((item) => item.id));

/**
 * The answers in a posted form: a list for the questions that take several answers, the first text for the
 * others. Fields whose names start with `_` carry the form's own state and are left out, as are files.
 */
export function readFormAnswers(
	entries: Iterable<[string, FormDataEntryValue]>,
	definition: SurveyDefinition
): FormAnswers {
	const multiple = new Set([
		...CORE_MULTIPLE,
		...definition.customQuestions
			.filter((question) => question.type === 'multiple' || question.type === 'rank')
			.map((question) => question.code)
	]);
	const answers: FormAnswers = {};
	for (const [name, value] of entries) {
		if (name.startsWith('_') || typeof value !== 'string') continue;
		// A repeat group's member in one instance is named group.instance.member (see repeats.ts).
		if (multiple.has(name) || multiple.has(readInstanceName(name)?.member ?? '')) {
			const list = answers[name];
			answers[name] = Array.isArray(list) ? [...list, value] : [value];
		} else if (!Object.hasOwn(answers, name)) answers[name] = value;
	}
	return answers;
}
