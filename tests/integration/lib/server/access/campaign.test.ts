import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCampaignAccess, requireMember } from '$lib/server/access/campaign';
import { listCampaignsForResults } from '$lib/server/access/readable';
import { insertMembership } from '$lib/server/organisations/repository';
import { shareCampaign } from '$lib/server/sharing/service';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { createUser, createVerifiedDonor, setUpSahelInfo } from '../../../../helpers/fixtures';
import { publishCampaign, type PublishedCampaign } from '../../../../helpers/responses';

const NOW = new Date('2026-06-15T10:00:00.000Z');

describe.each(DIALECTS)('access to a campaign on %s', (dialect) => {
	let t: TestDatabase;
	let published: PublishedCampaign;
	let owner: string;
	let viewer: string;
	let donorMember: string;

	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		const { user, organisation } = await setUpSahelInfo(t.db);
		owner = user.id;
		viewer = (await createUser(t.db, 'Viewer')).id;
		await insertMembership(t.db, {
			organisationId: organisation.id,
			userId: viewer,
			role: 'viewer',
			createdAt: NOW.toISOString()
		});
		published = await publishCampaign(t.db, owner);
		donorMember = (await createUser(t.db, 'Donor analyst')).id;
		const donorId = (await createVerifiedDonor(t.db, donorMember, 'Fonds Sahel', NOW)).id;
		await shareCampaign(t.db, owner, published.campaignId, donorId, NOW);
	});
	afterEach(async () => t.close());

	it('lets a member read every count, with their role', async () => {
		const access = await getCampaignAccess(t.db, viewer, published.campaignId);
		expect(access).toMatchObject({
			reader: 'member',
			role: 'viewer',
			data: 'full',
			campaign: { id: published.campaignId }
		});
		expect(requireMember(access)).toBe(access);
		expect(() => requireMember(access, ['owner', 'editor'])).toThrow(expect.objectContaining({ code: 'forbidden' }));
	});

	it('lets a donor it is shared with read the redacted results, and nothing a member may do', async () => {
		const access = await getCampaignAccess(t.db, donorMember, published.campaignId);
		expect(access).toMatchObject({ reader: 'donor', data: 'redacted', campaign: { id: published.campaignId } });
		expect(() => requireMember(access)).toThrow(expect.objectContaining({ code: 'not_found' }));
		expect((await listCampaignsForResults(t.db, donorMember)).map((campaign) => campaign.id)).toEqual([
			published.campaignId
		]);
	});

	it('tells anyone else, and an unknown campaign, that it does not exist', async () => {
		const stranger = (await createUser(t.db, 'Stranger')).id;
		await expect(getCampaignAccess(t.db, stranger, published.campaignId)).rejects.toMatchObject({ code: 'not_found' });
		await expect(getCampaignAccess(t.db, owner, 'c_unknown')).rejects.toMatchObject({ code: 'not_found' });
		expect(await listCampaignsForResults(t.db, stranger)).toEqual([]);
	});
});
