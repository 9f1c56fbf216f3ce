import { z } from 'zod';
import { isCoreItemId } from '../core-module';
import { checkExpression } from './client/expressions.js';
import { customQuestionSchema, MOST_INSTANCES, type CustomQuestion } from './custom-question';
import { EXPRESSION_FIELDS } from './expression-fields';

// A survey's custom questions as a list: the limits of the whole, and what each question's expressions may name.

/**
 * What a survey's expressions may cost to run for one response, in characters read: each expression once, a choice
 * filter once an option. Far above any form (pyxform's corpus stays under 5,000), and it keeps a submission's
 * checks to a few tens of milliseconds whatever a survey holds.
 */
export const MOST_EXPRESSION_WORK = 1_000_000;

/** The questions an expression of a question names that it may not: only core items and earlier questions may be (and the question itself, in its constraint). */
export function findUnknownReferences(
	question: Pick<CustomQuestion, 'code' | (typeof EXPRESSION_FIELDS)[number]>,
	earlier: ReadonlySet<string>
): { field: (typeof EXPRESSION_FIELDS)[number]; name: string }[] {
	const unknown: { field: (typeof EXPRESSION_FIELDS)[number]; name: string }[] = [];
	for (const field of EXPRESSION_FIELDS) {
		const text = question[field];
		const checked = text === undefined ? null : checkExpression(text, { columns: field === 'choiceFilter' });
		if (!checked?.ok) continue;
		for (const name of checked.references) {
			const own = field === 'constraint' && name === question.code;
			if (!own && !earlier.has(name) && !isCoreItemId(name)) unknown.push({ field, name });
		}
	}
	return unknown;
}

/** The characters the question's expressions have to read for one response (see MOST_EXPRESSION_WORK). */
export function measureExpressionWork(question: CustomQuestion): number {
	const { relevant, constraint, requiredIf, calculation, choiceFilter, repeatCount } = question;
	const once = [relevant, constraint, requiredIf, calculation, repeatCount].reduce(
		(sum, text) => sum + (text?.length ?? 0),
		0
	);
	// A repeat group's member runs once an instance.
	const times = question.repeat === undefined ? 1 : MOST_INSTANCES;
	return (once + (choiceFilter?.length ?? 0) * question.options.length) * times;
}

/**
 * The questions of a survey version as stored, each read as the schema reads it (its defaults filled), without the
 * list's own limits: those may have grown stricter since the version was published, and its data must still export.
 */
export const storedQuestionListSchema = z.array(customQuestionSchema);

/**
 * A survey's own questions at most: far more than any before-and-after survey asks (the largest of pyxform's
 * corpus has a few hundred rows), and each page view and check of a response reads them all.
 */
export const MOST_QUESTIONS = 2000;

export const customQuestionListSchema = z
	.array(customQuestionSchema)
	.max(MOST_QUESTIONS, { error: 'errors.too_many_questions' })
	.superRefine((questions, context) => {
		const work = questions.reduce((sum, question) => sum + measureExpressionWork(question), 0);
		if (work > MOST_EXPRESSION_WORK)
			context.addIssue({ code: 'custom', path: [], message: 'errors.expressions_too_costly' });
		const taken = new Set<string>();
		// What a question may look at: core items, earlier questions, and earlier members of its own repeat group.
		const seen = new Set<string>();
		let members: string[] = [];
		questions.forEach((question, index) => {
			if (taken.has(question.code))
				context.addIssue({ code: 'custom', path: [index, 'code'], message: 'errors.question_code_taken' });
			const previous = questions[index - 1];
			const group = previous?.type === 'repeat' ? previous.code : previous?.repeat;
			if (question.repeat !== undefined && question.repeat !== group)
				context.addIssue({ code: 'custom', path: [index, 'repeat'], message: 'errors.repeat_unknown' });
			if (question.repeat === undefined) {
				for (const member of members) seen.delete(member);
				members = [];
			}
			if (question.showIf && !seen.has(question.showIf.question) && !isCoreItemId(question.showIf.question)) {
				context.addIssue({ code: 'custom', path: [index, 'showIf'], message: 'errors.show_if_unknown' });
			}
			for (const { field } of findUnknownReferences(question, seen)) {
				context.addIssue({ code: 'custom', path: [index, field], message: 'errors.expression_unknown_question' });
			}
			taken.add(question.code);
			seen.add(question.code);
			if (question.repeat !== undefined) members.push(question.code);
		});
	});
