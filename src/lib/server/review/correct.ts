import type { Kysely } from 'kysely';
import type { AnswerValue } from '$lib/review/types';
import { flattenRepeatAnswers } from '$lib/survey/repeats';
import { findBounds, validateResponse, type ResponseProblem } from '$lib/survey/response';
import type { CampaignAccess } from '../access/campaign';
import { generateOrderedId } from '../crypto';
import type { Database, ResponsesTable } from '../db/schema';
import { DomainError } from '../errors';
import { writeAnswerColumns, writeScoreColumns } from '../responses/columns';
import { fingerprintAnswers } from '../responses/fingerprint';
import { readAnswers } from './item';
import { insertResponseEvent } from './repository';
import { decideReviewRights, requireComment, requireCorrector } from './rights';
import { auditReview, findStoredResponse, readSurveyDefinition, updateStoredResponse } from './store';
import { replaceInSums } from './sums';
import { submissionClock } from '$lib/survey/question-rules';

export type Corrected =
	| { ok: true; changed: string[] }
	| { ok: false; problems: (ResponseProblem & { min: number | null; max: number | null })[] };

/**
 * Corrects answers of a response (null clears one), checked whole by the rules of the survey version it
 * answered, as the form checked it: kept as its next version, the answers before in its history, its scores
 * and the indicator sums made again in the same transaction.
 */
export async function correctResponse(
	db: Kysely<Database>,
	access: CampaignAccess,
	actorId: string,
	responseId: string,
	correction: { answers: Record<string, unknown>; comment: string },
	now = new Date()
): Promise<Corrected> {
	const rights = decideReviewRights(access, actorId);
	requireComment(correction.comment);
	const at = now.toISOString();
	return db.transaction().execute(async (trx) => {
		const before = await findStoredResponse(trx, rights.scope, responseId);
		if (!before) throw new DomainError('not_found', 'errors.response_not_found');
		requireCorrector(rights, before.review_state);
		const definition = await readSurveyDefinition(trx, before.survey_version_id);
		const current = readAnswers(before);
		// A repeat group's member is corrected in one instance (`members.2.age`): the stored lists written out first.
		const merged = flattenRepeatAnswers(definition.customQuestions, current);
		for (const [code, value] of Object.entries(correction.answers)) {
			if (value === null) delete merged[code];
			else merged[code] = value;
		}
		// Imported responses may lack answers their source did not ask: they are checked as the import checked them.
		// Checked as of its submission: a calculation of today() keeps the day the answers were given.
		const validation = validateResponse(definition, merged, {
			allowMissing: before.channel === 'import',
			clock: submissionClock(before.submitted_at)
		});
		if (!validation.ok)
			return {
				ok: false,
				problems: validation.problems.map((problem) => ({ ...problem, ...findBounds(definition, problem.item) }))
			};
		if (validation.outcome !== 'complete')
			throw new DomainError('invalid', 'errors.correction_ends_survey', { field: 'answers' });
		const after = { ...before } as ResponsesTable;
		writeAnswerColumns(after, validation.core);
		after.answers_fingerprint = fingerprintAnswers(after);
		writeScoreColumns(after, validation.core, definition.settings.signatureMessageCount);
		after.custom_answers = JSON.stringify(validation.custom);
		after.answers_version = Number(before.answers_version) + 1;
		const updated = readAnswers(after);
		const changed = [...new Set([...Object.keys(current), ...Object.keys(updated)])].filter(
			(code) => JSON.stringify(current[code]) !== JSON.stringify(updated[code])
		);
		if (changed.length === 0)
			throw new DomainError('invalid', 'errors.correction_changes_nothing', { field: 'answers' });
		await updateStoredResponse(trx, after, 'edited');
		await replaceInSums(trx, before, after);
		await insertResponseEvent(trx, {
			id: generateOrderedId(now.getTime()),
			campaign_id: before.campaign_id,
			response_id: responseId,
			actor_user_id: actorId,
			at,
			kind: 'edit',
			state_before: before.review_state,
			state_after: before.review_state,
			comment: correction.comment,
			answers_before: JSON.stringify(pick(current, changed)),
			answers_after: JSON.stringify(pick(updated, changed))
		});
		await auditReview(trx, rights.member.campaign, actorId, 'response_edited', at, {
			clientId: before.client_id,
			answers: changed,
			comment: correction.comment
		});
		return { ok: true, changed };
	});
}

function pick(answers: Record<string, AnswerValue>, codes: readonly string[]): Record<string, AnswerValue | null> {
	return Object.fromEntries(codes.map((code) => [code, answers[code] ?? null]));
}
