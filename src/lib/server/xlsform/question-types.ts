type QuestionKind =
	'integer' | 'decimal' | 'text' | 'date' | 'time' | 'datetime' | 'acknowledge' | 'range' | 'note' | 'calculate';

export type ParsedType =
	| { kind: 'question'; type: QuestionKind }
	| { kind: 'select'; multiple: boolean; list: string; other: boolean; rank?: true }
	| { kind: 'identifying'; what: 'location' | 'media' | 'person' }
	| { kind: 'begin_group' | 'end_group' | 'begin_repeat' | 'end_repeat' | 'metadata' | 'unsupported' };

const QUESTION_TYPES = new Map<string, QuestionKind>([
	['integer', 'integer'],
	['int', 'integer'],
	['decimal', 'decimal'],
	['text', 'text'],
	['string', 'text'],
	['date', 'date'],
	['time', 'time'],
	['datetime', 'datetime'],
	['acknowledge', 'acknowledge'],
	['trigger', 'acknowledge'],
	['range', 'range'],
	['note', 'note'],
	['calculate', 'calculate']
]);

/** Filled in by the collecting app: nothing a respondent is asked. */
const METADATA_TYPES = new Set(['start', 'end', 'today', 'audit', 'hidden']);

/** What could identify a respondent or their phone, which a survey here never keeps (docs/standard.md §6). */
const IDENTIFYING_TYPES = new Map<string, 'location' | 'media' | 'person'>([
	...['geopoint', 'geotrace', 'geoshape', 'gps', 'start-geopoint', 'background-geopoint', 'osm'].map(
		(type) => [type, 'location'] as const
	),
	...['image', 'photo', 'audio', 'video', 'file', 'background-audio', 'background-recording'].map(
		(type) => [type, 'media'] as const
	),
	...[
		'deviceid',
		'imei',
		'subscriberid',
		'simserial',
		'phonenumber',
		'phone number',
		'username',
		'email',
		'barcode'
	].flatMap((type) => [[type, 'person'] as const, [`uri:${type}`, 'person'] as const])
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
	const identifying = IDENTIFYING_TYPES.get(lower.split(' ')[0]) ?? IDENTIFYING_TYPES.get(lower);
	if (identifying) return { kind: 'identifying', what: identifying };
	const structure = STRUCTURE.get(lower.replace('_', ' ').split(' ').slice(0, 2).join(' '));
	if (structure) return { kind: structure };
	const rank = /^rank(?: (\S+))?$/i.exec(spaced);
	if (rank) return { kind: 'select', multiple: true, list: rank[1] ?? '', other: false, rank: true };
	const select = SELECT.exec(spaced);
	if (select) {
		const multiple = !/one|1/i.test(select[1]);
		return { kind: 'select', multiple, list: select[2] ?? '', other: select[3] !== undefined };
	}
	return { kind: 'unsupported' };
}
