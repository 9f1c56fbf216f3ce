import { calculate, checkExpression, readClock, testExpression, type Scope } from './client/expressions.js';
import type { CustomQuestion } from './custom-question';

/** Today and now as the expressions read them (UTC, as the respondent's browser reads them too). */
export type Clock = { today: string; now: string };

export function readNow(): Clock {
	return readClock(new Date());
}

/** The clock of a response submitted at `submittedAt` (ISO 8601): `today()` is its day, checked or corrected later. */
export function submissionClock(submittedAt: string | null | undefined): Clock {
	const at = submittedAt ? new Date(submittedAt) : new Date();
	return readClock(Number.isNaN(at.getTime()) ? new Date() : at);
}

/** The answers an expression sees: those of the questions asked, nothing for the others. */
export function makeScope(values: Readonly<Record<string, unknown>>, clock: Clock): Scope {
	return {
		read: (name) => (Object.hasOwn(values, name) ? (values[name] as Scope['self']) : null),
		today: clock.today,
		now: clock.now,
		work: { spent: 0 }
	};
}

/** Whether the question's own expression lets it be asked (its show-if rule is tested on its own). */
export function holdsRelevant(question: CustomQuestion, scope: Scope): boolean {
	return question.relevant === undefined || testExpression(question.relevant, scope);
}

/** Whether an answer is needed, when the question is asked. */
export function isRequired(question: CustomQuestion, scope: Scope): boolean {
	if (question.type === 'note' || question.type === 'calculate') return false;
	return question.required || (question.requiredIf !== undefined && testExpression(question.requiredIf, scope));
}

/** Whether an answer keeps the question's constraint (`.` being the answer). */
export function meetsConstraint(question: CustomQuestion, answer: unknown, scope: Scope): boolean {
	return (
		question.constraint === undefined ||
		testExpression(question.constraint, { ...scope, self: answer as Scope['self'] })
	);
}

/** The options offered, given the answers so far: all of them, or those the choice filter keeps. */
export function listOfferedOptions(question: CustomQuestion, scope: Scope): CustomQuestion['options'] {
	const filter = question.choiceFilter;
	if (filter === undefined) return question.options;
	return question.options.filter((option) =>
		testExpression(filter, {
			...scope,
			column: (name) =>
				name === 'name'
					? option.code
					: option.columns && Object.hasOwn(option.columns, name)
						? option.columns[name]
						: ''
		})
	);
}

/** A calculated question's value; none (undefined) when it comes out empty. */
export function computeValue(question: CustomQuestion, scope: Scope): string | number | undefined {
	if (question.calculation === undefined) return undefined;
	const value = calculate(question.calculation, scope);
	return value === '' ? undefined : value;
}

/** The questions a question's rule and expressions look at (its own code aside). */
export function listReferences(question: CustomQuestion): string[] {
	const { relevant, constraint, requiredIf, calculation, choiceFilter } = question;
	const names = new Set(question.showIf ? [question.showIf.question] : []);
	for (const text of [relevant, constraint, requiredIf, calculation, choiceFilter]) {
		const checked = text === undefined ? null : checkExpression(text, { columns: text === choiceFilter });
		if (checked?.ok) for (const name of checked.references) names.add(name);
	}
	names.delete(question.code);
	return [...names];
}
