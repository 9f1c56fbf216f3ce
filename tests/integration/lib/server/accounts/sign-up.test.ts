import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signUp, signUpWithInvitation } from '$lib/server/accounts/sign-up';
import { DomainError } from '$lib/server/errors';
import { createInvitation } from '$lib/server/invitations/service';
import { listOrganisationsOfUser } from '$lib/server/organisations/service';
import { getInstanceSettings, setOpenSignup } from '$lib/server/settings/service';
import { findUserByEmail } from '$lib/server/users/repository';
import { listSignupAttempts } from '$lib/server/users/signup-attempts';
import { ADDRESS, admin, setUpWithIssuedCode } from '../../../../helpers/administrator';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';

describe.each(DIALECTS)('signing up on %s', (dialect) => {
	let t: TestDatabase;
	beforeEach(async () => (t = await openTestDatabase(dialect)));
	afterEach(async () => t.close());

	it('keeps sign-up closed on a new instance until the administrator opens it', async () => {
		const { user: root } = await setUpWithIssuedCode(t.db);
		expect(await getInstanceSettings(t.db)).toEqual({ openSignup: false });
		await expect(
			signUp(t.db, { ...admin, email: 'c@example.org', organisationName: 'Other' }, ADDRESS)
		).rejects.toMatchObject({
			code: 'forbidden',
			messageKey: 'errors.signup_closed'
		});
		await setOpenSignup(t.db, root, true);
		expect(await signUp(t.db, { ...admin, email: 'c@example.org', organisationName: 'Other' }, ADDRESS)).toMatchObject({
			status: 'created'
		});
	});

	it('signs up a user with a new organisation, answers a taken e-mail as if it worked, and honours closed sign-up', async () => {
		const { user: root } = await setUpWithIssuedCode(t.db);
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
		expect(await signUp(t.db, { ...admin, organisationName: 'Fresh Name' }, ADDRESS)).toEqual({
			status: 'address_taken'
		});
		expect(await signUp(t.db, { ...admin, organisationName: 'Fresh Name' }, ADDRESS)).toEqual({
			status: 'address_taken'
		});
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
		const invited = await signUpWithInvitation(
			t.db,
			{ name: 'C', email: 'c@example.org', password: 'long enough pw' },
			token,
			ADDRESS
		);
		expect(invited.organisationId).toBe(organisation.id);
		expect(await listOrganisationsOfUser(t.db, invited.user.id)).toMatchObject([
			{ id: organisation.id, role: 'viewer' }
		]);
		// A used link creates nothing: the account is not left behind without an organisation.
		await expect(
			signUpWithInvitation(t.db, { name: 'D', email: 'd@example.org', password: 'long enough pw' }, token, ADDRESS)
		).rejects.toMatchObject({ messageKey: 'errors.invitation_used' });
		expect(await findUserByEmail(t.db, 'd@example.org')).toBeUndefined();
		await expect(setOpenSignup(t.db, user, true)).rejects.toBeInstanceOf(DomainError);
	});
});
