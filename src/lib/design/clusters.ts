import type { Cluster, ClusterProblem } from './types';

export const MAX_NAME_LENGTH = 200;
export const MAX_STRATUM_LENGTH = 80;
/** The largest design weight: a person standing for a billion is a typing error, and its square still sums exactly. */
export const MAX_WEIGHT = 1e9;
/** The smallest: below it a weight's square is lost to rounding, and the interval with it. */
export const MIN_WEIGHT = 1e-9;
const CODE = /^[A-Za-z0-9_-]{1,40}$/;
// A decimal as spreadsheets write it in English or French: 12.5 or 12,5, an exponent allowed.
const DECIMAL = /^\+?(\d+([.,]\d*)?|[.,]\d+)(e[+-]?\d+)?$/i;

/** One cluster as read, before it is checked: text cells (a CSV row) or the API's JSON values. */
export interface ClusterDraft {
	line: number;
	code: unknown;
	name?: unknown;
	stratum?: unknown;
	weight?: unknown;
}

export type ClustersResult = { ok: true; clusters: Cluster[] } | { ok: false; problems: ClusterProblem[] };

/**
 * Checks a whole list of clusters and lists every problem (line, column, value, why), so that nothing is
 * written unless all of it is right. Blank names and strata are none; a weight is a number above 0, in a
 * CSV cell also written with a decimal comma; codes are unique whatever their case.
 */
export function checkClusters(drafts: readonly ClusterDraft[]): ClustersResult {
	const problems: ClusterProblem[] = [];
	const clusters: Cluster[] = [];
	const seen = new Set<string>();
	for (const draft of drafts) {
		const before = problems.length;
		const code = typeof draft.code === 'string' ? draft.code.trim() : '';
		const say = (column: ClusterProblem['column'], value: unknown, problem: ClusterProblem['code']) =>
			problems.push({ line: draft.line, column, value: showValue(value), code: problem });
		if (code === '') say('code', draft.code, 'code_missing');
		else if (!CODE.test(code)) say('code', draft.code, 'code_invalid');
		else if (seen.has(code.toLowerCase())) say('code', draft.code, 'code_duplicate');
		else seen.add(code.toLowerCase());
		const name = readText(draft.name);
		if (name === NOT_TEXT) say('name', draft.name, 'not_text');
		else if (name !== null && name.length > MAX_NAME_LENGTH) say('name', draft.name, 'name_too_long');
		const stratum = readText(draft.stratum);
		if (stratum === NOT_TEXT) say('stratum', draft.stratum, 'not_text');
		else if (stratum !== null && stratum.length > MAX_STRATUM_LENGTH) say('stratum', draft.stratum, 'stratum_too_long');
		const weight = readWeight(draft.weight);
		if (weight === 'not_number') say('weight', draft.weight, 'weight_not_number');
		else if (weight === 'not_positive') say('weight', draft.weight, 'weight_not_positive');
		else if (weight === 'too_small') say('weight', draft.weight, 'weight_too_small');
		else if (weight === 'too_large') say('weight', draft.weight, 'weight_too_large');
		if (problems.length === before)
			clusters.push({
				code,
				name: name as string | null,
				stratum: stratum as string | null,
				weight: weight as number | null
			});
	}
	return problems.length > 0 ? { ok: false, problems } : { ok: true, clusters };
}

const NOT_TEXT = Symbol('not text');

/** A name or stratum: text, or a number written as text; anything else (a list, an object) is not one. */
function readText(value: unknown): string | null | typeof NOT_TEXT {
	if (value === undefined || value === null) return null;
	if (typeof value !== 'string' && typeof value !== 'number') return NOT_TEXT;
	const text = String(value).trim();
	return text === '' ? null : text;
}

function readWeight(value: unknown): number | null | 'not_number' | 'not_positive' | 'too_small' | 'too_large' {
	if (value === undefined || value === null) return null;
	let number: number;
	if (typeof value === 'number') number = value;
	else if (typeof value === 'string') {
		const text = value.trim();
		if (text === '') return null;
		if (!DECIMAL.test(text)) return text.startsWith('-') && DECIMAL.test(text.slice(1)) ? 'not_positive' : 'not_number';
		number = Number(text.replace(',', '.'));
	} else return 'not_number';
	// A number past what a number can be (1e400, which JSON also reads as Infinity) is too large, not words.
	if (number === Infinity) return 'too_large';
	if (!Number.isFinite(number)) return 'not_number';
	if (number <= 0) return 'not_positive';
	return number < MIN_WEIGHT ? 'too_small' : number > MAX_WEIGHT ? 'too_large' : number;
}

/** A value as a problem shows it: text as it was, at most 100 characters. */
function showValue(value: unknown): string {
	// A list or an object is named, never written out: it may nest deeper than a stack goes.
	const text =
		value === undefined || value === null
			? ''
			: typeof value === 'object'
				? Array.isArray(value)
					? '[…]'
					: '{…}'
				: String(value);
	return text.length > 100 ? `${text.slice(0, 99)}…` : text;
}
