import { CORE_LANGUAGES } from '$lib/core-module';
import { MOST_INSTANCES } from '$lib/survey/custom-question';
import { ANSWER_KEY_LENGTH, CLIENT_ID, collectTimestampSchema, type CollectInput } from './schema';

const FIELDS = new Set(['clientId', 'language', 'startedAt', 'submittedAt', 'surveyVersion', 'answers']);

/**
 * A collection API body of the usual shape, read by hand as collectInputSchema reads it: zod's generic checks
 * of every answer cost more than the rest of the request. Null when anything is out of the ordinary, for the
 * schema to read it and say what is wrong; never takes what the schema refuses.
 */
export function readUsualCollectInput(body: unknown): CollectInput | null {
	if (!isPlainObject(body)) return null;
	for (const key of Object.keys(body)) if (!FIELDS.has(key)) return null;
	const { clientId, language, startedAt, submittedAt, surveyVersion, answers } = body;
	if (typeof clientId !== 'string' || !CLIENT_ID.test(clientId)) return null;
	if (!CORE_LANGUAGES.some((core) => core === language)) return null;
	if (surveyVersion !== undefined && !(Number.isSafeInteger(surveyVersion) && (surveyVersion as number) > 0))
		return null;
	if (
		!isPlainObject(answers) ||
		!Object.keys(answers).every(
			(code) => code.length <= ANSWER_KEY_LENGTH && code !== '__proto__' && isUsualAnswer(answers[code])
		)
	)
		return null;
	const input = { clientId, language, answers } as CollectInput;
	if (startedAt !== undefined) {
		const read =
			startedAt === null ? { success: true as const, data: null } : collectTimestampSchema.safeParse(startedAt);
		if (!read.success) return null;
		input.startedAt = read.data;
	}
	if (submittedAt !== undefined) {
		const read = collectTimestampSchema.safeParse(submittedAt);
		if (!read.success) return null;
		input.submittedAt = read.data;
	}
	if (surveyVersion !== undefined) input.surveyVersion = surveyVersion as number;
	return input;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return (
		typeof value === 'object' &&
		value !== null &&
		!Array.isArray(value) &&
		Object.getPrototypeOf(value) === Object.prototype
	);
}

function isUsualAnswer(value: unknown): boolean {
	return isUsualPlainAnswer(value) || isUsualInstanceList(value);
}

/** A repeat group's instances, as the schema takes them. */
function isUsualInstanceList(value: unknown): boolean {
	return (
		Array.isArray(value) &&
		value.length <= MOST_INSTANCES &&
		value.every(
			(instance) =>
				isPlainObject(instance) &&
				Object.keys(instance).every(
					(code) => code.length <= 64 && code !== '__proto__' && isUsualPlainAnswer(instance[code])
				)
		)
	);
}

function isUsualPlainAnswer(value: unknown): boolean {
	if (value === null) return true;
	if (typeof value === 'string') return value.length <= 10_000;
	if (typeof value === 'number') return Number.isFinite(value);
	return (
		Array.isArray(value) && value.length <= 100 && value.every((item) => typeof item === 'string' && item.length <= 200)
	);
}
