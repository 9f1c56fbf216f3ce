import type { AnswerValue, CoreAnswers } from './answers';
import { readInteger } from './numbers';
import { DK } from './options';
import { checkSettings, CORE_ITEMS, isCoreItemId, isInCampaign, listCodes } from './questions';
import { testCondition } from './rules';
import type { CampaignSettings, CoreItem, MultipleItem, Outcome } from './types';

export const PROBLEM_CODES = [
	'unknown_item',
	'required',
	'must_be_absent',
	'not_an_option',
	'dk_not_offered',
	'not_an_integer',
	'out_of_range',
	'not_a_list',
	'duplicate',
	'dk_not_alone'
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** One problem per item, as a code that callers translate. */
export interface Problem {
	readonly item: string;
	readonly code: ProblemCode;
}

export type Validation =
	| { readonly ok: true; readonly outcome: Outcome; readonly answers: CoreAnswers }
	| { readonly ok: false; readonly problems: readonly Problem[] };

export type Parsed = { readonly value: AnswerValue } | { readonly problem: ProblemCode };

export interface ValidationOptions {
	/**
	 * Imported data (a paper form typed in, another tool's export) may lack answers: each missing item then only
	 * leaves the respondent out of the indicators that need it. The items that end a survey (consent, age, the
	 * guardian's consent) are still required: without them no one can tell whether the respondent may be counted.
	 * A missing answer that decides whether later items apply lets those items be checked for their value only.
	 */
	readonly allowMissing?: boolean;
}

/**
 * Checks a finished set of core answers (keys are item ids, values as a form, the API or an import gives them)
 * and returns them in the codes of docs/standard.md §2b. When an answer that decides whether later items apply is
 * itself wrong, those items are only checked for their value, so one mistake does not bury the form in errors.
 */
export function validateAnswers(
	input: Readonly<Record<string, unknown>>,
	settings: CampaignSettings,
	options: ValidationOptions = {}
): Validation {
	checkSettings(settings);
	const problems: Problem[] = Object.keys(input)
		.filter((id) => !isCoreItemId(id))
		.map((id) => ({ item: id, code: 'unknown_item' }));
	const parsed: Record<string, AnswerValue> = {};
	// Every value in `parsed` went through parseAnswer for its own item, so it has that item's answer type.
	const answers = parsed as CoreAnswers;
	const unsure = new Set<string>();
	let state: 'asking' | 'unsure' | 'ended' = 'asking';
	let outcome: Outcome = 'complete';

	for (const item of CORE_ITEMS) {
		const raw = input[item.id];
		const applies: boolean | null =
			state === 'ended' ? false : state === 'unsure' ? null : decideApplies(item, unsure, answers, settings);
		if (applies === false) {
			if (!isBlank(raw)) problems.push({ item: item.id, code: 'must_be_absent' });
			continue;
		}
		const excused = options.allowMissing === true && !item.endsIf;
		const result: Parsed | null = isBlank(raw)
			? applies && item.required && !excused
				? { problem: 'required' }
				: null
			: parseAnswer(item, raw, settings);
		if (result !== null && 'value' in result) {
			parsed[item.id] = result.value;
			if (item.endsIf && testCondition(item.endsIf.when, answers)) {
				state = applies === null ? 'unsure' : 'ended';
				outcome = item.endsIf.outcome;
			}
			continue;
		}
		if (result !== null) problems.push({ item: item.id, code: result.problem });
		if (result !== null || applies === null || (excused && applies)) {
			unsure.add(item.id);
			if (item.endsIf) state = 'unsure';
		}
	}
	return problems.length > 0 ? { ok: false, problems } : { ok: true, outcome, answers };
}

/** null: cannot tell, because an answer it depends on is missing or wrong. */
function decideApplies(
	item: CoreItem,
	unsure: ReadonlySet<string>,
	answers: CoreAnswers,
	settings: CampaignSettings
): boolean | null {
	if (!isInCampaign(item, settings)) return false;
	if (!item.showIf) return true;
	if (unsure.has(item.showIf.item)) return null;
	return testCondition(item.showIf, answers);
}

function isBlank(raw: unknown): boolean {
	return raw === undefined || raw === null || raw === '' || (Array.isArray(raw) && raw.length === 0);
}

/** One item's answer in its §2b code, or why it cannot be one; for pages that need what is valid so far. */
export function parseAnswer(item: CoreItem, raw: unknown, settings: CampaignSettings): Parsed {
	switch (item.kind) {
		case 'integer':
		case 'scale':
			return parseNumber(raw, item.min, item.max, listCodes(item, settings));
		case 'multiple':
			return parseList(raw, item);
		default:
			return parseCode(raw, listCodes(item, settings));
	}
}

function parseCode(raw: unknown, codes: readonly string[]): Parsed {
	if (typeof raw === 'string' && codes.includes(raw)) return { value: raw };
	return { problem: raw === DK ? 'dk_not_offered' : 'not_an_option' };
}

/** Numbers may come as text, as HTML forms and CSV files send them. */
function parseNumber(raw: unknown, min: number, max: number, codes: readonly string[]): Parsed {
	if (raw === DK) return codes.includes(DK) ? { value: DK } : { problem: 'dk_not_offered' };
	const value = typeof raw === 'number' ? raw : typeof raw === 'string' ? (readInteger(raw) ?? NaN) : NaN;
	if (!Number.isInteger(value)) return { problem: 'not_an_integer' };
	return value < min || value > max ? { problem: 'out_of_range' } : { value };
}

function parseList(raw: unknown, item: MultipleItem): Parsed {
	if (!Array.isArray(raw)) return { problem: 'not_a_list' };
	for (const code of raw) {
		if (typeof code !== 'string' || !item.options.includes(code)) {
			return { problem: code === DK ? 'dk_not_offered' : 'not_an_option' };
		}
	}
	if (new Set(raw).size !== raw.length) return { problem: 'duplicate' };
	if (raw.length > 1 && raw.some((code) => item.exclusive.includes(code))) return { problem: 'dk_not_alone' };
	return { value: item.options.filter((code) => raw.includes(code)) };
}
