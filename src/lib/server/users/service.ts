import type { Kysely, Transaction } from 'kysely';
import { hashPassword, verifyDecoyPassword, verifyPassword } from '../auth/password';
import { invalidateOtherSessions } from '../auth/session';
import {
	clearThrottle,
	forgiveFailure,
	reserveAttempt,
	SIGN_IN_ACCOUNT_POLICY,
	SIGN_IN_ADDRESS_POLICY,
	SIGN_UP_ADDRESS_POLICY
} from '../auth/throttle';
import { generateId } from '../crypto';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import type { Organisation } from '../organisations/organisation';
import { findOrganisationByName, insertMembership, insertOrganisation, listOrganisationsOfUser } from '../organisations/repository';
import { recordSignupAttempt } from './signup-attempts';
import { claimSetting } from '../settings/repository';
import { getInstanceSettings } from '../settings/service';
import { joinByInvitation } from '../invitations/service';
import * as repo from './repository';
import type { AccountInput, ChangePasswordInput, SetUpInput, SignInInput, SignUpInput } from './schema';
import { deleteSetupCodes, isSetupCodeValid } from './setup-code';
import type { User } from './user';

export type SignInResult =
	/** `organisationId`: the one the new session starts in, if the user belongs to any. */
	| { ok: true; user: User; organisationId: string | null }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'throttled'; retryAfterSeconds: number };

export async function isSetupNeeded(db: Kysely<Database>): Promise<boolean> {
	return (await repo.countUsers(db)) === 0;
}

/**
 * The first account of an instance: an administrator, owner of a first organisation. Works once, and only
 * with a set-up code printed on the server's console.
 */
export async function setUpAdministrator(
	db: Kysely<Database>,
	input: SetUpInput,
	now = new Date()
): Promise<{ user: User; organisation: Organisation }> {
	const passwordHash = await hashPassword(input.password);
	return db.transaction().execute(async (trx) => {
		if ((await repo.countUsers(trx)) > 0) throw new DomainError('conflict', 'errors.setup_done');
		if (!(await isSetupCodeValid(trx, input.setupCode))) {
			throw new DomainError('forbidden', 'errors.setup_code_wrong', { field: 'setupCode' });
		}
		if (!(await claimSetting(trx, 'setup_completed_at', now.toISOString()))) throw new DomainError('conflict', 'errors.setup_done');
		await deleteSetupCodes(trx);
		return createAccountWithOrganisation(trx, input, passwordHash, true, now);
	});
}

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
			if (await findOrganisationByName(trx, input.organisationName)) throw nameTaken();
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
	const credentials = await repo.findCredentialsByEmail(db, input.email);
	const valid = credentials
		? await verifyPassword(credentials.passwordHash, input.password)
		: await verifyDecoyPassword(input.password);
	if (!credentials || !valid) return { ok: false, reason: 'invalid' };
	await clearThrottle(db, accountKey);
	await forgiveFailure(db, addressKey, SIGN_IN_ADDRESS_POLICY);
	const [firstOrganisation] = await listOrganisationsOfUser(db, credentials.user.id);
	return { ok: true, user: credentials.user, organisationId: firstOrganisation?.id ?? null };
}

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
	const currentHash = await repo.findPasswordHash(db, user.id);
	if (!currentHash || !(await verifyPassword(currentHash, input.currentPassword))) {
		throw new DomainError('invalid', 'errors.current_password_wrong', { field: 'currentPassword' });
	}
	await clearThrottle(db, accountKey);
	const userId = user.id;
	await repo.updatePasswordHash(db, userId, await hashPassword(input.newPassword));
	await invalidateOtherSessions(db, userId, currentSessionId);
}

export async function updateProfile(db: Kysely<Database>, userId: string, input: { name: string }): Promise<void> {
	await repo.updateUserName(db, userId, input.name);
}

async function guardSignUpRate(db: Kysely<Database>, address: string, now: Date): Promise<void> {
	const state = await reserveAttempt(db, `signup:address:${address}`, SIGN_UP_ADDRESS_POLICY, now);
	if (!state.allowed) {
		throw new DomainError('too_many_requests', 'errors.too_many_attempts', {
			params: { seconds: state.retryAfterSeconds }
		});
	}
}

async function insertNewUser(
	trx: Transaction<Database>,
	input: AccountInput,
	passwordHash: string,
	isAdmin: boolean,
	now: Date
): Promise<User> {
	const user: User = { id: generateId(), email: input.email, name: input.name, isAdmin, createdAt: now.toISOString() };
	if (!(await repo.insertUser(trx, { ...user, passwordHash }))) {
		throw new DomainError('conflict', 'errors.email_taken', { field: 'email' });
	}
	return user;
}

function nameTaken(): DomainError {
	return new DomainError('conflict', 'errors.organisation_name_taken', { field: 'organisationName' });
}

async function createAccountWithOrganisation(
	trx: Transaction<Database>,
	input: SignUpInput,
	passwordHash: string,
	isAdmin: boolean,
	now: Date
): Promise<{ user: User; organisation: Organisation }> {
	const user = await insertNewUser(trx, input, passwordHash, isAdmin, now);
	const createdAt = user.createdAt;
	const organisation: Organisation = {
		id: generateId(),
		name: input.organisationName,
		type: input.organisationType,
		createdAt,
		verifiedAt: null,
		verifiedBy: null
	};
	if (!(await insertOrganisation(trx, organisation))) throw nameTaken();
	await insertMembership(trx, { organisationId: organisation.id, userId: user.id, role: 'owner', createdAt });
	return { user, organisation };
}
