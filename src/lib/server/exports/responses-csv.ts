import type { Kysely } from 'kysely';
import { stringify } from 'csv-stringify/sync';
import { listCampaignItems } from '$lib/core-module';
import { customQuestionListSchema } from '$lib/survey/custom-question';
import { getCampaign } from '../campaigns/service';
import { generateId } from '../crypto';
import type { Database } from '../db/schema';
import { columnOf } from '../responses/columns';
import { insertAuditEvent } from '../sharing/repository';
import { listResponsesAfter, listVersionsOf, type ExportedRow } from './repository';

const PAGE = 1000;

/** The columns before the answers: what Mesure's CSV import reads back (or leaves to the link it imports into). */
export const META_COLUMNS = ['client_id', 'survey_version', 'wave', 'group', 'language', 'mode', 'started_at', 'submitted_at'] as const;

/** HXL hashtags of those columns, and of the answers (the region as an admin-1 code). */
const META_HXL = ['#meta+id', '#meta+version', '#meta+wave', '#meta+group', '#meta+lang', '#meta+mode', '#date+start', '#date+submitted'];
const hxlOf = (code: string) => (code === 'D3' ? '#adm1+code' : `#indicator+${code.toLowerCase().replace(/[^a-z0-9]/g, '_')}`);

export interface ResponsesExport {
	filename: string;
	stream: ReadableStream<Uint8Array>;
}

/**
 * A campaign's raw responses as CSV, for its owners and editors: UTF-8 with a byte order mark (so that Excel
 * reads it as such), one column per answer code (the campaign's core items, then every custom question's of
 * every version), lists space-separated, an optional HXL row. Read page by page as the stream is read, in constant
 * memory. Each export is an audit event.
 */
export async function exportResponsesCsv(db: Kysely<Database>, actorId: string, campaignId: string, options: { hxl: boolean }, now = new Date()): Promise<ResponsesExport> {
	const campaign = await getCampaign(db, actorId, campaignId, ['owner', 'editor']);
	const versions = await listVersionsOf(db, campaign.id);
	const versionNumber = new Map(versions.map((version) => [version.id, version.number]));
	const customCodes = [...new Set(versions.flatMap((version) => customQuestionListSchema.parse(JSON.parse(version.customQuestions)).map((question) => question.code)))];
	// The campaign's items: the signature messages it has, not all five the module allows.
	const coreCodes = listCampaignItems({ regions: campaign.regions.map((region) => region.code), signatureMessageCount: campaign.signatureMessages.length }).map((item) => item.id);
	await insertAuditEvent(db, { id: generateId(), organisationId: campaign.organisationId, actorId, action: 'responses_exported', campaignId, subjectOrganisationId: null, at: now.toISOString() });

	const toRecord = (row: ExportedRow): string[] => {
		const custom = JSON.parse(row.custom_answers) as Record<string, unknown>;
		const cells = (row as unknown as Record<string, string | number | null>);
		return [
			row.client_id,
			String(versionNumber.get(row.survey_version_id) ?? ''),
			row.wave,
			row.group_name,
			row.language,
			row.mode,
			row.started_at ?? '',
			row.submitted_at,
			...coreCodes.map((code) => String(cells[columnOf(code)] ?? '')),
			...customCodes.map((code) => {
				const value = custom[code];
				return value === undefined || value === null ? '' : Array.isArray(value) ? value.join(' ') : String(value);
			})
		];
	};

	const encoder = new TextEncoder();
	let after: string | null = null;
	let started = false;
	let done = false;
	const stream = new ReadableStream<Uint8Array>({
		async pull(controller) {
			if (!started) {
				started = true;
				const header = [[...META_COLUMNS, ...coreCodes, ...customCodes]];
				if (options.hxl) header.push([...META_HXL, ...coreCodes.map(hxlOf), ...customCodes.map(hxlOf)]);
				controller.enqueue(encoder.encode(`\uFEFF${stringify(header, { record_delimiter: '\r\n' })}`));
				return;
			}
			if (done) return;
			const rows = await listResponsesAfter(db, campaign.id, after, PAGE);
			if (rows.length > 0) {
				after = rows[rows.length - 1].client_id;
				controller.enqueue(encoder.encode(stringify(rows.map(toRecord), { record_delimiter: '\r\n' })));
			}
			if (rows.length < PAGE) {
				done = true;
				controller.close();
			}
		}
	});
	const day = now.toISOString().slice(0, 10);
	return { filename: `${slug(campaign.title)}-responses-${day}.csv`, stream };
}

/** A file name's part from a title: letters and digits, in lower case, accents dropped. */
function slug(title: string): string {
	const plain = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
	return plain.slice(0, 60) || 'campaign';
}
