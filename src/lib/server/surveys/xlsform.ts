import type { Kysely } from 'kysely';
import type { CustomQuestion } from '$lib/survey/custom-question';
import type { Campaign } from '../campaigns/campaign';
import { getCampaign } from '../campaigns/service';
import { ANY_ROLE } from '../organisations/guards';
import type { Database, Role } from '../db/schema';
import { DomainError } from '../errors';
import { findOrganisation } from '../organisations/repository';
import { listAddedTexts } from '../campaigns/added-texts-repository';
import { exportXlsForm, importXlsForm, type ImportProblem } from '../xlsform';
import type { XlsFormSurvey } from '../xlsform/types';
import { addCustomQuestions, checkQuestionList, getSurvey } from './service';

/** Large enough for any real XLSForm; the workbook is unzipped in memory, so it is bounded. */
export const XLSFORM_MAX_BYTES = 5 * 1024 * 1024;

export interface XlsFormReport {
	/** What would be (or was) added, after the existing custom questions. */
	questions: CustomQuestion[];
	/** What could not be taken, with its sheet, row and reason; core items of a re-imported export are left out. */
	problems: ImportProblem[];
	saved: boolean;
}

/**
 * Reads an XLSForm's questions as custom questions of the campaign's draft. A dry run only reports;
 * otherwise what can be taken is added and what cannot is listed. A file that is not an XLSForm
 * changes nothing.
 */
export async function importXlsFormQuestions(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	bytes: Uint8Array,
	options: { dryRun: boolean }
): Promise<XlsFormReport> {
	const campaign = await getCampaign(db, actorId, campaignId, ['owner', 'editor']);
	// SvelteKit reads no body from a request without a Content-Type.
	if (bytes.byteLength === 0) throw new DomainError('bad_request', 'errors.xlsform_body_missing');
	if (bytes.byteLength > XLSFORM_MAX_BYTES) throw new DomainError('bad_request', 'errors.xlsform_too_large');
	const result = await importXlsForm(bytes, { languages: campaign.languages });
	if (!result.ok && 'row' in result) {
		const key = (
			{
				expression_too_long: 'errors.xlsform_expression_too_long',
				expression_too_deep: 'errors.xlsform_expression_too_deep'
			} as const
		)[result.error];
		throw new DomainError('invalid', key, {
			// A row's number as the spreadsheet shows it, not grouped as a quantity.
			params: { sheet: result.sheet, row: String(result.row), column: result.column }
		});
	}
	if (!result.ok) {
		const key = (
			{
				no_survey_sheet: 'errors.xlsform_no_survey',
				empty_survey: 'errors.xlsform_empty',
				too_large_unpacked: 'errors.xlsform_unpacks_too_large',
				not_a_workbook: 'errors.xlsform_not_workbook'
			} as const
		)[result.error];
		throw new DomainError('invalid', key);
	}
	const problems = result.problems.filter((problem) => problem.reason !== 'core_item');
	// The preview says what the import would do: refused, as it would be, by the questions the survey has.
	const existing = (await getSurvey(db, actorId, campaignId)).draft.customQuestions;
	const taken = new Set(existing.map((question) => question.code));
	const again = result.questions.filter((question) => taken.has(question.code)).map((question) => question.code);
	if (again.length > 0)
		throw new DomainError('invalid', 'errors.xlsform_codes_taken', {
			params: { codes: again.slice(0, 10).join(', ') + (again.length > 10 ? ', …' : '') }
		});
	checkQuestionList([...existing, ...result.questions]);
	if (options.dryRun) return { questions: result.questions, problems, saved: false };
	await addCustomQuestions(db, actorId, campaignId, result.questions);
	return { questions: result.questions, problems, saved: true };
}

/** What an XLSForm of the campaign's current survey is made from. */
export async function describeSurveyForm(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	roles: readonly Role[] = ANY_ROLE
): Promise<{ campaign: Campaign; survey: XlsFormSurvey }> {
	const campaign = await getCampaign(db, actorId, campaignId, roles);
	const current = await getSurvey(db, actorId, campaignId);
	const organisation = await findOrganisation(db, campaign.organisationId);
	return {
		campaign,
		survey: {
			title: campaign.title,
			formId: `mesure_${campaign.id}`,
			version: current.draft.number,
			languages: campaign.languages,
			addedTexts: await listAddedTexts(db, campaign),
			regions: campaign.regions,
			signatureMessages: campaign.signatureMessages,
			placeboMessage: campaign.placeboMessage,
			organisation: organisation?.name,
			customQuestions: current.draft.customQuestions
		}
	};
}

/**
 * The whole current survey (core module, then custom questions) as an XLSForm workbook; `audio` names the questions'
 * recordings, by question and language (see recordings/xlsform.ts).
 */
export async function exportSurveyAsXlsForm(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	audio?: XlsFormSurvey['audio']
): Promise<{ bytes: Uint8Array; fileName: string }> {
	const { campaign, survey } = await describeSurveyForm(db, actorId, campaignId);
	const bytes = await exportXlsForm({ ...survey, ...(audio && { audio }) });
	// Letters of any script stay (é, ã, ع): the download's name carries them in UTF-8.
	const slug =
		[
			...campaign.title
				.normalize('NFC')
				.replace(/[^\p{L}\p{N}]+/gu, '-')
				.replace(/^-|-$/g, '')
		]
			.slice(0, 60)
			.join('') || 'survey';
	return { bytes, fileName: `${slug}-v${survey.version}.xlsx` };
}
