import type { Kysely } from 'kysely';
import type { CampaignAccess } from '../access/campaign';
import { generateOrderedId } from '../crypto';
import type { Database, ReviewState } from '../db/schema';
import { DomainError } from '../errors';
import { addResponsesToSums } from '../indicators/sums';
import { bumpDataVersion } from '../indicators/versions';
import { countToReview, insertResponseEvent, recordBulkReview, selectToReview, setReviewStates } from './repository';
import { decideReviewRights, requireComment, requireReviewer } from './rights';
import type { BulkReview } from './schema';
import { auditReview, findStoredResponse, updateStoredResponse } from './store';
import { replaceInSums } from './sums';

/** States a team puts a response in only with a reason. */
const NEEDS_COMMENT: readonly ReviewState[] = ['rejected', 'has_issues'];

/**
 * Puts one response in a review state, with why: a rejected response leaves the indicators and their sums in
 * the same transaction, a restored one comes back. Kept in its history and the organisation's audit log.
 */
export async function reviewResponse(
	db: Kysely<Database>,
	access: CampaignAccess,
	actorId: string,
	responseId: string,
	change: { state: ReviewState; comment: string },
	now = new Date()
): Promise<void> {
	const rights = decideReviewRights(access, actorId);
	requireReviewer(rights);
	if (NEEDS_COMMENT.includes(change.state)) requireComment(change.comment);
	const at = now.toISOString();
	await db.transaction().execute(async (trx) => {
		const before = await findStoredResponse(trx, rights.scope, responseId);
		if (!before) throw new DomainError('not_found', 'errors.response_not_found');
		const after = { ...before, review_state: change.state };
		await updateStoredResponse(trx, after, 'reviewed');
		await replaceInSums(trx, before, after);
		await insertResponseEvent(trx, {
			id: generateOrderedId(now.getTime()),
			campaign_id: before.campaign_id,
			response_id: responseId,
			actor_user_id: actorId,
			at,
			kind: 'review',
			state_before: before.review_state,
			state_after: change.state,
			comment: change.comment,
			answers_before: null,
			answers_after: null
		});
		await auditReview(trx, rights.member.campaign, actorId, 'responses_reviewed', at, {
			responses: 1,
			clientId: before.client_id,
			state: change.state,
			comment: change.comment
		});
	});
}

/**
 * Puts every response the filter keeps, and that is not in that state yet, in one state: all in one transaction,
 * or (`dryRun`) only counted. A filter that keeps none is refused: nothing to do is not done silently.
 */
export async function reviewResponses(
	db: Kysely<Database>,
	access: CampaignAccess,
	actorId: string,
	bulk: BulkReview,
	now = new Date()
): Promise<{ matched: number }> {
	const rights = decideReviewRights(access, actorId);
	requireReviewer(rights);
	if (bulk.dryRun) return { matched: await countToReview(db, rights.scope, bulk.filter, bulk.state) };
	if (NEEDS_COMMENT.includes(bulk.state)) requireComment(bulk.comment);
	const at = now.toISOString();
	const campaign = rights.member.campaign;
	return db.transaction().execute(async (trx) => {
		const matched = await recordBulkReview(trx, rights.scope, bulk.filter, {
			batchId: generateOrderedId(now.getTime()),
			actorId,
			at,
			state: bulk.state,
			comment: bulk.comment
		});
		if (matched === 0) throw new DomainError('invalid', 'errors.review_matched_nothing');
		// Only responses rejected or restored change the sums, by what they add: read before their state changes.
		const rejecting = bulk.state === 'rejected';
		const counted = selectToReview(trx, rights.scope, bulk.filter, bulk.state, { rejected: !rejecting });
		await addResponsesToSums(trx, campaign.id, counted, rejecting ? -1 : 1);
		await setReviewStates(trx, selectToReview(trx, rights.scope, bulk.filter, bulk.state), bulk.state);
		await bumpDataVersion(trx, campaign.id);
		await auditReview(trx, campaign, actorId, 'responses_reviewed', at, {
			responses: matched,
			state: bulk.state,
			comment: bulk.comment,
			filter: bulk.filter
		});
		return { matched };
	});
}
