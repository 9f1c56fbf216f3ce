export type ParsedType =
	| { kind: 'question'; type: 'integer' | 'decimal' | 'text' | 'date' | 'note' | 'calculate' }
	| { kind: 'select'; multiple: boolean; list: string; other: boolean }
	| { kind: 'begin_group' | 'end_group' | 'begin_repeat' | 'end_repeat' | 'metadata' | 'unsupported' };

const QUESTION_TYPES = new Map<string, 'integer' | 'decimal' | 'text' | 'date' | 'note' | 'calculate'>([
	['integer', 'integer'],
	['int', 'integer'],
	['decimal', 'decimal'],
	['text', 'text'],
	['string', 'text'],
	['date', 'date'],
	['note', 'note'],
	['calculate', 'calculate']
]);

/** Filled in by the collecting app, or worked out from other answers: nothing a respondent is asked. */
const METADATA_TYPES = new Set([
	'start',
	'end',
	'today',
	'deviceid',
	'imei',
	'subscriberid',
	'simserial',
	'phonenumber',
	'username',
	'email',
	'audit',
	'start-geopoint',
	'background-audio',
	'background-geopoint',
	'hidden'
]);

const STRUCTURE = new Map<string, 'begin_group' | 'end_group' | 'begin_repeat' | 'end_repeat'>([
	['begin group', 'begin_group'],
	['end group', 'end_group'],
	['begin repeat', 'begin_repeat'],
	['end repeat', 'end_repeat'],
	['begin loop', 'begin_repeat'],
	['end loop', 'end_repeat']
]);

const SELECT = new RegExp(
	String.raw`^(select_one|select one|select1|select_multiple|select multiple|select all that apply)(?: from)?` +
		String.raw`(?: (\S+))?( or_other| or specify other)?$`,
	'i'
);

/** Reads a `type` cell as pyxform does, with its aliases; list names keep their case. */
export function parseType(text: string): ParsedType {
	const spaced = text.trim().replace(/\s+/g, ' ');
	const lower = spaced.toLowerCase();
	const question = QUESTION_TYPES.get(lower);
	if (question) return { kind: 'question', type: question };
	if (METADATA_TYPES.has(lower)) return { kind: 'metadata' };
	const structure = STRUCTURE.get(lower.replace('_', ' ').split(' ').slice(0, 2).join(' '));
	if (structure) return { kind: structure };
	const select = SELECT.exec(spaced);
	if (select) {
		const multiple = !/one|1/i.test(select[1]);
		return { kind: 'select', multiple, list: select[2] ?? '', other: select[3] !== undefined };
	}
	return { kind: 'unsupported' };
}
