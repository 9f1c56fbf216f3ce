import type { Kysely } from 'kysely';
import type { CampaignAccess } from '../access/campaign';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { decideReviewRights, requireComment } from './rights';
import { auditReview, deleteStoredResponse, findStoredResponse, recordDeletion } from './store';
import { replaceInSums } from './sums';

/** An owner deletes one response, with why: it leaves the indicators at once; the audit log keeps who and when. */
export async function deleteResponse(
	db: Kysely<Database>,
	access: CampaignAccess,
	actorId: string,
	responseId: string,
	comment: string,
	now = new Date()
): Promise<void> {
	const rights = decideReviewRights(access, actorId);
	if (!rights.canDelete) throw new DomainError('forbidden', 'errors.forbidden');
	requireComment(comment);
	await db.transaction().execute(async (trx) => {
		const before = await findStoredResponse(trx, rights.scope, responseId);
		if (!before) throw new DomainError('not_found', 'errors.response_not_found');
		await deleteStoredResponse(trx, responseId);
		await recordDeletion(trx, before, now);
		await replaceInSums(trx, before, null);
		await auditReview(trx, rights.member.campaign, actorId, 'response_deleted', now.toISOString(), {
			clientId: before.client_id,
			comment
		});
	});
}
