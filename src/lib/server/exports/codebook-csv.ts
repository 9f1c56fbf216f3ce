import type { Kysely } from 'kysely';
import { isCoreLanguage } from '$lib/core-module';
import type { MessageKey } from '$lib/i18n/types';
import { nameLanguage } from '$lib/languages';
import type { SurveyLanguage } from '$lib/survey/custom-question';
import type { Database } from '../db/schema';
import { translator } from '../i18n/catalogues';
import { describeSurveyForm } from '../surveys/xlsform';
import { listFormRows } from '../xlsform/export';
import { REPEAT_COLUMNS } from './repeat-rows';
import { META_COLUMNS } from './responses-rows';
import { toCsvText } from './csv-text';

/** `repeat_group`: for a member of a repeat group, the group's code (its answers are in that group's file). */
const HEADER = ['variable', 'label', 'type', 'value', 'value_label', 'repeat_group'];
/** A repeat group's own column holds its number of instances. */
const REPEAT_TYPE = 'repeat';

export interface Codebook {
	/** The labels' language: the one asked for if the campaign has it, else its first. */
	language: SurveyLanguage;
	/** HEADER, then a row per variable and per value code (a member of a repeat group naming its group). */
	rows: string[][];
}

/**
 * The codebook of the responses export, for owners and editors: every variable (the export's own columns, then
 * each answer code of the current survey) with its label in `language` (one of the campaign's, else its first)
 * and its type, and a row for each value code a question offers, with its label. A repeat group is of type
 * `repeat` (its number of instances), its members name it; the columns of the groups' files come last.
 */
export async function buildCodebook(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	language: string | null
): Promise<Codebook> {
	const { campaign, survey } = await describeSurveyForm(db, actorId, campaignId, ['owner', 'editor']);
	const chosen = (
		language && (campaign.languages as string[]).includes(language) ? language : campaign.languages[0]
	) as SurveyLanguage;
	const t = translator(chosen);
	const { rows, choices } = listFormRows(survey);
	// The export's own columns, described in the interface's language (English where it has none).
	const records: string[][] = META_COLUMNS.flatMap((name) => [
		[
			name,
			t(`codebook.${name}` as MessageKey),
			name === 'survey_version' ? 'integer' : name === 'weight' ? 'decimal' : 'text',
			'',
			'',
			''
		],
		// Each language's code, named; one Mesure does not give was translated by the campaign, as readers should know.
		...(name === 'language'
			? campaign.languages.map((code) => [
					name,
					'',
					'',
					code,
					isCoreLanguage(code)
						? nameLanguage(code, chosen)
						: `${nameLanguage(code, 'en')} (${t('languages.by_campaign')})`,
					''
				])
			: [])
	]);
	const groupOf = new Map(survey.customQuestions.map((question) => [question.code, question.repeat ?? '']));
	for (const row of rows) {
		if (row.type === 'note' || row.type === 'end_repeat') continue;
		const label = row.label[chosen] ?? '';
		const [kind, list] = row.type.split(' ');
		const group = groupOf.get(row.name) ?? '';
		records.push([row.name, label, kind === 'begin_repeat' ? REPEAT_TYPE : kind, '', '', group]);
		if (list)
			for (const choice of choices.filter((candidate) => candidate.listName === list))
				records.push([row.name, '', '', choice.name, choice.label[chosen] ?? '', group]);
	}
	if (survey.customQuestions.some((question) => question.type === 'repeat'))
		for (const name of REPEAT_COLUMNS)
			records.push([name, t(`codebook.${name}`), name === '_index' ? 'integer' : 'text', '', '', '']);
	return { language: chosen, rows: [HEADER, ...records] };
}

/** The codebook as CSV, UTF-8 with a byte order mark. */
export async function exportCodebookCsv(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	language: string | null
): Promise<{ filename: string; body: string }> {
	const codebook = await buildCodebook(db, actorId, campaignId, language);
	return { filename: `codebook-${campaignId}-${codebook.language}.csv`, body: `\uFEFF${toCsvText(codebook.rows)}` };
}
