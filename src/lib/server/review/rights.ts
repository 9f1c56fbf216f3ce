import type { MemberAccess } from '../access/campaign';
import { requireMember, type CampaignAccess } from '../access/campaign';
import { EDITORS } from '../organisations/guards';
import { DomainError } from '../errors';
import type { ReviewState } from '../db/schema';
import type { Scope } from './repository';

/** What a member may do with the campaign's responses. */
export interface ReviewRights {
	member: MemberAccess;
	/** Whose responses they see: all, or an enumerator's own interviews. */
	scope: Scope;
	canReview: boolean;
	canDelete: boolean;
}

/**
 * Owners, editors and viewers read every response; an enumerator reads the interviews they did. Owners and
 * editors review and correct; an enumerator corrects their own until approved; only owners delete. Donors and
 * the public never see a response: to them the campaign is not found, as to anyone outside it.
 */
export function decideReviewRights(access: CampaignAccess, actorId: string): ReviewRights {
	const member = requireMember(access);
	const enumerator = member.role === 'enumerator';
	return {
		member,
		scope: { campaignId: member.campaign.id, collectedBy: enumerator ? actorId : null },
		canReview: EDITORS.includes(member.role),
		canDelete: member.role === 'owner'
	};
}

export function requireReviewer(rights: ReviewRights): void {
	if (!rights.canReview) throw new DomainError('forbidden', 'errors.forbidden');
}

/** Who may correct a response in this state: a reviewer, or the enumerator who did it before its approval. */
export function requireCorrector(rights: ReviewRights, state: ReviewState): void {
	if (rights.canReview) return;
	if (rights.member.role === 'enumerator' && state !== 'approved') return;
	throw new DomainError('forbidden', 'errors.forbidden');
}

/** A rejection, an issue, a correction or a deletion says why; an approval need not. */
export function requireComment(comment: string): void {
	if (comment.trim() === '') throw new DomainError('invalid', 'errors.comment_required', { field: 'comment' });
}
