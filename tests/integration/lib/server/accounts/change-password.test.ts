import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changePassword } from '$lib/server/accounts/change-password';
import { signIn } from '$lib/server/accounts/sign-in';
import { createSession, validateSessionToken } from '$lib/server/auth/session';
import { ADDRESS, admin, setUpWithIssuedCode } from '../../../../helpers/administrator';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';

describe.each(DIALECTS)('changing a password on %s', (dialect) => {
	let t: TestDatabase;
	beforeEach(async () => (t = await openTestDatabase(dialect)));
	afterEach(async () => t.close());

	it('changes a password only with the current one, and signs out the other sessions', async () => {
		const { user } = await setUpWithIssuedCode(t.db);
		const here = await createSession(t.db, 'token-here', user.id, null);
		await createSession(t.db, 'token-elsewhere', user.id, null);
		await expect(
			changePassword(t.db, user, here.id, {
				currentPassword: 'nope',
				newPassword: 'brand new password',
				confirmPassword: 'brand new password'
			})
		).rejects.toMatchObject({ messageKey: 'errors.current_password_wrong', field: 'currentPassword' });
		await changePassword(t.db, user, here.id, {
			currentPassword: admin.password,
			newPassword: 'brand new password',
			confirmPassword: 'brand new password'
		});
		expect((await validateSessionToken(t.db, 'token-here')).user?.id).toBe(user.id);
		expect((await validateSessionToken(t.db, 'token-elsewhere')).user).toBeNull();
		expect(await signIn(t.db, { email: admin.email, password: admin.password }, ADDRESS)).toMatchObject({ ok: false });
		expect(await signIn(t.db, { email: admin.email, password: 'brand new password' }, ADDRESS)).toMatchObject({
			ok: true
		});
	});

	it('counts guesses of the current password like sign-in failures', async () => {
		const { user } = await setUpWithIssuedCode(t.db);
		const now = new Date('2026-01-01T10:00:00Z');
		const guess = () =>
			changePassword(
				t.db,
				user,
				null,
				{ currentPassword: 'guess', newPassword: 'brand new password', confirmPassword: 'brand new password' },
				now
			);
		for (let i = 0; i < 4; i++)
			await expect(guess()).rejects.toMatchObject({ messageKey: 'errors.current_password_wrong' });
		await expect(guess()).rejects.toMatchObject({ code: 'too_many_requests' });
	});
});
