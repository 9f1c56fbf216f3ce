import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateSessionToken, createSession } from '../../../../../src/lib/server/auth/session';
import { DomainError } from '../../../../../src/lib/server/errors';
import { createInvitation } from '../../../../../src/lib/server/invitations/service';
import { listOrganisationsOfUser } from '../../../../../src/lib/server/organisations/service';
import { findUserByEmail } from '../../../../../src/lib/server/users/repository';
import type { Kysely } from 'kysely';
import type { Database } from '../../../../../src/lib/server/db/schema';
import { getInstanceSettings, setOpenSignup } from '../../../../../src/lib/server/settings/service';
import { issueSetupCode } from '../../../../../src/lib/server/users/setup-code';
import { listSignupAttempts } from '../../../../../src/lib/server/users/signup-attempts';
import {
	changePassword,
	isSetupNeeded,
	setUpAdministrator,
	signIn,
	signUp,
	signUpWithInvitation
} from '../../../../../src/lib/server/users/service';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';

const admin = {
	name: 'Awa Diop',
	email: 'awa@example.org',
	password: 'a long enough password',
	organisationName: 'Sahel Info',
	organisationType: 'ngo' as const
};
const ADDRESS = '192.0.2.10';

/** The administrator, with the code a start of the server would have printed. */
async function setUp(db: Kysely<Database>) {
	return setUpAdministrator(db, { ...admin, setupCode: (await issueSetupCode(db))! });
}

describe.each(DIALECTS)('users on %s', (dialect) => {
	let t: TestDatabase;
	beforeEach(async () => (t = await openTestDatabase(dialect)));
	afterEach(async () => t.close());

	it('sets up the administrator once, with an organisation they own', async () => {
		expect(await isSetupNeeded(t.db)).toBe(true);
		const { user, organisation } = await setUp(t.db);
		expect(user.isAdmin).toBe(true);
		expect(organisation.name).toBe('Sahel Info');
		expect(await isSetupNeeded(t.db)).toBe(false);
		await expect(setUpAdministrator(t.db, { ...admin, email: 'other@example.org', setupCode: 'any' })).rejects.toMatchObject({
			code: 'conflict',
			messageKey: 'errors.setup_done'
		});
		const stored = await t.db.selectFrom('users').select(['password_hash']).executeTakeFirstOrThrow();
		expect(stored.password_hash).toMatch(/^\$argon2id\$/);
		expect(stored.password_hash).not.toContain(admin.password);
	});

	it('sets up the administrator only with a code it issued, once', async () => {
		await expect(setUpAdministrator(t.db, { ...admin, setupCode: 'guess-guess-guess' })).rejects.toMatchObject({
			code: 'forbidden',
			messageKey: 'errors.setup_code_wrong'
		});
		const code = (await issueSetupCode(t.db))!;
		expect(code).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){7}$/);
		// Nothing readable is stored: a copy of the database does not give the code away.
		const keys = (await t.db.selectFrom('settings').select(['key', 'value']).execute()).map((row) => `${row.key} ${row.value}`).join('\n');
		expect(keys).not.toContain(code.replaceAll('-', ''));
		await expect(setUpAdministrator(t.db, { ...admin, setupCode: 'guess-guess-guess' })).rejects.toMatchObject({ messageKey: 'errors.setup_code_wrong' });
		expect(await isSetupNeeded(t.db)).toBe(true);
		// Typed with other case and spaces, it still works.
		await setUpAdministrator(t.db, { ...admin, setupCode: ` ${code.toUpperCase().replaceAll('-', ' ')} ` });
		await expect(setUpAdministrator(t.db, { ...admin, email: 'other@example.org', setupCode: code })).rejects.toMatchObject({
			code: 'conflict',
			messageKey: 'errors.setup_done'
		});
		expect(await issueSetupCode(t.db)).toBeNull();
	});

	it('keeps sign-up closed on a new instance until the administrator opens it', async () => {
		const { user: root } = await setUp(t.db);
		expect(await getInstanceSettings(t.db)).toEqual({ openSignup: false });
		await expect(signUp(t.db, { ...admin, email: 'c@example.org', organisationName: 'Other' }, ADDRESS)).rejects.toMatchObject({
			code: 'forbidden',
			messageKey: 'errors.signup_closed'
		});
		await setOpenSignup(t.db, root, true);
		expect(await signUp(t.db, { ...admin, email: 'c@example.org', organisationName: 'Other' }, ADDRESS)).toMatchObject({ status: 'created' });
	});

	it('signs up a user with a new organisation, answers a taken e-mail as if it worked, and honours closed sign-up', async () => {
		const { user: root } = await setUp(t.db);
		await setOpenSignup(t.db, root, true);
		const created = await signUp(
			t.db,
			{ ...admin, email: 'binta@example.org', organisationName: 'Donor Fund', organisationType: 'donor' },
			ADDRESS
		);
		if (created.status !== 'created') throw new Error('expected an account');
		const { user, organisation } = created;
		expect(user.isAdmin).toBe(false);
		expect(organisation.type).toBe('donor');
		expect(organisation.verifiedAt).toBeNull();
		const role = await t.db
			.selectFrom('memberships')
			.select('role')
			.where('user_id', '=', user.id)
			.executeTakeFirstOrThrow();
		expect(role.role).toBe('owner');

		// A taken address: nothing is created, nothing said to the caller; the administrator sees the attempt.
		expect(await signUp(t.db, { ...admin, organisationName: 'Fresh Name' }, ADDRESS)).toEqual({ status: 'address_taken' });
		expect(await signUp(t.db, { ...admin, organisationName: 'Fresh Name' }, ADDRESS)).toEqual({ status: 'address_taken' });
		expect(await t.db.selectFrom('organisations').select('id').where('name', '=', 'Fresh Name').execute()).toEqual([]);
		expect(await listSignupAttempts(t.db)).toMatchObject([{ email: admin.email, attempts: 2 }]);
		// A taken organisation name is said whatever the address.
		for (const email of [admin.email, 'new@example.org']) {
			await expect(signUp(t.db, { ...admin, email, organisationName: 'DONOR  fünd' }, ADDRESS)).rejects.toMatchObject({
				messageKey: 'errors.organisation_name_taken',
				field: 'organisationName'
			});
		}

		await setOpenSignup(t.db, root, false);
		await expect(signUp(t.db, { ...admin, email: 'c@example.org' }, ADDRESS)).rejects.toMatchObject({
			code: 'forbidden',
			messageKey: 'errors.signup_closed'
		});
		// An invited person still gets an account, in the inviting organisation and no other.
		const { token } = await createInvitation(t.db, user.id, organisation.id, 'viewer');
		const invited = await signUpWithInvitation(t.db, { name: 'C', email: 'c@example.org', password: 'long enough pw' }, token, ADDRESS);
		expect(invited.organisationId).toBe(organisation.id);
		expect(await listOrganisationsOfUser(t.db, invited.user.id)).toMatchObject([{ id: organisation.id, role: 'viewer' }]);
		// A used link creates nothing: the account is not left behind without an organisation.
		await expect(
			signUpWithInvitation(t.db, { name: 'D', email: 'd@example.org', password: 'long enough pw' }, token, ADDRESS)
		).rejects.toMatchObject({ messageKey: 'errors.invitation_used' });
		expect(await findUserByEmail(t.db, 'd@example.org')).toBeUndefined();
		await expect(setOpenSignup(t.db, user, true)).rejects.toBeInstanceOf(DomainError);
	});

	it('answers the same for an unknown e-mail and a wrong password', async () => {
		await setUp(t.db);
		expect(await signIn(t.db, { email: admin.email, password: admin.password }, ADDRESS)).toMatchObject({ ok: true });
		expect(await signIn(t.db, { email: admin.email, password: 'wrong password' }, ADDRESS)).toEqual({ ok: false, reason: 'invalid' });
		expect(await signIn(t.db, { email: 'nobody@example.org', password: 'x' }, ADDRESS)).toEqual({ ok: false, reason: 'invalid' });
	});

	it('slows an account down after 3 failures, then refuses it for 15 minutes after 10, even with the right password', async () => {
		await setUp(t.db);
		const start = new Date('2026-01-01T10:00:00Z');
		let now = start;
		const wrong = () => signIn(t.db, { email: admin.email, password: 'wrong password' }, ADDRESS, now);
		const right = () => signIn(t.db, { email: admin.email, password: admin.password }, ADDRESS, now);
		for (let i = 0; i < 3; i++) expect(await wrong()).toEqual({ ok: false, reason: 'invalid' });
		expect(await wrong()).toEqual({ ok: false, reason: 'invalid' });
		// The 4th failure imposes a 1 s wait: an immediate attempt is refused, even a right one.
		expect(await right()).toEqual({ ok: false, reason: 'throttled', retryAfterSeconds: 1 });
		now = new Date(start.getTime() + 1000);
		for (let i = 5; i <= 10; i++) {
			expect(await wrong()).toMatchObject({ ok: false, reason: 'invalid' });
			now = new Date(now.getTime() + 31_000);
		}
		const blocked = await right();
		expect(blocked).toMatchObject({ ok: false, reason: 'throttled' });
		expect(blocked.ok === false && blocked.reason === 'throttled' && blocked.retryAfterSeconds).toBeGreaterThan(600);
		now = new Date(now.getTime() + 15 * 60_000);
		expect(await right()).toMatchObject({ ok: true });
		// Success clears the account's count.
		expect(await wrong()).toEqual({ ok: false, reason: 'invalid' });
		expect(await right()).toMatchObject({ ok: true });
	});

	it('lets no more than the limit through when wrong passwords arrive all at once', async () => {
		await setUp(t.db);
		const now = new Date('2026-01-01T10:00:00Z');
		const results = await Promise.all(
			Array.from({ length: 30 }, () => signIn(t.db, { email: admin.email, password: 'wrong password' }, ADDRESS, now))
		);
		const checked = results.filter((r) => !r.ok && r.reason === 'invalid').length;
		expect(checked).toBeLessThanOrEqual(10);
		expect(results.filter((r) => !r.ok && r.reason === 'throttled').length).toBe(30 - checked);
		expect(await signIn(t.db, { email: admin.email, password: admin.password }, ADDRESS, now)).toMatchObject({ reason: 'throttled' });
	});

	it('refuses an address that fails against many accounts', async () => {
		await setUp(t.db);
		const now = new Date('2026-01-01T10:00:00Z');
		for (let i = 0; i < 21; i++) {
			await signIn(t.db, { email: `user${i}@example.org`, password: 'guess' }, ADDRESS, now);
		}
		expect(await signIn(t.db, { email: admin.email, password: admin.password }, ADDRESS, now)).toMatchObject({
			ok: false,
			reason: 'throttled'
		});
		expect(await signIn(t.db, { email: admin.email, password: admin.password }, '192.0.2.99', now)).toMatchObject({ ok: true });
	});

	it('changes a password only with the current one, and signs out the other sessions', async () => {
		const { user } = await setUp(t.db);
		const here = await createSession(t.db, 'token-here', user.id, null);
		await createSession(t.db, 'token-elsewhere', user.id, null);
		await expect(
			changePassword(t.db, user, here.id, { currentPassword: 'nope', newPassword: 'brand new password', confirmPassword: 'brand new password' })
		).rejects.toMatchObject({ messageKey: 'errors.current_password_wrong', field: 'currentPassword' });
		await changePassword(t.db, user, here.id, {
			currentPassword: admin.password,
			newPassword: 'brand new password',
			confirmPassword: 'brand new password'
		});
		expect((await validateSessionToken(t.db, 'token-here')).user?.id).toBe(user.id);
		expect((await validateSessionToken(t.db, 'token-elsewhere')).user).toBeNull();
		expect(await signIn(t.db, { email: admin.email, password: admin.password }, ADDRESS)).toMatchObject({ ok: false });
		expect(await signIn(t.db, { email: admin.email, password: 'brand new password' }, ADDRESS)).toMatchObject({ ok: true });
	});

	it('counts guesses of the current password like sign-in failures', async () => {
		const { user } = await setUp(t.db);
		const now = new Date('2026-01-01T10:00:00Z');
		const guess = () =>
			changePassword(t.db, user, null, { currentPassword: 'guess', newPassword: 'brand new password', confirmPassword: 'brand new password' }, now);
		for (let i = 0; i < 4; i++) await expect(guess()).rejects.toMatchObject({ messageKey: 'errors.current_password_wrong' });
		await expect(guess()).rejects.toMatchObject({ code: 'too_many_requests' });
	});
});
