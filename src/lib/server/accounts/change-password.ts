import type { Kysely } from 'kysely';
import { hashPassword, verifyPassword } from '../auth/password';
import { invalidateOtherSessions } from '../auth/session';
import { clearThrottle, reserveAttempt, SIGN_IN_ACCOUNT_POLICY } from '../auth/throttle';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { findPasswordHash, updatePasswordHash } from '../users/repository';
import type { ChangePasswordInput } from '../users/schema';
import type { User } from '../users/user';

/** Checks the current password, stores the new one and signs out every other session of the user. */
export async function changePassword(
	db: Kysely<Database>,
	user: User,
	currentSessionId: string | null,
	input: ChangePasswordInput,
	now = new Date()
): Promise<void> {
	// Guesses of the current password, from a stolen session, count as sign-in failures.
	const accountKey = `signin:account:${user.email}`;
	const state = await reserveAttempt(db, accountKey, SIGN_IN_ACCOUNT_POLICY, now);
	if (!state.allowed) {
		throw new DomainError('too_many_requests', 'errors.too_many_attempts', {
			params: { seconds: state.retryAfterSeconds }
		});
	}
	const currentHash = await findPasswordHash(db, user.id);
	if (!currentHash || !(await verifyPassword(currentHash, input.currentPassword))) {
		throw new DomainError('invalid', 'errors.current_password_wrong', { field: 'currentPassword' });
	}
	await clearThrottle(db, accountKey);
	const userId = user.id;
	await updatePasswordHash(db, userId, await hashPassword(input.newPassword));
	await invalidateOtherSessions(db, userId, currentSessionId);
}
