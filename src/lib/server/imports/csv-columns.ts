import { CORE_ITEMS, isCoreItemId } from '$lib/core-module';
import type { SurveyDefinition } from '$lib/survey/response';
import { listMemberCodes, readMemberColumn, type MemberCodes } from './member-columns';

/** Why a column is not read: a tool's metadata, a 0/1 column of one option of a multiple choice, or a name we do not know. */
export type IgnoredReason = 'metadata' | 'option' | 'unknown';

export interface IgnoredColumn {
	header: string;
	reason: IgnoredReason;
}

export interface ColumnProblem {
	column: string;
	code: 'duplicate_column' | 'missing_column' | 'labels_not_codes';
}

/** What each column of a file is for; columns are given by their index in the header. */
export interface ColumnPlan {
	answers: { index: number; header: string; code: string }[];
	/** The columns that may hold a submission id, best first. */
	clientId: number[];
	language: number | null;
	/** The sampling design's columns (docs/standard.md §4.6), when the file has them. */
	cluster: number | null;
	stratum: number | null;
	weight: number | null;
	panelId: number | null;
	/** The wave and group a row says it belongs to (Mesure's own export has them): checked against the link's. */
	wave: number | null;
	group: number | null;
	startedAt: number[];
	submittedAt: number[];
	ignored: IgnoredColumn[];
	problems: ColumnProblem[];
}

type Field = 'clientId' | 'language' | 'startedAt' | 'submittedAt' | SingleField;

/** Fields of one column each. */
type SingleField = 'language' | 'cluster' | 'stratum' | 'weight' | 'panelId' | 'wave' | 'group';
const SINGLE_FIELDS: readonly string[] = ['language', 'cluster', 'stratum', 'weight', 'panelId', 'wave', 'group'];

type Role =
	| { kind: 'answer'; code: string }
	| { kind: 'field'; field: Field; rank: number }
	| { kind: 'ignored'; reason: IgnoredReason };

/**
 * Columns that say something about the response rather than answer a question, by their name in lower
 * case: Mesure's own export, then KoboToolbox (`meta/…` with groups in headers) and ODK Central (`meta-…`).
 * A lower rank wins when a file has several columns for the same thing.
 */
const FIELDS: ReadonlyMap<string, { field: Field; rank: number }> = new Map([
	['client_id', { field: 'clientId', rank: 0 }],
	['instanceid', { field: 'clientId', rank: 1 }],
	['meta/instanceid', { field: 'clientId', rank: 1 }],
	['meta-instanceid', { field: 'clientId', rank: 1 }],
	['key', { field: 'clientId', rank: 2 }],
	['_uuid', { field: 'clientId', rank: 3 }],
	['language', { field: 'language', rank: 0 }],
	['cluster', { field: 'cluster', rank: 0 }],
	['stratum', { field: 'stratum', rank: 0 }],
	['weight', { field: 'weight', rank: 0 }],
	['panel_id', { field: 'panelId', rank: 0 }],
	['wave', { field: 'wave', rank: 0 }],
	['group', { field: 'group', rank: 0 }],
	['started_at', { field: 'startedAt', rank: 0 }],
	['start', { field: 'startedAt', rank: 1 }],
	['submitted_at', { field: 'submittedAt', rank: 0 }],
	['end', { field: 'submittedAt', rank: 1 }],
	['_submission_time', { field: 'submittedAt', rank: 2 }],
	['submissiondate', { field: 'submittedAt', rank: 3 }]
]);

/** Other metadata of those tools, and the columns of Mesure's export that the link already decides. */
const METADATA: ReadonlySet<string> = new Set([
	'survey_version',
	'review_state',
	'mode',
	'today',
	'deviceid',
	'subscriberid',
	'simserial',
	'phonenumber',
	'username',
	'email',
	'audit',
	'submitterid',
	'submittername',
	'attachmentspresent',
	'attachmentsexpected',
	'status',
	'reviewstate',
	'edits',
	'formversion'
]);

/** Columns only a tool's export has (KoboToolbox's, ODK Central's), whatever it names the questions by. */
const TOOL_COLUMNS: ReadonlySet<string> = new Set(['_uuid', '_submission_time', '_index', 'submissiondate', 'key']);

/** Tools' own groups of metadata, and KoboToolbox's `_id`, `_index`, `__version__` and the like. */
const METADATA_PREFIXES = ['meta/', 'meta-', 'formhub/', 'formhub-', '_'];

/**
 * Reads the header: answer columns are named by answer codes (docs/standard.md §2b, then the custom questions'
 * codes), maybe after the groups KoboToolbox (`group/K1`) or ODK Central (`group-K1`) put in front. A custom
 * question's code must match exactly; a core item's id may come in any case (`k1`, as a database or a
 * spreadsheet may write it), unless a custom question has that very code.
 */
export function planColumns(header: readonly string[], definition: SurveyDefinition): ColumnPlan {
	const plan: ColumnPlan = {
		answers: [],
		clientId: [],
		language: null,
		cluster: null,
		stratum: null,
		weight: null,
		panelId: null,
		wave: null,
		group: null,
		startedAt: [],
		submittedAt: [],
		ignored: [],
		problems: []
	};
	const multiple = listMultipleCodes(definition);
	// A member is named in its instance (`members.2.age`): its code alone answers nothing.
	const custom = new Set(
		definition.customQuestions.filter((question) => question.repeat === undefined).map((question) => question.code)
	);
	const members = listMemberCodes(definition);
	const seen = new Set<string>();
	const ranked: Record<Exclude<Field, SingleField>, { index: number; rank: number }[]> = {
		clientId: [],
		startedAt: [],
		submittedAt: []
	};
	header.forEach((name, index) => {
		const role = classifyHeader(name, custom, multiple, members);
		if (role.kind === 'ignored') {
			plan.ignored.push({ header: name, reason: role.reason });
			return;
		}
		const key = role.kind === 'answer' ? `answer:${role.code}` : `${role.field}:${role.rank}`;
		if (seen.has(key)) {
			plan.problems.push({ column: name, code: 'duplicate_column' });
			return;
		}
		seen.add(key);
		if (role.kind === 'answer') plan.answers.push({ index, header: name, code: role.code });
		else if (SINGLE_FIELDS.includes(role.field)) plan[role.field as SingleField] = index;
		else ranked[role.field as Exclude<Field, SingleField>].push({ index, rank: role.rank });
	});
	for (const field of ['clientId', 'startedAt', 'submittedAt'] as const) {
		plan[field] = ranked[field].sort((a, b) => a.rank - b.rank).map((column) => column.index);
	}
	// No answer column at all, under the headers of a tool's export: questions named by their labels, as
	// KoboToolbox's "Labels" export names them. One problem says what to export instead.
	const fromATool = header.some((name) => TOOL_COLUMNS.has(name.toLowerCase()));
	if (plan.answers.length === 0 && fromATool) {
		plan.problems.push({
			column: header.find((name) => TOOL_COLUMNS.has(name.toLowerCase()))!,
			code: 'labels_not_codes'
		});
	}
	// Without consent and age no row can tell whether its respondent counts.
	for (const required of ['C0', 'D2']) {
		if (!plan.answers.some((column) => column.code === required))
			plan.problems.push({ column: required, code: 'missing_column' });
	}
	return plan;
}

function classifyHeader(
	header: string,
	custom: ReadonlySet<string>,
	multiple: ReadonlySet<string>,
	members: MemberCodes
): Role {
	// The survey's own question names come first: a custom question may well be called `language` or `status`.
	if (custom.has(header)) return { kind: 'answer', code: header };
	const member = readMemberColumn(header, members);
	if (member === 'answer') return { kind: 'answer', code: header };
	if (member === 'option') return { kind: 'ignored', reason: 'option' };
	const lower = header.toLowerCase();
	const field = FIELDS.get(lower);
	if (field) return { kind: 'field', ...field };
	if (METADATA.has(lower) || METADATA_PREFIXES.some((prefix) => lower.startsWith(prefix)))
		return { kind: 'ignored', reason: 'metadata' };
	const path = header.split('/');
	// KoboToolbox adds a 0/1 column per option of a multiple choice (`E2/radio`) beside the one with the codes.
	const parent = path.length > 1 ? matchCode(lastPart(path.at(-2)!), custom) : null;
	if (parent !== null && multiple.has(parent)) return { kind: 'ignored', reason: 'option' };
	const code = matchCode(lastPart(path.at(-1)!), custom);
	return code === null ? { kind: 'ignored', reason: 'unknown' } : { kind: 'answer', code };
}

/** Codes hold neither `/` nor `-`, so what follows the last `-` is the name once ODK's groups are taken off. */
function lastPart(segment: string): string {
	return segment.slice(segment.lastIndexOf('-') + 1);
}

function matchCode(name: string, custom: ReadonlySet<string>): string | null {
	if (custom.has(name) || isCoreItemId(name)) return name;
	const upper = name.toUpperCase();
	return isCoreItemId(upper) ? upper : null;
}

function listMultipleCodes(definition: SurveyDefinition): Set<string> {
	const codes = new Set<string>(CORE_ITEMS.filter((item) => item.kind === 'multiple').map((item) => item.id));
	for (const question of definition.customQuestions) if (question.type === 'multiple') codes.add(question.code);
	return codes;
}
