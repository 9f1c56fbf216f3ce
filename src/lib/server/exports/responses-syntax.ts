import type { Kysely } from 'kysely';
import { getCampaign } from '../campaigns/service';
import type { Database } from '../db/schema';
import { translator } from '../i18n/catalogues';
import { buildCodebook } from './codebook-csv';
import { widenHeader } from './option-columns';
import type { CsvLayout } from './responses-csv';
import { listAnswerColumns } from './answer-columns';
import { META_COLUMNS, nameResponsesFile } from './responses-rows';
import { writeSpssSyntax } from './spss-syntax';
import { writeStataSyntax } from './stata-syntax';
import { describeVariables } from './syntax-variables';

export type SyntaxTool = 'spss' | 'stata';

const EXTENSIONS: Record<SyntaxTool, string> = { spss: 'sps', stata: 'do' };

/**
 * For owners and editors, a syntax file that reads the campaign's responses CSV (as downloaded the same day, laid
 * out as `layout` says) into SPSS (or PSPP) or Stata, with each variable's label and each code's, in `language` (one
 * of the campaign's, else its first). For SPSS, the CSV is the one with a response per line (`?breaks=space`).
 * It reads the responses' file alone, as a note in it says when the survey has repeat groups.
 */
export async function exportResponsesSyntax(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	options: { tool: SyntaxTool; language: string | null; layout: Pick<CsvLayout, 'separator' | 'optionColumns'> },
	now = new Date()
): Promise<{ filename: string; body: string }> {
	const codebook = await buildCodebook(db, actorId, campaignId, options.language);
	const campaign = await getCampaign(db, actorId, campaignId, ['owner', 'editor']);
	const { coreCodes, customCodes, repeats, optionsOf } = await listAnswerColumns(db, campaign);
	const codes = [...META_COLUMNS, ...coreCodes, ...customCodes];
	const header = options.layout.optionColumns ? widenHeader(codes, optionsOf) : codes;
	const t = translator(codebook.language);
	const variables = describeVariables(header, codebook, {
		no: t('export.option_not_chosen'),
		yes: t('export.option_chosen')
	});
	const file = nameResponsesFile(campaign.title, now, 'csv');
	const notes = [t('export.syntax_reads', { file, title: campaign.title, language: codebook.language.toUpperCase() })];
	if (repeats.length > 0)
		notes.push(t('export.syntax_main_only', { groups: repeats.map((repeat) => repeat.code).join(', ') }));
	const { separator, optionColumns } = options.layout;
	if (options.tool === 'spss') {
		const query = new URLSearchParams({ breaks: 'space' });
		if (separator === ';') query.set('separator', 'semicolon');
		if (optionColumns) query.set('multiple', 'columns');
		notes.push(t('export.syntax_one_line', { path: `/campaigns/${campaign.id}/responses.csv?${query}` }));
	}
	const source = { file, separator, notes };
	const body = options.tool === 'spss' ? writeSpssSyntax(variables, source) : writeStataSyntax(variables, source);
	return { filename: nameResponsesFile(campaign.title, now, EXTENSIONS[options.tool]), body };
}
