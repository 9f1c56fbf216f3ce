import { readDecimal, readInteger } from '../core-module';
import { MOST_INSTANCES, type CustomQuestion } from './custom-question';

// A custom question's answer read from what a form, a file or a program sends: its stored form, or why not.

export type CustomAnswer = string | number | readonly string[];
/** One instance of a repeat group: its members' answers, by member code. */
export type InstanceAnswers = Readonly<Record<string, CustomAnswer>>;
/** A custom question's answer as a response keeps it: a repeat group's is the list of its instances. */
export type StoredAnswer = CustomAnswer | readonly InstanceAnswers[];
export type CustomAnswers = Readonly<Record<string, StoredAnswer>>;

export const CUSTOM_PROBLEM_CODES = [
	'required',
	'must_be_absent',
	'not_an_option',
	'not_a_list',
	'duplicate',
	'not_a_number',
	'not_an_integer',
	'out_of_range',
	'not_a_date',
	'not_a_time',
	'not_a_datetime',
	'not_a_ranking',
	'too_long',
	'constraint'
] as const;
export type CustomProblemCode = (typeof CUSTOM_PROBLEM_CODES)[number];

/** Longest answers kept: a short text is a line, a long one a few paragraphs. */
export const TEXT_LIMITS = { text: 500, long_text: 5000 } as const;

type Parsed = { value: CustomAnswer } | { problem: CustomProblemCode };

export function isBlank(raw: unknown): boolean {
	return (
		raw === undefined ||
		raw === null ||
		(typeof raw === 'string' && dropControls(raw).trim() === '') ||
		// A ranking left alone posts a blank for each place.
		(Array.isArray(raw) && raw.every((value) => typeof value === 'string' && value.trim() === ''))
	);
}

/**
 * One answer in its stored form: codes as given, numbers as numbers, text trimmed (line breaks as \n), dates as
 * YYYY-MM-DD. `offered`: the options a choice filter leaves, when it leaves fewer than all.
 */
export function parseCustomAnswer(
	question: CustomQuestion,
	raw: unknown,
	offered: CustomQuestion['options'] = question.options
): Parsed {
	switch (question.type) {
		case 'single':
			return parseCode(
				raw,
				offered.map((option) => option.code)
			);
		case 'yes_no':
			return parseCode(raw, ['yes', 'no']);
		case 'multiple':
			return parseList(
				raw,
				offered.map((option) => option.code)
			);
		case 'scale_5':
			return parseNumber(raw, { integer: true, min: 1, max: 5 });
		case 'integer':
			return parseNumber(raw, { integer: true, min: question.min, max: question.max });
		case 'decimal':
			return parseNumber(raw, { integer: false, min: question.min, max: question.max });
		case 'date':
			return parseDate(raw);
		case 'rank':
			return parseRanking(
				raw,
				offered.map((option) => option.code)
			);
		case 'time':
			return parseTime(raw);
		case 'datetime':
			return parseDateTime(raw);
		case 'acknowledge': {
			// A checkbox of one option, which a form posts as a list.
			const given = Array.isArray(raw) && raw.length === 1 ? raw[0] : raw;
			return typeof given === 'string' && given.trim().toUpperCase() === 'OK'
				? { value: 'OK' }
				: { problem: 'not_an_option' };
		}
		case 'text':
		case 'long_text': {
			if (typeof raw !== 'string' && typeof raw !== 'number') return { problem: 'not_an_option' };
			// Line breaks as line feeds, however they came (a browser posts a textarea's as CR-LF), as a CSV import reads them.
			const text = dropControls(String(raw)).trim().replace(/\r\n?/g, '\n');
			return text.length > TEXT_LIMITS[question.type] ? { problem: 'too_long' } : { value: text };
		}
		case 'note':
			return { problem: 'must_be_absent' };
		case 'calculate':
			return parseCalculated(raw);
		case 'repeat':
			// The number of instances (see repeats.ts): their answers are the members'.
			return parseNumber(raw, { integer: true, min: 0, max: MOST_INSTANCES });
	}
}

/** A calculated value as collected elsewhere: a number when it reads as one, else its text. */
function parseCalculated(raw: unknown): Parsed {
	if (typeof raw === 'number') return Number.isFinite(raw) ? { value: raw } : { problem: 'not_a_number' };
	if (typeof raw !== 'string') return { problem: 'not_an_option' };
	const text = dropControls(raw).trim();
	if (text.length > TEXT_LIMITS.text) return { problem: 'too_long' };
	return /^-?(0|[1-9]\d*)(\.\d+)?$/.test(text) && Number.isFinite(Number(text))
		? { value: Number(text) }
		: { value: text };
}

/**
 * A text without the control characters no one types (tabs and line breaks kept): a NUL, which PostgreSQL refuses in
 * JSON it reads, would stop every result of the campaign from being read there.
 */
function dropControls(text: string): string {
	return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

function parseCode(raw: unknown, codes: readonly string[]): Parsed {
	return typeof raw === 'string' && codes.includes(raw.trim()) ? { value: raw.trim() } : { problem: 'not_an_option' };
}

function parseList(raw: unknown, codes: readonly string[]): Parsed {
	// A CSV cell holds the codes joined by spaces, as XLSForm tools export them.
	const list = typeof raw === 'string' ? raw.trim().split(/\s+/) : raw;
	if (!Array.isArray(list)) return { problem: 'not_a_list' };
	if (!list.every((code) => typeof code === 'string' && codes.includes(code))) return { problem: 'not_an_option' };
	if (new Set(list).size !== list.length) return { problem: 'duplicate' };
	return { value: codes.filter((code) => list.includes(code)) };
}

/** Numbers may come as text, read as the core module reads them (a decimal comma is a point, as people type it in French or Portuguese). */
function parseNumber(raw: unknown, rule: { integer: boolean; min: number | null; max: number | null }): Parsed {
	const read = rule.integer ? readInteger : readDecimal;
	const value = typeof raw === 'number' ? raw : typeof raw === 'string' ? read(raw) : null;
	if (value === null) return { problem: rule.integer ? 'not_an_integer' : 'not_a_number' };
	if (!Number.isFinite(value)) return { problem: 'not_a_number' };
	if (rule.integer && !Number.isInteger(value)) return { problem: 'not_an_integer' };
	if ((rule.min !== null && value < rule.min) || (rule.max !== null && value > rule.max))
		return { problem: 'out_of_range' };
	return { value };
}

function parseDate(raw: unknown): Parsed {
	const text = typeof raw === 'string' ? raw.trim() : '';
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return { problem: 'not_a_date' };
	const date = new Date(`${text}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text)
		? { value: text }
		: { problem: 'not_a_date' };
}

const TIME = /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Hours and minutes as HH:MM, as a phone's time picker gives them; ODK's seconds and offset are dropped. */
function parseTime(raw: unknown): Parsed {
	const match = typeof raw === 'string' ? TIME.exec(raw.trim()) : null;
	if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) return { problem: 'not_a_time' };
	return { value: `${match[1]}:${match[2]}` };
}

/** A date and a time as YYYY-MM-DDTHH:MM, with the offset from UTC when the answer came with one (ODK's do). */
function parseDateTime(raw: unknown): Parsed {
	const text = typeof raw === 'string' ? raw.trim() : '';
	const at = text.search(/[T ]/);
	const date = at < 0 ? null : parseDate(text.slice(0, at));
	const time = at < 0 ? null : TIME.exec(text.slice(at + 1));
	if (!date || !('value' in date) || !time || Number(time[1]) > 23 || Number(time[2]) > 59)
		return { problem: 'not_a_datetime' };
	const zone =
		time[3] === undefined || time[3] === 'Z' ? (time[3] ?? '') : time[3].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
	return { value: `${date.value}T${time[1]}:${time[2]}${zone}` };
}

/** Every option once, in the order given (first is first), as ODK keeps a ranking; codes apart by spaces in a file. */
function parseRanking(raw: unknown, codes: readonly string[]): Parsed {
	const list = typeof raw === 'string' ? raw.trim().split(/\s+/) : raw;
	if (!Array.isArray(list)) return { problem: 'not_a_list' };
	const given = list.map((code) => (typeof code === 'string' ? code.trim() : ''));
	const complete = given.length === codes.length && new Set(given).size === given.length;
	if (!complete || !given.every((code) => codes.includes(code))) return { problem: 'not_a_ranking' };
	return { value: given };
}
