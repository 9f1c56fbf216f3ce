import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpAdministrator } from '$lib/server/accounts/set-up';
import { isSetupNeeded } from '$lib/server/users/service';
import { issueSetupCode } from '$lib/server/users/setup-code';
import { admin, setUpWithIssuedCode } from '../../../../helpers/administrator';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';

describe.each(DIALECTS)('setting up on %s', (dialect) => {
	let t: TestDatabase;
	beforeEach(async () => (t = await openTestDatabase(dialect)));
	afterEach(async () => t.close());

	it('sets up the administrator once, with an organisation they own', async () => {
		expect(await isSetupNeeded(t.db)).toBe(true);
		const { user, organisation } = await setUpWithIssuedCode(t.db);
		expect(user.isAdmin).toBe(true);
		expect(organisation.name).toBe('Sahel Info');
		expect(await isSetupNeeded(t.db)).toBe(false);
		await expect(
			setUpAdministrator(t.db, { ...admin, email: 'other@example.org', setupCode: 'any' })
		).rejects.toMatchObject({
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
		const keys = (await t.db.selectFrom('settings').select(['key', 'value']).execute())
			.map((row) => `${row.key} ${row.value}`)
			.join('\n');
		expect(keys).not.toContain(code.replaceAll('-', ''));
		await expect(setUpAdministrator(t.db, { ...admin, setupCode: 'guess-guess-guess' })).rejects.toMatchObject({
			messageKey: 'errors.setup_code_wrong'
		});
		expect(await isSetupNeeded(t.db)).toBe(true);
		// Typed with other case and spaces, it still works.
		await setUpAdministrator(t.db, { ...admin, setupCode: ` ${code.toUpperCase().replaceAll('-', ' ')} ` });
		await expect(
			setUpAdministrator(t.db, { ...admin, email: 'other@example.org', setupCode: code })
		).rejects.toMatchObject({
			code: 'conflict',
			messageKey: 'errors.setup_done'
		});
		expect(await issueSetupCode(t.db)).toBeNull();
	});
});
