import type { Kysely } from 'kysely';
import { stringify } from 'csv-stringify/sync';
import type { MessageKey } from '$lib/i18n/types';
import type { SurveyLanguage } from '$lib/survey/custom-question';
import type { Database } from '../db/schema';
import { translator } from '../i18n/catalogues';
import { describeSurveyForm } from '../surveys/xlsform';
import { listFormRows } from '../xlsform/export';
import { META_COLUMNS } from './responses-csv';

const HEADER = ['variable', 'label', 'type', 'value', 'value_label'];

/**
 * The codebook of the responses export, for owners and editors: every variable (the export's own columns, then
 * each answer code of the current survey) with its label in `language` (one of the campaign's, else its first)
 * and its type, and a row for each value code a question offers, with its label.
 */
export async function exportCodebookCsv(db: Kysely<Database>, actorId: string, campaignId: string, language: string | null): Promise<{ filename: string; body: string }> {
	const { campaign, survey } = await describeSurveyForm(db, actorId, campaignId, ['owner', 'editor']);
	const chosen = (language && (campaign.languages as string[]).includes(language) ? language : campaign.languages[0]) as SurveyLanguage;
	const t = translator(chosen);
	const { rows, choices } = listFormRows(survey);
	// The export's own columns, described in the interface's language (English where it has none).
	const records: string[][] = META_COLUMNS.map((name) => [name, t(`codebook.${name}` as MessageKey), name === 'survey_version' ? 'integer' : 'text', '', '']);
	for (const row of rows) {
		if (row.type === 'note') continue;
		const label = row.label[chosen] ?? '';
		const [kind, list] = row.type.split(' ');
		records.push([row.name, label, kind, '', '']);
		if (list) for (const choice of choices.filter((candidate) => candidate.listName === list)) records.push([row.name, '', '', choice.name, choice.label[chosen] ?? '']);
	}
	return { filename: `codebook-${campaignId}-${chosen}.csv`, body: `\uFEFF${stringify([HEADER, ...records], { record_delimiter: '\r\n' })}` };
}
