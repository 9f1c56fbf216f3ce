import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCampaignAccess } from '$lib/server/access/campaign';
import { closeCampaign, getCampaign } from '$lib/server/campaigns/service';
import { BASELINE_PROFILE, insertSyntheticResponses } from '$lib/server/demo/synthetic';
import { insertMembership } from '$lib/server/organisations/repository';
import { createOrganisation } from '$lib/server/organisations/service';
import { findCollectTarget } from '$lib/server/responses/target';
import { getCampaignResults, listCampaignsToTarget, setSampleTarget } from '$lib/server/results/service';
import { shareCampaign } from '$lib/server/sharing/service';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { createUser, createVerifiedDonor, setUpSahelInfo } from '../../../../helpers/fixtures';
import { publishCampaign, type PublishedCampaign } from '../../../../helpers/responses';

const NOW = new Date('2026-06-15T10:00:00.000Z');

describe.each(DIALECTS)('a campaign’s sample target and responses received on %s', (dialect) => {
	let t: TestDatabase;
	let published: PublishedCampaign;
	let owner: string;
	let editor: string;
	let viewer: string;
	let donorMember: string;
	let outsider: string;

	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		const { user, organisation } = await setUpSahelInfo(t.db);
		owner = user.id;
		editor = (await createUser(t.db, 'Editor')).id;
		viewer = (await createUser(t.db, 'Viewer')).id;
		for (const [userId, role] of [
			[editor, 'editor'],
			[viewer, 'viewer']
		] as const) {
			await insertMembership(t.db, { organisationId: organisation.id, userId, role, createdAt: NOW.toISOString() });
		}
		published = await publishCampaign(t.db, owner);
		for (const [wave, count, seed] of [
			['baseline', 30, 1],
			['endline', 3, 2]
		] as const) {
			const target = await findCollectTarget(t.db, published.link(wave, 'exposed').token);
			await insertSyntheticResponses(t.db, target!, {
				count,
				profile: BASELINE_PROFILE,
				seed,
				submittedOn: '2026-06-01'
			});
		}
		donorMember = (await createUser(t.db, 'Donor analyst')).id;
		const donor = await createVerifiedDonor(t.db, donorMember, 'Fonds Sahel');
		await shareCampaign(t.db, owner, published.campaignId, donor.id, NOW);
		outsider = (await createUser(t.db, 'Outsider')).id;
		await createOrganisation(t.db, outsider, { name: 'Other NGO', type: 'ngo' });
	});
	afterEach(async () => t.close());

	it('is set by an editor or owner and refused to anyone else, who changes nothing', async () => {
		expect((await getCampaign(t.db, owner, published.campaignId)).sampleTarget).toBeNull();
		expect((await setSampleTarget(t.db, editor, published.campaignId, 388, NOW)).sampleTarget).toBe(388);
		expect((await getCampaign(t.db, viewer, published.campaignId)).sampleTarget).toBe(388);

		await expect(setSampleTarget(t.db, viewer, published.campaignId, 10, NOW)).rejects.toMatchObject({
			code: 'forbidden',
			messageKey: 'errors.forbidden'
		});
		await expect(setSampleTarget(t.db, donorMember, published.campaignId, 10, NOW)).rejects.toMatchObject({
			code: 'not_found'
		});
		await expect(setSampleTarget(t.db, outsider, published.campaignId, 10, NOW)).rejects.toMatchObject({
			code: 'not_found'
		});
		expect((await getCampaign(t.db, owner, published.campaignId)).sampleTarget).toBe(388);

		await setSampleTarget(t.db, owner, published.campaignId, null, NOW);
		expect((await getCampaign(t.db, owner, published.campaignId)).sampleTarget).toBeNull();
		await closeCampaign(t.db, owner, published.campaignId, NOW);
		await expect(setSampleTarget(t.db, owner, published.campaignId, 100, NOW)).rejects.toMatchObject({
			code: 'conflict'
		});
	});

	it('is offered for the open campaigns of the organisations where the user edits', async () => {
		expect((await listCampaignsToTarget(t.db, editor)).map((campaign) => campaign.id)).toEqual([published.campaignId]);
		expect(await listCampaignsToTarget(t.db, viewer)).toEqual([]);
		expect(await listCampaignsToTarget(t.db, donorMember)).toEqual([]);
		await closeCampaign(t.db, owner, published.campaignId, NOW);
		expect(await listCampaignsToTarget(t.db, owner)).toEqual([]);
	});

	it('counts the responses received per wave and group, and tells donors no count below 5', async () => {
		await setSampleTarget(t.db, owner, published.campaignId, 200, NOW);
		const cells = (progress: { wave: string; group: string; received: number | null }[]) =>
			Object.fromEntries(progress.map((cell) => [`${cell.wave}:${cell.group}`, cell.received]));

		const member = await getCampaignResults(
			t.db,
			await getCampaignAccess(t.db, viewer, published.campaignId),
			null,
			NOW
		);
		expect(member).toMatchObject({ reader: 'member', canSetTarget: false, organisationName: 'Sahel Info' });
		expect(member.campaign.sampleTarget).toBe(200);
		expect(cells(member.progress)).toEqual({
			'baseline:exposed': 30,
			'baseline:comparison': 0,
			'endline:exposed': 3,
			'endline:comparison': 0
		});
		expect(
			(await getCampaignResults(t.db, await getCampaignAccess(t.db, editor, published.campaignId), null, NOW))
				.canSetTarget
		).toBe(true);

		const donor = await getCampaignResults(
			t.db,
			await getCampaignAccess(t.db, donorMember, published.campaignId),
			'sex',
			NOW
		);
		expect(donor).toMatchObject({ reader: 'donor', canSetTarget: false });
		expect(cells(donor.progress)).toEqual({
			'baseline:exposed': 30,
			'baseline:comparison': null,
			'endline:exposed': null,
			'endline:comparison': null
		});
		// The facts a report states, not the survey's wording, which stays the NGO's.
		expect(donor.campaign).not.toHaveProperty('signatureMessages');
		expect(donor.campaign).not.toHaveProperty('placeboMessage');
		const counts = donor.report.indicators
			.flatMap((indicator) => [
				...indicator.cells,
				...(indicator.disaggregations.sex ?? []).flatMap((level) => level.cells)
			])
			.map((cell) => cell.n);
		expect(counts.filter((n) => n !== null && n < 5)).toEqual([]);
		expect(counts).toContain(null);

		await expect(getCampaignAccess(t.db, outsider, published.campaignId)).rejects.toMatchObject({ code: 'not_found' });
	});
});
