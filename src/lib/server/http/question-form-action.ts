import { fail, type ActionFailure } from '@sveltejs/kit';
import type { CustomQuestion } from '$lib/survey/custom-question';
import type { QuestionFormValues } from '$lib/survey/types';
import { asDomainError } from '../errors';
import { readFormData } from './form';
import { localiseMessage } from './messages';
import { formFieldOf, questionFromForm, readQuestionForm } from './question-form';

export interface QuestionFormFailure {
	errors: Record<string, string>;
	question: QuestionFormValues;
}

/**
 * Reads the question form, judges it with the model's schema, and runs the save. A rule the form
 * breaks answers 400 with a message per field, in the user's language, and what was typed.
 */
export async function submitQuestionForm(
	request: Request,
	locale: string,
	save: (question: CustomQuestion) => Promise<unknown>
): Promise<{ ok: true; question: CustomQuestion } | { ok: false; failure: ActionFailure<QuestionFormFailure> }> {
	const values = readQuestionForm(await readFormData(request));
	const result = questionFromForm(values);
	if (!result.ok) {
		const errors = Object.fromEntries(
			Object.entries(result.errors).map(([field, key]) => [field, localiseMessage(locale, key)])
		);
		return { ok: false, failure: fail(400, { errors, question: values }) };
	}
	try {
		await save(result.question);
		return { ok: true, question: result.question };
	} catch (caught) {
		// The database out of reach is said on the form too, what was typed kept.
		const error = asDomainError(caught);
		if (!error) throw caught;
		const field = error.field ? formFieldOf(error.field.split('.'), values.optionsLanguage) : 'form';
		const status = error.code === 'invalid' ? 400 : error.status;
		const message = localiseMessage(locale, error.messageKey, error.params);
		return { ok: false, failure: fail(status, { errors: { [field]: message }, question: values }) };
	}
}
