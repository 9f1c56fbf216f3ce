import {
	isBlank,
	parseCustomAnswer,
	type CustomAnswer,
	type CustomAnswers,
	type CustomProblemCode
} from './custom-answer-parsing';
import type { CustomQuestion, ShowIf } from './custom-question';
import {
	computeValue,
	holdsRelevant,
	isRequired,
	listOfferedOptions,
	makeScope,
	meetsConstraint,
	readNow,
	type Clock
} from './question-rules';
import { isCountedRepeat, readInstanceCount } from './repeats';

export {
	CUSTOM_PROBLEM_CODES,
	isBlank,
	parseCustomAnswer,
	TEXT_LIMITS,
	type CustomAnswer,
	type CustomAnswers,
	type CustomProblemCode,
	type InstanceAnswers,
	type StoredAnswer
} from './custom-answer-parsing';

/**
 * Whether a show-if rule holds for the answers given (core items and custom questions alike). For a
 * question that takes several answers, "equals" means "includes" and "is one of" means "includes any",
 * as XLSForm's `selected()` does. A rule on an unanswered question is false.
 */
export function testShowIf(rule: ShowIf, answers: Readonly<Record<string, unknown>>): boolean {
	const answer = Object.hasOwn(answers, rule.question) ? answers[rule.question] : undefined;
	if (answer === undefined || answer === null || answer === '') return false;
	const given = Array.isArray(answer) ? answer.map(String) : [String(answer)];
	switch (rule.op) {
		case 'equals':
			return given.includes(String(rule.value));
		case 'one_of':
			return (Array.isArray(rule.value) ? rule.value : [rule.value]).some((value) => given.includes(String(value)));
		case 'greater_than':
		case 'less_than': {
			const number = typeof answer === 'number' ? answer : Number(answer);
			const bound = Number(rule.value);
			if (Array.isArray(answer) || !Number.isFinite(number) || !Number.isFinite(bound)) return false;
			return rule.op === 'greater_than' ? number > bound : number < bound;
		}
	}
}

/** The custom questions asked, in order (calculations are never asked), and the answers expressions see: core and custom, calculations made. */
export interface CustomAssessment {
	asked: CustomQuestion[];
	values: Record<string, unknown>;
}

/**
 * The custom questions asked, in order: one whose rule looks at a question not asked is not asked either, and an
 * expression sees no answer to a question not asked. `answers` holds the core answers (parsed) and the custom
 * answers given so far; a calculated question asked gets its value from the answers before it.
 */
export function assessCustomQuestions(
	questions: readonly CustomQuestion[],
	answers: Readonly<Record<string, unknown>>,
	askedCore: ReadonlySet<string>,
	clock: Clock = readNow()
): CustomAssessment {
	const asked = new Set(askedCore);
	const values: Record<string, unknown> = {};
	for (const id of askedCore) if (Object.hasOwn(answers, id)) values[id] = answers[id];
	const scope = makeScope(values, clock);
	const askedQuestions = questions.filter((question) => {
		const rule = question.showIf;
		if (rule && !(asked.has(rule.question) && testShowIf(rule, values))) return false;
		if (!holdsRelevant(question, scope)) return false;
		asked.add(question.code);
		if (isCountedRepeat(question)) {
			values[question.code] = readInstanceCount(
				computeValue({ ...question, calculation: question.repeatCount }, scope)
			);
			return false;
		}
		const calculated = question.type === 'calculate';
		const value = calculated ? computeValue(question, scope) : answers[question.code];
		if (value !== undefined) values[question.code] = value;
		return !calculated;
	});
	return { asked: askedQuestions, values };
}

export function listAskedQuestions(
	questions: readonly CustomQuestion[],
	answers: Readonly<Record<string, unknown>>,
	askedCore: ReadonlySet<string>
): CustomQuestion[] {
	return assessCustomQuestions(questions, answers, askedCore).asked;
}

/** Answers checked, each question's under its own code (a repeat group's members one by one: see repeats.ts). */
export type CustomValidation =
	| { ok: true; answers: Record<string, CustomAnswer> }
	| { ok: false; problems: { item: string; code: CustomProblemCode }[] };

/**
 * Checks the answers to the questions asked; an answer to a question not asked is a problem (forms drop
 * such answers first: see the survey flow). With `allowMissing` (imported data) no answer is required, and a
 * calculated value given is kept as it was collected. `values` are the answers expressions see (as
 * assessCustomQuestions gives them); a calculated question's value comes from there, never from the input.
 */
export function validateCustomAnswers(
	questions: readonly CustomQuestion[],
	input: Readonly<Record<string, unknown>>,
	asked: readonly CustomQuestion[],
	options: { allowMissing?: boolean; values?: Readonly<Record<string, unknown>>; clock?: Clock } = {}
): CustomValidation {
	const askedCodes = new Set(asked.map((question) => question.code));
	const values = options.values ?? {};
	const scope = makeScope(values, options.clock ?? readNow());
	const problems: { item: string; code: CustomProblemCode }[] = [];
	const answers: Record<string, CustomAnswer> = {};
	for (const question of questions) {
		const raw = Object.hasOwn(input, question.code) ? input[question.code] : undefined;
		if (isCountedRepeat(question)) {
			if (values[question.code] !== undefined) answers[question.code] = readInstanceCount(values[question.code]);
			continue;
		}
		if (question.type === 'calculate') {
			const given = options.allowMissing && !isBlank(raw) ? parseCustomAnswer(question, raw) : null;
			const value = given && 'value' in given ? given.value : values[question.code];
			if (value !== undefined) answers[question.code] = value as CustomAnswer;
			continue;
		}
		if (isBlank(raw)) {
			const required = !options.allowMissing && isRequired(question, scope);
			if (required && askedCodes.has(question.code)) problems.push({ item: question.code, code: 'required' });
			continue;
		}
		if (!askedCodes.has(question.code) || question.type === 'note') {
			problems.push({ item: question.code, code: 'must_be_absent' });
			continue;
		}
		const parsed = parseCustomAnswer(question, raw, listOfferedOptions(question, scope));
		if ('problem' in parsed) problems.push({ item: question.code, code: parsed.problem });
		else if (!meetsConstraint(question, parsed.value, scope))
			problems.push({ item: question.code, code: 'constraint' });
		else answers[question.code] = parsed.value;
	}
	return problems.length > 0 ? { ok: false, problems } : { ok: true, answers };
}
