import type { Kysely } from 'kysely';
import { CORE_ITEMS, listCampaignItems, type ItemId } from '$lib/core-module';
import { storedQuestionListSchema } from '$lib/survey/custom-question';
import type { Campaign } from '../campaigns/campaign';
import { getCampaign } from '../campaigns/service';
import { generateId } from '../crypto';
import type { Database, ExportFormat, ReviewState } from '../db/schema';
import { columnOf } from '../responses/columns';
import { insertAuditEvent } from '../sharing/repository';
import { countResponses, listResponsesAfter, listVersionsOf, type ExportedRow } from './repository';

/** A value of an exported table: text, a number (typed as such in a spreadsheet), a flag, or nothing. */
export type Cell = string | number | boolean | null;

const PAGE = 1000;

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
const hxlOf = (code: string) =>
	code === 'D3' ? '#adm1+code' : `#indicator+${code.toLowerCase().replace(/[^a-z0-9]/g, '_')}`;

/** Items whose stored codes are numbers: integers, and scales (but for their "don't know"). */
const NUMERIC_ITEMS: ReadonlySet<string> = new Set(
	CORE_ITEMS.filter((item) => item.kind === 'integer' || item.kind === 'scale').map((item) => item.id)
);

function coreCell(code: string, value: string | number | null | undefined): Cell {
	if (value === null || value === undefined) return null;
	if (NUMERIC_ITEMS.has(code) && value !== 'dk' && value !== '' && Number.isFinite(Number(value))) return Number(value);
	return String(value);
}

function customCell(value: unknown): Cell {
	if (value === undefined || value === null) return null;
	if (Array.isArray(value)) return value.join(' ');
	return typeof value === 'number' || typeof value === 'boolean' ? value : String(value);
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

/**
 * A campaign's raw responses, for its owners and editors, as every export format writes them: one column per
 * answer code (the campaign's core items, then every custom question's of every version), lists space-separated,
 * an optional HXL row. Opening it is an audit event, which names the format.
 */
export async function openResponsesTable(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	options: { hxl: boolean; format: ExportFormat; states?: readonly ReviewState[] | null },
	now = new Date()
): Promise<ResponsesTable> {
	const campaign = await getCampaign(db, actorId, campaignId, ['owner', 'editor']);
	const { versionNumber, coreCodes, customCodes, optionsOf } = await listAnswerColumns(db, campaign);
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
			...customCodes.map((code) => customCell(custom[code]))
		];
	};

	const headerRows = [[...META_COLUMNS, ...coreCodes, ...customCodes]];
	if (options.hxl) headerRows.push([...META_HXL, ...coreCodes.map(hxlOf), ...customCodes.map(hxlOf)]);
	return {
		headerRows,
		total,
		async *pages() {
			let after: string | null = null;
			for (;;) {
				const rows = await listResponsesAfter(db, campaign.id, after, PAGE, states);
				if (rows.length > 0) {
					after = rows[rows.length - 1].client_id;
					yield rows.map(toRecord);
				}
				if (rows.length < PAGE) return;
			}
		},
		filename: (extension) => nameResponsesFile(campaign.title, now, extension),
		optionsOf
	};
}

/** The answer columns of a campaign's exports: its core items' codes, then every custom question's of every version. */
export interface AnswerColumns {
	coreCodes: ItemId[];
	customCodes: string[];
	/** The options of each multiple-choice column (the core module's, every version's custom ones), in order. */
	optionsOf: Map<string, string[]>;
	/** Each survey version's number, by its id. */
	versionNumber: Map<string, number>;
}

export async function listAnswerColumns(db: Kysely<Database>, campaign: Campaign): Promise<AnswerColumns> {
	const versions = await listVersionsOf(db, campaign.id);
	const versionNumber = new Map(versions.map((version) => [version.id, version.number]));
	const customQuestions = versions.flatMap((version) =>
		storedQuestionListSchema.parse(JSON.parse(version.customQuestions))
	);
	const customCodes = [...new Set(customQuestions.map((question) => question.code))];
	// The campaign's items: the signature messages it has, not all five the module allows.
	const coreCodes = listCampaignItems({
		regions: campaign.regions.map((region) => region.code),
		signatureMessageCount: campaign.signatureMessages.length
	}).map((item) => item.id);
	const optionsOf = new Map<string, string[]>();
	for (const item of CORE_ITEMS) if (item.kind === 'multiple') optionsOf.set(item.id, [...item.options]);
	for (const question of customQuestions)
		if (question.type === 'multiple') {
			const options = optionsOf.get(question.code) ?? [];
			for (const option of question.options) if (!options.includes(option.code)) options.push(option.code);
			optionsOf.set(question.code, options);
		}
	return { coreCodes, customCodes, optionsOf, versionNumber };
}

/** The name of a campaign's responses file made on that day: its title's letters, the day, the extension. */
export function nameResponsesFile(title: string, now: Date, extension: string): string {
	return `${slug(title)}-responses-${now.toISOString().slice(0, 10)}.${extension}`;
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
