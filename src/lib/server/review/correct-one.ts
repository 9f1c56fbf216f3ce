import type { Kysely } from 'kysely';
import { getItem, isCoreItemId } from '$lib/core-module';
import { readInstanceName } from '$lib/survey/repeats';
import type { CampaignAccess } from '../access/campaign';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { correctResponse, type Corrected } from './correct';
import { decideReviewRights } from './rights';
import { findStoredResponse, readSurveyDefinition } from './store';

/**
 * One answer corrected as a form types it: empty clears it, and the codes of a question that takes several
 * come separated by spaces or commas. Checked and kept as correctResponse does.
 */
export async function correctOneAnswer(
	db: Kysely<Database>,
	access: CampaignAccess,
	actorId: string,
	responseId: string,
	correction: { question: string; value: string; comment: string }
): Promise<Corrected> {
	const { scope } = decideReviewRights(access, actorId);
	const stored = await findStoredResponse(db, scope, responseId);
	if (!stored) throw new DomainError('not_found', 'errors.response_not_found');
	const { customQuestions } = await readSurveyDefinition(db, stored.survey_version_id);
	const code = correction.question;
	// A repeat group's member is corrected in one instance, named group.instance.member.
	const asked = readInstanceName(code)?.member ?? code;
	const multiple = isCoreItemId(code)
		? getItem(code).kind === 'multiple'
		: customQuestions.some(
				(question) => question.code === asked && (question.type === 'multiple' || question.type === 'rank')
			);
	const typed = correction.value.trim();
	const value = typed === '' ? null : multiple ? typed.split(/[\s,;]+/).filter(Boolean) : typed;
	return correctResponse(db, access, actorId, responseId, { answers: { [code]: value }, comment: correction.comment });
}
