import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCampaignAccess, requireMember } from '$lib/server/access/campaign';
import { insertMembership } from '$lib/server/organisations/repository';
import { createOrganisation } from '$lib/server/organisations/service';
import { publishPublicReport } from '$lib/server/public-reports/service';
import { getSharingOverview } from '$lib/server/public-reports/sharing-overview';
import { getAuditLog, shareCampaign } from '$lib/server/sharing/service';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { createUser, createVerifiedDonor, setUpSahelInfo } from '../../../../helpers/fixtures';
import { publishCampaign, type PublishedCampaign } from '../../../../helpers/responses';

const NOW = new Date('2026-06-15T10:00:00.000Z');

describe.each(DIALECTS)('the campaign page’s sharing section on %s', (dialect) => {
	let t: TestDatabase;
	let published: PublishedCampaign;
	let owner: string;
	let viewer: string;
	let organisationId: string;
	let fundId: string;
	let trustId: string;
	let unverifiedId: string;

	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		const { user, organisation } = await setUpSahelInfo(t.db);
		owner = user.id;
		organisationId = organisation.id;
		viewer = (await createUser(t.db, 'Viewer')).id;
		await insertMembership(t.db, { organisationId, userId: viewer, role: 'viewer', createdAt: NOW.toISOString() });
		published = await publishCampaign(t.db, owner);
		fundId = (await createVerifiedDonor(t.db, (await createUser(t.db, 'Fund')).id, 'Fonds Sahel', NOW)).id;
		trustId = (await createVerifiedDonor(t.db, (await createUser(t.db, 'Trust')).id, 'Atlantic Trust', NOW)).id;
		// Anyone who signs up may call themselves a donor: an unverified one, however named, is never offered.
		unverifiedId = (
			await createOrganisation(t.db, (await createUser(t.db, 'Impostor')).id, { name: 'Rabat Fund', type: 'donor' })
		).id;
		await createOrganisation(t.db, (await createUser(t.db, 'Other NGO')).id, { name: 'Other NGO', type: 'ngo' });
	});
	afterEach(async () => t.close());

	it('offers owners the donor organisations not yet shared with, by name, and whether a public report is live', async () => {
		expect(
			await getSharingOverview(t.db, requireMember(await getCampaignAccess(t.db, owner, published.campaignId)))
		).toEqual({
			shares: [],
			canManage: true,
			donors: [
				{ id: trustId, name: 'Atlantic Trust', verifiedAt: NOW.toISOString() },
				{ id: fundId, name: 'Fonds Sahel', verifiedAt: NOW.toISOString() }
			],
			publicReport: { live: false, publishedAt: null }
		});
		await shareCampaign(t.db, owner, published.campaignId, fundId, NOW);
		await publishPublicReport(t.db, owner, published.campaignId, 'https://mesure.example', NOW);
		const overview = await getSharingOverview(
			t.db,
			requireMember(await getCampaignAccess(t.db, owner, published.campaignId))
		);
		expect(overview.shares.map((share) => share.organisationName)).toEqual(['Fonds Sahel']);
		expect(overview.donors).toEqual([{ id: trustId, name: 'Atlantic Trust', verifiedAt: NOW.toISOString() }]);
		expect(overview.shares).toMatchObject([{ organisationId: fundId, organisationVerifiedAt: NOW.toISOString() }]);
		expect(overview.donors.map((donor) => donor.id)).not.toContain(unverifiedId);
		expect(overview.publicReport).toEqual({ live: true, publishedAt: NOW.toISOString() });
	});

	it('shows other members whom it is shared with, and nothing they may not do', async () => {
		await shareCampaign(t.db, owner, published.campaignId, fundId, NOW);
		await publishPublicReport(t.db, owner, published.campaignId, 'https://mesure.example', NOW);
		const overview = await getSharingOverview(
			t.db,
			requireMember(await getCampaignAccess(t.db, viewer, published.campaignId))
		);
		expect(overview).toMatchObject({ canManage: false, donors: [], publicReport: { live: false, publishedAt: null } });
		expect(overview.shares.map((share) => share.organisationName)).toEqual(['Fonds Sahel']);
		await expect(
			getCampaignAccess(t.db, (await createUser(t.db, 'Stranger')).id, published.campaignId)
		).rejects.toMatchObject({ code: 'not_found' });
	});

	it('gives owners the audit page: their organisation and its events', async () => {
		await shareCampaign(t.db, owner, published.campaignId, fundId, NOW);
		const log = await getAuditLog(t.db, owner, organisationId);
		expect(log.organisation).toEqual({ id: organisationId, name: 'Sahel Info' });
		expect(log.events.map((event) => event.action)).toEqual(['campaign_shared']);
		await expect(getAuditLog(t.db, viewer, organisationId)).rejects.toMatchObject({ code: 'forbidden' });
	});
});
