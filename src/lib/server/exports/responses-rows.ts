import type { Kysely } from 'kysely';
import { CORE_ITEMS } from '$lib/core-module';
import { getCampaign } from '../campaigns/service';
import { generateId } from '../crypto';
import type { Database, ExportFormat, ReviewState } from '../db/schema';
import { columnOf } from '../responses/columns';
import { insertAuditEvent } from '../sharing/repository';
import { DomainError } from '../errors';
import { listAnswerColumns, type RepeatColumns } from './answer-columns';
import { countInstancesCell, customCell, hxlOf, type Cell } from './cells';
import { openRepeatTable } from './repeat-rows';
import { countResponses, type ExportedRow } from './repository';
import { readResponsePages } from './response-pages';

export type { Cell } from './cells';

/** The columns before the answers: what Mesure's CSV import reads back (or leaves to the link it imports into). */
export const META_COLUMNS = [
	'client_id',
	'survey_version',
	'wave',
	'group',
	'language',
	'mode',
	'started_at',
	'submitted_at',
	'review_state',
	'cluster',
	'stratum',
	'weight',
	'panel_id'
] as const;

/** HXL hashtags of those columns, and of the answers (the region as an admin-1 code). */
const META_HXL = [
	'#meta+id',
	'#meta+version',
	'#meta+wave',
	'#meta+group',
	'#meta+lang',
	'#meta+mode',
	'#date+start',
	'#date+submitted',
	'#status+review',
	'#loc+cluster+code',
	'#loc+stratum',
	'#meta+weight',
	'#meta+panel'
];

/** Items whose stored codes are numbers: integers, and scales (but for their "don't know"). */
const NUMERIC_ITEMS: ReadonlySet<string> = new Set(
	CORE_ITEMS.filter((item) => item.kind === 'integer' || item.kind === 'scale').map((item) => item.id)
);

function coreCell(code: string, value: string | number | null | undefined): Cell {
	if (value === null || value === undefined) return null;
	if (NUMERIC_ITEMS.has(code) && value !== 'dk' && value !== '' && Number.isFinite(Number(value))) return Number(value);
	return String(value);
}

export interface ResponsesTable {
	/** The header row, and the HXL row under it when asked for. */
	headerRows: string[][];
	/** How many responses the export holds (as counted when it began). */
	total: number;
	/** The rows, a page at a time, read from the database only as each page is asked for. */
	pages: () => AsyncGenerator<Cell[][]>;
	/** The file's name with the given extension: the campaign's title, and the day. */
	filename: (extension: string) => string;
	/** The options of each multiple-choice column (the core module's, every version's custom ones), in order. */
	optionsOf: ReadonlyMap<string, readonly string[]>;
}

/** The responses' table, and each repeat group's, read with the same states (and the same HXL choice). */
export interface OpenedResponses extends ResponsesTable {
	repeats: readonly RepeatColumns[];
	/** A repeat group's instances, a row each, linked to their response by `_parent_index` (see repeat-rows.ts). */
	openRepeat: (repeat: RepeatColumns) => ResponsesTable;
}

/**
 * A campaign's raw responses, for its owners and editors, as every export format writes them: one column per
 * answer code (the campaign's core items, then every custom question's of every version), lists space-separated,
 * a repeat group's number of instances (its members on tables of their own), an optional HXL row. Opening it is
 * an audit event, which names the format. `repeat`: the group whose table is wanted, refused (before the audit
 * event) when the campaign has none of that code.
 */
export async function openResponsesTable(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	options: { hxl: boolean; format: ExportFormat; states?: readonly ReviewState[] | null; repeat?: string | null },
	now = new Date()
): Promise<OpenedResponses> {
	const campaign = await getCampaign(db, actorId, campaignId, ['owner', 'editor']);
	const { versionNumber, coreCodes, customCodes, repeats, optionsOf } = await listAnswerColumns(db, campaign);
	if (options.repeat && !repeats.some((repeat) => repeat.code === options.repeat))
		throw new DomainError('invalid', 'errors.repeat_export_unknown', { field: 'repeat' });
	const repeatCodes = new Set(repeats.map((repeat) => repeat.code));
	const coreColumns = coreCodes.map((code) => [code, columnOf(code)] as const);
	const states = options.states ?? null;
	const total = await countResponses(db, campaign.id, states);
	await insertAuditEvent(db, {
		id: generateId(),
		organisationId: campaign.organisationId,
		actorId,
		action: 'responses_exported',
		campaignId,
		subjectOrganisationId: null,
		format: options.format,
		at: now.toISOString()
	});

	const toRecord = (row: ExportedRow): Cell[] => {
		const custom = JSON.parse(row.custom_answers) as Record<string, unknown>;
		const cells = row as unknown as Record<string, string | number | null>;
		return [
			row.client_id,
			versionNumber.get(row.survey_version_id) ?? null,
			row.wave,
			row.group_name,
			row.language,
			row.mode,
			row.started_at ?? null,
			row.submitted_at,
			row.review_state,
			row.cluster ?? null,
			row.stratum ?? null,
			row.weight === null ? null : Number(row.weight),
			row.panel_code,
			...coreColumns.map(([code, column]) => coreCell(code, cells[column])),
			...customCodes.map((code) =>
				repeatCodes.has(code) ? countInstancesCell(custom[code]) : customCell(custom[code])
			)
		];
	};

	const headerRows = [[...META_COLUMNS, ...coreCodes, ...customCodes]];
	if (options.hxl) headerRows.push([...META_HXL, ...coreCodes.map(hxlOf), ...customCodes.map(hxlOf)]);
	return {
		headerRows,
		total,
		async *pages() {
			for await (const rows of readResponsePages(db, campaign.id, states)) yield rows.map(toRecord);
		},
		filename: (extension) => nameResponsesFile(campaign.title, now, extension),
		optionsOf,
		repeats,
		openRepeat: (repeat) =>
			openRepeatTable(
				db,
				{
					campaignId: campaign.id,
					total,
					optionsOf,
					filename: (ext) => nameResponsesFile(campaign.title, now, ext, repeat.code)
				},
				repeat,
				{ hxl: options.hxl, states }
			)
	};
}

/**
 * The name of a campaign's responses file made on that day: its title's letters, the day, the extension; a repeat
 * group's file has the group's code after `responses`.
 */
export function nameResponsesFile(title: string, now: Date, extension: string, repeat?: string): string {
	const part = repeat === undefined ? '' : `-${repeat}`;
	return `${slug(title)}-responses${part}-${now.toISOString().slice(0, 10)}.${extension}`;
}

/** A file name's part from a title: letters and digits, in lower case, accents dropped. */
function slug(title: string): string {
	const plain = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return plain.slice(0, 60) || 'campaign';
}
