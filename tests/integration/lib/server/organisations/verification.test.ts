import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toNameKey } from '$lib/server/organisations/name-key';
import { findOrganisation } from '$lib/server/organisations/repository';
import { createOrganisation } from '$lib/server/organisations/service';
import { COMMAND_LINE, verifyDonor, verifyDonorByName } from '$lib/server/organisations/verification';
import { getAdministration } from '$lib/server/admin/service';
import type { User } from '$lib/server/users/user';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { createUser, setUpSahelInfo } from '../../../../helpers/fixtures';

const NOW = new Date('2026-06-15T10:00:00.000Z');

describe('the key that makes two organisation names the same', () => {
	it('sets case, accents, look-alike forms and spacing aside', () => {
		expect(toNameKey('Rabat Fund')).toBe('rabat fund');
		for (const twin of ['rabat fund', 'Rabat Fünd', 'RABAT  FUND', ' Rábat\tFund ', 'Ｒａｂａｔ Fund', 'Rabat Fund']) {
			expect(toNameKey(twin)).toBe('rabat fund');
		}
		expect(toNameKey('Straße')).toBe(toNameKey('STRASSE'));
		expect(toNameKey('Rabat Fund (demo)')).not.toBe(toNameKey('Rabat Fund'));
	});
});

describe.each(DIALECTS)('donor organisations and their names on %s', (dialect) => {
	let t: TestDatabase;
	let admin: User;
	let member: User;

	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		admin = (await setUpSahelInfo(t.db)).user;
		member = await createUser(t.db, 'Member');
	});
	afterEach(async () => t.close());

	it('refuses a second organisation of the same name, case and accents aside', async () => {
		await createOrganisation(t.db, member.id, { name: 'Rabat Fund', type: 'donor' });
		for (const name of ['rabat fund', 'Rabat Fünd', 'RABAT   FUND']) {
			await expect(createOrganisation(t.db, member.id, { name, type: 'donor' })).rejects.toMatchObject({
				code: 'conflict',
				messageKey: 'errors.organisation_name_taken',
				field: 'name'
			});
		}
		await expect(createOrganisation(t.db, member.id, { name: 'sahel info', type: 'ngo' })).rejects.toMatchObject({
			messageKey: 'errors.organisation_name_taken'
		});
		const names = await t.db.selectFrom('organisations').select('name').orderBy('name').execute();
		expect(names.map((row) => row.name)).toEqual(['Rabat Fund', 'Sahel Info']);
	});

	it('is verified by an administrator only, with the date and who', async () => {
		const donor = await createOrganisation(t.db, member.id, { name: 'Rabat Fund', type: 'donor' });
		expect(donor.verifiedAt).toBeNull();
		await expect(verifyDonor(t.db, member, donor.id, NOW)).rejects.toMatchObject({ code: 'forbidden' });
		expect((await findOrganisation(t.db, donor.id))?.verifiedAt).toBeNull();

		const verified = await verifyDonor(t.db, admin, donor.id, NOW);
		expect(verified).toMatchObject({ verifiedAt: NOW.toISOString(), verifiedBy: admin.email });
		// Again later: the first verification stands.
		expect(await verifyDonor(t.db, admin, donor.id, new Date('2026-07-01T00:00:00Z'))).toMatchObject({
			verifiedAt: NOW.toISOString()
		});
		const listed = (await getAdministration(t.db, admin)).organisations.find(
			(organisation) => organisation.id === donor.id
		);
		expect(listed).toMatchObject({ verifiedAt: NOW.toISOString(), verifiedBy: admin.email });
	});

	it('verifies donors only, and by name at the command line', async () => {
		const ngo = (await t.db.selectFrom('organisations').select('id').executeTakeFirstOrThrow()).id;
		await expect(verifyDonor(t.db, admin, ngo, NOW)).rejects.toMatchObject({
			code: 'invalid',
			messageKey: 'errors.verify_donor_only'
		});
		await expect(verifyDonor(t.db, admin, 'no-such-organisation', NOW)).rejects.toMatchObject({ code: 'not_found' });
		await createOrganisation(t.db, member.id, { name: 'Fonds Sahel', type: 'donor' });
		expect(await verifyDonorByName(t.db, 'fonds  SAHEL', NOW)).toMatchObject({
			name: 'Fonds Sahel',
			verifiedBy: COMMAND_LINE
		});
		await expect(verifyDonorByName(t.db, 'Nobody', NOW)).rejects.toMatchObject({ code: 'not_found' });
	});
});
