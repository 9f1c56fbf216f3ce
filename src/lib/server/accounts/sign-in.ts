import type { Kysely } from 'kysely';
import { verifyDecoyPassword, verifyPassword } from '../auth/password';
import {
	clearThrottle,
	forgiveFailure,
	reserveAttempt,
	SIGN_IN_ACCOUNT_POLICY,
	SIGN_IN_ADDRESS_POLICY
} from '../auth/throttle';
import type { Database } from '../db/schema';
import { listOrganisationsOfUser } from '../organisations/repository';
import { findCredentialsByEmail } from '../users/repository';
import type { SignInInput } from '../users/schema';
import type { User } from '../users/user';

export type SignInResult =
	/** `organisationId`: the one the new session starts in, if the user belongs to any. */
	| { ok: true; user: User; organisationId: string | null }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'throttled'; retryAfterSeconds: number };

/**
 * One neutral answer for an unknown e-mail and a wrong password. Each attempt counts against the
 * account and the address before the password is checked; a success clears the account's count.
 */
export async function signIn(
	db: Kysely<Database>,
	input: SignInInput,
	address: string,
	now = new Date()
): Promise<SignInResult> {
	const accountKey = `signin:account:${input.email}`;
	const addressKey = `signin:address:${address}`;
	for (const [key, policy] of [
		[accountKey, SIGN_IN_ACCOUNT_POLICY],
		[addressKey, SIGN_IN_ADDRESS_POLICY]
	] as const) {
		const state = await reserveAttempt(db, key, policy, now);
		if (!state.allowed) return { ok: false, reason: 'throttled', retryAfterSeconds: state.retryAfterSeconds };
	}
	const credentials = await findCredentialsByEmail(db, input.email);
	const valid = credentials
		? await verifyPassword(credentials.passwordHash, input.password)
		: await verifyDecoyPassword(input.password);
	if (!credentials || !valid) return { ok: false, reason: 'invalid' };
	await clearThrottle(db, accountKey);
	await forgiveFailure(db, addressKey, SIGN_IN_ADDRESS_POLICY);
	const [firstOrganisation] = await listOrganisationsOfUser(db, credentials.user.id);
	return { ok: true, user: credentials.user, organisationId: firstOrganisation?.id ?? null };
}
