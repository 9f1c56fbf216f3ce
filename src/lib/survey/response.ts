import {
	getItem,
	isCoreItemId,
	listCampaignItems,
	walkSurvey,
	parseAnswer,
	validateAnswers,
	type CampaignSettings,
	type CoreAnswers,
	type Ending,
	type Outcome,
	type ProblemCode
} from '../core-module';
import {
	assessCustomQuestions,
	isBlank,
	TEXT_LIMITS,
	parseCustomAnswer,
	validateCustomAnswers,
	type CustomAnswers,
	type CustomProblemCode
} from './custom-answers';
import type { CustomQuestion } from './custom-question';
import { readNow, type Clock } from './question-rules';
import {
	expandRepeats,
	findAnsweredTwice,
	flattenRepeatAnswers,
	hasRepeats,
	nestRepeatAnswers,
	readInstanceCount,
	readInstanceName
} from './repeats';

/** What a survey version asks: the core module filled with the campaign's slots, then its custom questions. */
export interface SurveyDefinition {
	readonly settings: CampaignSettings;
	readonly customQuestions: readonly CustomQuestion[];
}

export interface ResponseProblem {
	/** The item id or custom question code (or the unknown key that was sent). */
	readonly item: string;
	readonly code: ProblemCode | CustomProblemCode;
}

export type ResponseValidation =
	{ ok: true; outcome: Outcome; core: CoreAnswers; custom: CustomAnswers } | { ok: false; problems: ResponseProblem[] };

/** Where a set of answers stands, reading every valid answer and passing over the others. */
export interface Assessment {
	/** The valid core answers, in the codes of docs/standard.md §2b. */
	readonly core: CoreAnswers;
	/** Ids and codes of the questions asked, given these answers. */
	readonly asked: ReadonlySet<string>;
	readonly ending: Ending | null;
	/** The item whose answer ended the survey. */
	readonly endedAt: string | null;
	/** The answers to the questions asked, as expressions see them (calculations made). */
	readonly values: Readonly<Record<string, unknown>>;
}

/** `clock`: today and now as expressions read them (those of the response's submission, where it is not now). */
export function assessAnswers(
	definition: SurveyDefinition,
	input: Readonly<Record<string, unknown>>,
	clock: Clock = readNow()
): Assessment {
	const expanded = expandForAnswers(definition, input, clock);
	return assessExpanded(expanded.definition, expanded.input, clock);
}

/**
 * The survey as these answers make it, and the answers as its questions read them: each repeat group's members
 * asked once for each of its instances (as many as the group's answer, or its count, says), and instances sent as
 * lists written out member by member (see repeats.ts). A survey without repeat groups comes back as it is.
 */
export function expandForAnswers(
	definition: SurveyDefinition,
	input: Readonly<Record<string, unknown>>,
	clock: Clock = readNow()
): { definition: SurveyDefinition; input: Readonly<Record<string, unknown>> } {
	if (!hasRepeats(definition.customQuestions) || isExpanded(definition.customQuestions)) return { definition, input };
	const flat = flattenRepeatAnswers(definition.customQuestions, input);
	const outer = definition.customQuestions.filter((question) => question.repeat === undefined);
	const { values } = assessExpanded({ ...definition, customQuestions: outer }, flat, clock);
	const customQuestions = expandRepeats(definition.customQuestions, (group) => readInstanceCount(values[group.code]));
	return { definition: { ...definition, customQuestions }, input: flat };
}

/** Whether the members are already asked instance by instance (coded group.instance.member). */
function isExpanded(questions: readonly CustomQuestion[]): boolean {
	return questions.some((question) => question.repeat !== undefined && question.code.includes('.'));
}

function assessExpanded(
	definition: SurveyDefinition,
	input: Readonly<Record<string, unknown>>,
	clock: Clock
): Assessment {
	const core = parseCoreLeniently(input, definition.settings);
	const { asked: askedCore, ending } = walkSurvey(core, definition.settings);
	const asked = new Set<string>(askedCore.map((item) => item.id));
	let values: Readonly<Record<string, unknown>> = core;
	if (ending === null) {
		const parsed = { ...parseCustomLeniently(definition.customQuestions, input), ...core };
		const custom = assessCustomQuestions(definition.customQuestions, parsed, asked, clock);
		for (const question of custom.asked) asked.add(question.code);
		values = custom.values;
	}
	return {
		core,
		asked: asked as ReadonlySet<string>,
		ending,
		endedAt: ending === null ? null : (askedCore.at(-1)?.id ?? null),
		values
	};
}

/**
 * Checks a whole response: core items by id, custom questions by code; any other key is a problem. Every
 * problem is listed. `allowMissing` is for imported data (see the core module's `validateAnswers`). An
 * `assessment` already made of these answers (or of them with answers to questions not asked, which change
 * nothing of what is asked) saves making it again.
 */
export function validateResponse(
	definition: SurveyDefinition,
	input: Readonly<Record<string, unknown>>,
	options: { allowMissing?: boolean; assessment?: Assessment; clock?: Clock } = {}
): ResponseValidation {
	const clock = options.clock ?? readNow();
	const original = definition.customQuestions;
	const twice = new Set(hasRepeats(original) ? findAnsweredTwice(original, input) : []);
	({ definition, input } = expandForAnswers(definition, input, clock));
	const codes = new Set(definition.customQuestions.map((question) => question.code));
	const coreInput: Record<string, unknown> = {};
	const customInput: Record<string, unknown> = {};
	const problems: ResponseProblem[] = [];
	for (const [key, value] of Object.entries(input)) {
		if (twice.has(key)) problems.push({ item: key, code: 'duplicate' });
		else if (isCoreItemId(key)) coreInput[key] = value;
		else if (codes.has(key)) customInput[key] = value;
		else problems.push({ item: key, code: 'unknown_item' });
	}
	const core = validateAnswers(coreInput, definition.settings, options);
	const assessment = options.assessment ?? assessExpanded(definition, input, clock);
	const asked = definition.customQuestions.filter((question) => assessment.asked.has(question.code));
	const custom = validateCustomAnswers(definition.customQuestions, customInput, asked, {
		allowMissing: options.allowMissing,
		values: assessment.values,
		clock
	});
	if (!core.ok) problems.push(...core.problems);
	if (!custom.ok) problems.push(...custom.problems);
	if (problems.length > 0 || !core.ok || !custom.ok) return { ok: false, problems };
	return { ok: true, outcome: core.outcome, core: core.answers, custom: nestRepeatAnswers(original, custom.answers) };
}

function parseCoreLeniently(input: Readonly<Record<string, unknown>>, settings: CampaignSettings): CoreAnswers {
	const answers: Record<string, unknown> = {};
	for (const item of listCampaignItems(settings)) {
		const raw = input[item.id];
		if (isBlank(raw)) continue;
		const parsed = parseAnswer(item, raw, settings);
		if ('value' in parsed) answers[item.id] = parsed.value;
	}
	// Each value went through parseAnswer for its own item.
	return answers as CoreAnswers;
}

function parseCustomLeniently(
	questions: readonly CustomQuestion[],
	input: Readonly<Record<string, unknown>>
): Record<string, unknown> {
	const answers: Record<string, unknown> = {};
	for (const question of questions) {
		const raw = Object.hasOwn(input, question.code) ? input[question.code] : undefined;
		if (isBlank(raw)) continue;
		const parsed = parseCustomAnswer(question, raw);
		if ('value' in parsed) answers[question.code] = parsed.value;
	}
	return answers;
}

/** The limits an answer had to keep (a number's range, a text's length), to say what was wrong with it. */
export function findBounds(definition: SurveyDefinition, id: string): { min: number | null; max: number | null } {
	if (isCoreItemId(id)) {
		const item = getItem(id);
		return item.kind === 'integer' || item.kind === 'scale'
			? { min: item.min, max: item.max }
			: { min: null, max: null };
	}
	const place = readInstanceName(id);
	const code = place ? place.member : id;
	const question = definition.customQuestions.find((candidate) => candidate.code === code);
	if (question?.type === 'scale_5') return { min: 1, max: 5 };
	if (question?.type === 'text' || question?.type === 'long_text')
		return { min: null, max: TEXT_LIMITS[question.type] };
	return { min: question?.min ?? null, max: question?.max ?? null };
}

/** The answers to the questions asked, and what was asked: a form drops what an earlier change left behind. */
export function keepAskedAnswers<T>(
	definition: SurveyDefinition,
	input: Readonly<Record<string, T>>
): { answers: Record<string, T>; assessment: Assessment } {
	const assessment = assessAnswers(definition, input);
	const answers = Object.fromEntries(Object.entries(input).filter(([id]) => assessment.asked.has(id)));
	return { answers, assessment };
}
