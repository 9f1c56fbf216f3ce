import type { Kysely, Transaction } from 'kysely';
import { hashPassword, verifyDecoyPassword, verifyPassword } from '../auth/password';
import { invalidateOtherSessions } from '../auth/session';
import {
	checkThrottle,
	clearThrottle,
	recordFailure,
	SIGN_IN_ACCOUNT_POLICY,
	SIGN_IN_ADDRESS_POLICY,
	SIGN_UP_ADDRESS_POLICY
} from '../auth/throttle';
import { generateId } from '../crypto';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import type { Organisation } from '../organisations/organisation';
import { insertMembership, insertOrganisation } from '../organisations/repository';
import { claimSetting } from '../settings/repository';
import { getInstanceSettings } from '../settings/service';
import * as repo from './repository';
import type { AccountInput, ChangePasswordInput, SignInInput, SignUpInput } from './schema';
import type { User } from './user';

export type SignInResult =
	| { ok: true; user: User }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'throttled'; retryAfterSeconds: number };

export async function isSetupNeeded(db: Kysely<Database>): Promise<boolean> {
	return (await repo.countUsers(db)) === 0;
}

/** The first account of an instance: an administrator, owner of a first organisation. Works once. */
export async function setUpAdministrator(
	db: Kysely<Database>,
	input: SignUpInput,
	now = new Date()
): Promise<{ user: User; organisation: Organisation }> {
	const passwordHash = await hashPassword(input.password);
	return db.transaction().execute(async (trx) => {
		if ((await repo.countUsers(trx)) > 0 || !(await claimSetting(trx, 'setup_completed_at', now.toISOString()))) {
			throw new DomainError('conflict', 'errors.setup_done');
		}
		return createAccountWithOrganisation(trx, input, passwordHash, true, now);
	});
}

export async function signUp(
	db: Kysely<Database>,
	input: SignUpInput,
	address: string,
	now = new Date()
): Promise<{ user: User; organisation: Organisation }> {
	if (!(await getInstanceSettings(db)).openSignup) throw new DomainError('forbidden', 'errors.signup_closed');
	await guardSignUpRate(db, address, now);
	const passwordHash = await hashPassword(input.password);
	return db.transaction().execute(async (trx) => {
		await ensureEmailFree(trx, input.email);
		return createAccountWithOrganisation(trx, input, passwordHash, false, now);
	});
}

/** An account made to accept an invitation: it joins that organisation instead of founding one. */
export async function signUpWithoutOrganisation(
	db: Kysely<Database>,
	input: AccountInput,
	address: string,
	now = new Date()
): Promise<User> {
	await guardSignUpRate(db, address, now);
	const passwordHash = await hashPassword(input.password);
	const user: User = { id: generateId(), email: input.email, name: input.name, isAdmin: false, createdAt: now.toISOString() };
	await db.transaction().execute(async (trx) => {
		await ensureEmailFree(trx, input.email);
		await repo.insertUser(trx, { ...user, passwordHash });
	});
	return user;
}

/** One neutral answer for an unknown e-mail and a wrong password; failures slow, then block, the account and the address. */
export async function signIn(
	db: Kysely<Database>,
	input: SignInInput,
	address: string,
	now = new Date()
): Promise<SignInResult> {
	const accountKey = `signin:account:${input.email}`;
	const addressKey = `signin:address:${address}`;
	for (const key of [accountKey, addressKey]) {
		const state = await checkThrottle(db, key, now);
		if (!state.allowed) return { ok: false, reason: 'throttled', retryAfterSeconds: state.retryAfterSeconds };
	}
	const credentials = await repo.findCredentialsByEmail(db, input.email);
	const valid = credentials
		? await verifyPassword(credentials.passwordHash, input.password)
		: await verifyDecoyPassword(input.password);
	if (!credentials || !valid) {
		await recordFailure(db, accountKey, SIGN_IN_ACCOUNT_POLICY, now);
		await recordFailure(db, addressKey, SIGN_IN_ADDRESS_POLICY, now);
		return { ok: false, reason: 'invalid' };
	}
	await clearThrottle(db, accountKey);
	return { ok: true, user: credentials.user };
}

/** Checks the current password, stores the new one and signs out every other session of the user. */
export async function changePassword(
	db: Kysely<Database>,
	userId: string,
	currentSessionId: string | null,
	input: ChangePasswordInput
): Promise<void> {
	const currentHash = await repo.findPasswordHash(db, userId);
	if (!currentHash || !(await verifyPassword(currentHash, input.currentPassword))) {
		throw new DomainError('invalid', 'errors.current_password_wrong', { field: 'currentPassword' });
	}
	await repo.updatePasswordHash(db, userId, await hashPassword(input.newPassword));
	await invalidateOtherSessions(db, userId, currentSessionId);
}

export async function updateProfile(db: Kysely<Database>, userId: string, input: { name: string }): Promise<void> {
	await repo.updateUserName(db, userId, input.name);
}

async function guardSignUpRate(db: Kysely<Database>, address: string, now: Date): Promise<void> {
	const key = `signup:address:${address}`;
	const state = await checkThrottle(db, key, now);
	if (!state.allowed) {
		throw new DomainError('too_many_requests', 'errors.too_many_attempts', {
			params: { seconds: state.retryAfterSeconds }
		});
	}
	await recordFailure(db, key, SIGN_UP_ADDRESS_POLICY, now);
}

async function ensureEmailFree(trx: Transaction<Database>, email: string): Promise<void> {
	if (await repo.findUserByEmail(trx, email)) {
		throw new DomainError('conflict', 'errors.email_taken', { field: 'email' });
	}
}

async function createAccountWithOrganisation(
	trx: Transaction<Database>,
	input: SignUpInput,
	passwordHash: string,
	isAdmin: boolean,
	now: Date
): Promise<{ user: User; organisation: Organisation }> {
	const createdAt = now.toISOString();
	const user: User = { id: generateId(), email: input.email, name: input.name, isAdmin, createdAt };
	const organisation: Organisation = {
		id: generateId(),
		name: input.organisationName,
		type: input.organisationType,
		createdAt
	};
	await repo.insertUser(trx, { ...user, passwordHash });
	await insertOrganisation(trx, organisation);
	await insertMembership(trx, { organisationId: organisation.id, userId: user.id, role: 'owner', createdAt });
	return { user, organisation };
}
