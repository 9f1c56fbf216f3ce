import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	acceptInvitation,
	createInvitation,
	INVITATION_LIFETIME_MS,
	listOpenInvitations,
	lookUpInvitation,
	revokeInvitation
} from '$lib/server/invitations/service';
import { listOrganisationsOfUser } from '$lib/server/organisations/service';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { createUser, setUpSahelInfo } from '../../../../helpers/fixtures';

describe.each(DIALECTS)('invitations on %s', (dialect) => {
	let t: TestDatabase;
	let owner: string;
	let orgId: string;
	let guest: string;

	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		const setup = await setUpSahelInfo(t.db);
		owner = setup.user.id;
		orgId = setup.organisation.id;
		guest = (await createUser(t.db, 'Guest')).id;
	});
	afterEach(async () => t.close());

	it('joins with the invited role, once', async () => {
		const { token } = await createInvitation(t.db, owner, orgId, 'enumerator');
		expect(await lookUpInvitation(t.db, token)).toMatchObject({
			status: 'valid',
			organisation: { name: 'Sahel Info' }
		});
		const stored = await t.db.selectFrom('invitations').select('token_hash').executeTakeFirstOrThrow();
		expect(stored.token_hash).not.toBe(token);

		await acceptInvitation(t.db, token, guest);
		expect(await listOrganisationsOfUser(t.db, guest)).toMatchObject([{ id: orgId, role: 'enumerator' }]);
		expect(await lookUpInvitation(t.db, token)).toEqual({ status: 'used' });

		const other = (await createUser(t.db, 'Other')).id;
		await expect(acceptInvitation(t.db, token, other)).rejects.toMatchObject({ messageKey: 'errors.invitation_used' });
		expect(await listOrganisationsOfUser(t.db, other)).toEqual([]);
	});

	it('expires after 7 days', async () => {
		const created = new Date('2026-05-01T00:00:00Z');
		const { token } = await createInvitation(t.db, owner, orgId, 'viewer', created);
		const after = new Date(created.getTime() + INVITATION_LIFETIME_MS + 1);
		expect(await lookUpInvitation(t.db, token, after)).toEqual({ status: 'expired' });
		await expect(acceptInvitation(t.db, token, guest, null, after)).rejects.toMatchObject({
			messageKey: 'errors.invitation_expired'
		});
	});

	it('is listed until used, and can be revoked by an owner only', async () => {
		const { token, invitation } = await createInvitation(t.db, owner, orgId, 'viewer');
		expect((await listOpenInvitations(t.db, owner, orgId)).map((i) => i.id)).toEqual([invitation.id]);
		await expect(revokeInvitation(t.db, guest, orgId, invitation.id)).rejects.toMatchObject({ code: 'not_found' });
		await revokeInvitation(t.db, owner, orgId, invitation.id);
		expect(await lookUpInvitation(t.db, token)).toEqual({ status: 'unknown' });
		await expect(revokeInvitation(t.db, owner, orgId, invitation.id)).rejects.toMatchObject({ code: 'not_found' });
	});

	it('refuses invitations from non-owners and a second membership', async () => {
		const { token } = await createInvitation(t.db, owner, orgId, 'editor');
		await acceptInvitation(t.db, token, guest);
		await expect(createInvitation(t.db, guest, orgId, 'owner')).rejects.toMatchObject({ code: 'forbidden' });
		const again = await createInvitation(t.db, owner, orgId, 'viewer');
		await expect(acceptInvitation(t.db, again.token, guest)).rejects.toMatchObject({
			messageKey: 'errors.already_member'
		});
		expect(await lookUpInvitation(t.db, again.token)).toMatchObject({ status: 'valid' });
	});
});
