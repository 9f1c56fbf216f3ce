import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCampaignAccess } from '$lib/server/access/campaign';
import { listCampaignsForResults } from '$lib/server/access/readable';
import { BASELINE_PROFILE, insertSyntheticResponses } from '$lib/server/demo/synthetic';
import { compareCampaigns } from '$lib/server/comparison/compare';
import { getCampaignReport } from '$lib/server/indicators/service';
import { insertMembership } from '$lib/server/organisations/repository';
import { createOrganisation } from '$lib/server/organisations/service';
import { findCollectTarget } from '$lib/server/responses/target';
import { getCampaign } from '$lib/server/campaigns/service';
import { listAuditEvents, listShares, revokeShare, shareCampaign } from '$lib/server/sharing/service';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { createUser, createVerifiedDonor, setUpSahelInfo } from '../../../../helpers/fixtures';
import { publishCampaign, type PublishedCampaign } from '../../../../helpers/responses';

const NOW = new Date('2026-06-15T10:00:00.000Z');

describe.each(DIALECTS)('sharing a campaign’s results on %s', (dialect) => {
	let t: TestDatabase;
	let published: PublishedCampaign;
	let owner: string;
	let editor: string;
	let donorMember: string;
	let otherDonorMember: string;
	let donorId: string;
	let otherNgoId: string;
	let unverifiedId: string;

	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		const { user, organisation } = await setUpSahelInfo(t.db);
		owner = user.id;
		editor = (await createUser(t.db, 'Editor')).id;
		await insertMembership(t.db, {
			organisationId: organisation.id,
			userId: editor,
			role: 'editor',
			createdAt: NOW.toISOString()
		});
		published = await publishCampaign(t.db, owner);
		const target = await findCollectTarget(t.db, published.link('baseline', 'exposed').token);
		await insertSyntheticResponses(t.db, target!, {
			count: 30,
			profile: BASELINE_PROFILE,
			seed: 1,
			submittedOn: '2026-06-01'
		});
		donorMember = (await createUser(t.db, 'Donor analyst')).id;
		donorId = (await createVerifiedDonor(t.db, donorMember, 'Fonds Sahel', NOW)).id;
		otherDonorMember = (await createUser(t.db, 'Other donor')).id;
		unverifiedId = (await createOrganisation(t.db, otherDonorMember, { name: 'Other Fund', type: 'donor' })).id;
		otherNgoId = (
			await createOrganisation(t.db, (await createUser(t.db, 'Other NGO')).id, { name: 'Other NGO', type: 'ngo' })
		).id;
	});
	afterEach(async () => t.close());

	it('lets the donor read the results, and no one else, until it is revoked', async () => {
		await expect(getCampaignAccess(t.db, donorMember, published.campaignId)).rejects.toMatchObject({
			code: 'not_found'
		});
		const shares = await shareCampaign(t.db, owner, published.campaignId, donorId, NOW);
		expect(shares).toEqual([
			{
				organisationId: donorId,
				organisationName: 'Fonds Sahel',
				organisationType: 'donor',
				organisationVerifiedAt: NOW.toISOString(),
				sharedAt: NOW.toISOString()
			}
		]);
		const report = await getCampaignReport(
			t.db,
			await getCampaignAccess(t.db, donorMember, published.campaignId),
			[],
			NOW
		);
		expect(report.campaignId).toBe(published.campaignId);
		const compared = await compareCampaigns(t.db, await listCampaignsForResults(t.db, donorMember), 'KNW1');
		expect([...compared.campaigns.map((entry) => entry.id), ...compared.excluded.map((entry) => entry.id)]).toEqual([
			published.campaignId
		]);
		await expect(getCampaignAccess(t.db, otherDonorMember, published.campaignId)).rejects.toMatchObject({
			code: 'not_found'
		});
		// Results only: the campaign itself, its survey and its responses stay its members'.
		await expect(getCampaign(t.db, donorMember, published.campaignId)).rejects.toMatchObject({ code: 'not_found' });

		await revokeShare(t.db, owner, published.campaignId, donorId, NOW);
		await expect(getCampaignAccess(t.db, donorMember, published.campaignId)).rejects.toMatchObject({
			code: 'not_found'
		});
		expect((await compareCampaigns(t.db, await listCampaignsForResults(t.db, donorMember), 'KNW1')).campaigns).toEqual(
			[]
		);
		expect(await listShares(t.db, editor, published.campaignId)).toEqual([]);
	});

	it('is for owners, with donor organisations, once', async () => {
		await expect(shareCampaign(t.db, editor, published.campaignId, donorId, NOW)).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(shareCampaign(t.db, donorMember, published.campaignId, donorId, NOW)).rejects.toMatchObject({
			code: 'not_found'
		});
		await expect(shareCampaign(t.db, owner, published.campaignId, otherNgoId, NOW)).rejects.toMatchObject({
			code: 'invalid',
			field: 'organisationId'
		});
		await expect(shareCampaign(t.db, owner, published.campaignId, 'no-such-organisation', NOW)).rejects.toMatchObject({
			code: 'not_found'
		});
		// A donor no administrator has verified is refused, even by its id.
		await expect(shareCampaign(t.db, owner, published.campaignId, unverifiedId, NOW)).rejects.toMatchObject({
			code: 'invalid',
			messageKey: 'errors.share_donor_unverified',
			field: 'organisationId'
		});
		await shareCampaign(t.db, owner, published.campaignId, donorId, NOW);
		expect(await shareCampaign(t.db, owner, published.campaignId, donorId, NOW)).toHaveLength(1);
		await expect(revokeShare(t.db, editor, published.campaignId, donorId, NOW)).rejects.toMatchObject({
			code: 'forbidden'
		});
		await revokeShare(t.db, owner, published.campaignId, donorId, NOW);
		await expect(revokeShare(t.db, owner, published.campaignId, donorId, NOW)).rejects.toMatchObject({
			code: 'not_found'
		});
	});

	it('leaves an audit event for each share and revocation, that owners read', async () => {
		await shareCampaign(t.db, owner, published.campaignId, donorId, NOW);
		await shareCampaign(t.db, owner, published.campaignId, donorId, new Date('2026-06-15T11:00:00.000Z'));
		await revokeShare(t.db, owner, published.campaignId, donorId, new Date('2026-06-16T09:00:00.000Z'));
		const campaign = await getCampaign(t.db, owner, published.campaignId);
		const events = (await listAuditEvents(t.db, owner, campaign.organisationId)).events;
		expect(
			events.map((event) => [event.action, event.actorName, event.campaignId, event.subjectOrganisationName, event.at])
		).toEqual([
			['campaign_share_revoked', 'Owner', published.campaignId, 'Fonds Sahel', '2026-06-16T09:00:00.000Z'],
			['campaign_shared', 'Owner', published.campaignId, 'Fonds Sahel', NOW.toISOString()]
		]);
		await expect(listAuditEvents(t.db, editor, campaign.organisationId)).rejects.toMatchObject({ code: 'forbidden' });
		await expect(listAuditEvents(t.db, donorMember, campaign.organisationId)).rejects.toMatchObject({
			code: 'not_found'
		});
	});
});
