import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { findRole } from '../organisations/repository';
import { describeLinkState, type CollectTarget } from '../responses/target';
import type { User } from '../users/user';

/** The roles whose members may collect through an enumerator link. */
const COLLECTORS = ['enumerator', 'editor', 'owner'] as const;

export type CollectorCheck =
	{ allowed: true; collectorId: string | null } | { allowed: false; reason: 'sign_in' | 'not_member' };

/**
 * Who may answer through the link: anyone through a self-completed one; through an enumerator link, only
 * the organisation's enumerators, editors and owners, signed in. Returns who collects (null for a respondent).
 */
export async function checkCollector(
	db: Kysely<Database>,
	target: CollectTarget,
	actor: User | null
): Promise<CollectorCheck> {
	if (target.link.mode === 'self') return { allowed: true, collectorId: null };
	if (!actor) return { allowed: false, reason: 'sign_in' };
	const role = await findRole(db, target.campaign.organisationId, actor.id);
	if (!role || !COLLECTORS.some((allowed) => allowed === role)) return { allowed: false, reason: 'not_member' };
	return { allowed: true, collectorId: actor.id };
}

/**
 * Throws the expected failures of a link that may not take this answer now. An interview an enumerator did
 * while the link was open may come after it closed (the phone was offline), unless the campaign is closed; a
 * self-completed answer, which anyone may send with any date, is taken only while the link is open.
 */
export async function requireCollectable(
	db: Kysely<Database>,
	target: CollectTarget,
	actor: User | null,
	times: { now: Date; submittedAt: Date }
): Promise<string | null> {
	const access = await checkCollector(db, target, actor);
	if (!access.allowed) {
		throw access.reason === 'sign_in'
			? new DomainError('unauthenticated', 'errors.collect_sign_in')
			: new DomainError('forbidden', 'errors.collect_forbidden');
	}
	const now = describeLinkState(target, times.now);
	const interviewedWhileOpen =
		access.collectorId !== null && times.submittedAt < times.now && describeLinkState(target, times.submittedAt).open;
	if (!now.open && !(interviewedWhileOpen && !target.campaign.closed)) {
		throw new DomainError('conflict', now.reason === 'closed' ? 'errors.link_closed' : 'errors.link_not_open');
	}
	return access.collectorId;
}
