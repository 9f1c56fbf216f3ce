import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/password';
import { reserveAttempt, SIGN_UP_ADDRESS_POLICY } from '../auth/throttle';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { joinByInvitation } from '../invitations/service';
import type { Organisation } from '../organisations/organisation';
import { getInstanceSettings } from '../settings/service';
import type { AccountInput, SignUpInput } from '../users/schema';
import { recordSignupAttempt } from '../users/signup-attempts';
import type { User } from '../users/user';
import { createAccountWithOrganisation, insertNewUser, rejectTakenOrganisationName } from './new-account';

/**
 * What a sign-up tells the person who asked: the same whether the address was new or already had an account,
 * so that sign-up never reveals who has one. The account's owner learns of the attempt from the administrator.
 */
export type SignUpOutcome = { status: 'created'; user: User; organisation: Organisation } | { status: 'address_taken' };

export async function signUp(
	db: Kysely<Database>,
	input: SignUpInput,
	address: string,
	now = new Date()
): Promise<SignUpOutcome> {
	if (!(await getInstanceSettings(db)).openSignup) throw new DomainError('forbidden', 'errors.signup_closed');
	await guardSignUpRate(db, address, now);
	// Hashed whether or not the address is taken: both answers take as long.
	const passwordHash = await hashPassword(input.password);
	try {
		const created = await db.transaction().execute(async (trx) => {
			// The name first: its answer must not depend on whether the address is taken.
			await rejectTakenOrganisationName(trx, input.organisationName);
			return createAccountWithOrganisation(trx, input, passwordHash, false, now);
		});
		return { status: 'created', ...created };
	} catch (error) {
		if (!(error instanceof DomainError && error.messageKey === 'errors.email_taken')) throw error;
		await recordSignupAttempt(db, input.email, now);
		return { status: 'address_taken' };
	}
}

/** An account made to accept an invitation: it joins that organisation, in one transaction, instead of founding one. */
export async function signUpWithInvitation(
	db: Kysely<Database>,
	input: AccountInput,
	token: string,
	address: string,
	now = new Date()
): Promise<{ user: User; organisationId: string }> {
	await guardSignUpRate(db, address, now);
	const passwordHash = await hashPassword(input.password);
	return db.transaction().execute(async (trx) => {
		const user = await insertNewUser(trx, input, passwordHash, false, now);
		const invitation = await joinByInvitation(trx, token, user.id, now);
		return { user, organisationId: invitation.organisationId };
	});
}

async function guardSignUpRate(db: Kysely<Database>, address: string, now: Date): Promise<void> {
	const state = await reserveAttempt(db, `signup:address:${address}`, SIGN_UP_ADDRESS_POLICY, now);
	if (!state.allowed) {
		throw new DomainError('too_many_requests', 'errors.too_many_attempts', {
			params: { seconds: state.retryAfterSeconds }
		});
	}
}
