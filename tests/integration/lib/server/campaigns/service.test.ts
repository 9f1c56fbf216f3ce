import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCampaign, getCampaign, listCampaigns, updateCampaign } from '$lib/server/campaigns/service';
import { insertMembership } from '$lib/server/organisations/repository';
import { createOrganisation } from '$lib/server/organisations/service';
import type { Role } from '$lib/server/organisations/organisation';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { campaignInput, createUser, setUpSahelInfo } from '../../../../helpers/fixtures';

describe.each(DIALECTS)('campaigns on %s', (dialect) => {
	let t: TestDatabase;
	let orgId: string;
	const as = {} as Record<Role | 'outsider', string>;

	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		const setup = await setUpSahelInfo(t.db);
		as.owner = setup.user.id;
		orgId = setup.organisation.id;
		for (const role of ['editor', 'viewer', 'enumerator'] as const) {
			as[role] = (await createUser(t.db, role)).id;
			await insertMembership(t.db, {
				organisationId: orgId,
				userId: as[role],
				role,
				createdAt: new Date().toISOString()
			});
		}
		as.outsider = (await createUser(t.db, 'outsider')).id;
		await createOrganisation(t.db, as.outsider, { name: 'Elsewhere', type: 'ngo' });
	});
	afterEach(async () => t.close());

	it('registers a draft campaign, messages given as text taking the first language', async () => {
		const campaign = await createCampaign(t.db, as.editor, campaignInput());
		expect(campaign).toMatchObject({
			organisationId: orgId,
			status: 'draft',
			countries: ['SN'],
			regions: [
				{ code: 'tamba', name: 'Tambacounda' },
				{ code: 'kolda', name: 'Kolda' }
			],
			audience: { minAge: null, maxAge: null, sex: 'all', description: '' },
			signatureMessages: [{ fr: 'La mer ne pardonne pas.' }, { fr: 'Le passeur ment.' }],
			placeboMessage: { fr: 'Le désert est doux.', en: 'The desert is gentle.' },
			comparisonGroup: true
		});
		expect(campaign.id).toMatch(/^[a-z2-7]{24}$/);
	});

	it.each(['viewer', 'enumerator'] as const)(
		'refuses registration and changes by a %s, who may still read',
		async (role) => {
			const campaign = await createCampaign(t.db, as.owner, campaignInput());
			await expect(createCampaign(t.db, as[role], campaignInput())).rejects.toMatchObject({ code: 'forbidden' });
			await expect(updateCampaign(t.db, as[role], campaign.id, { title: 'Mine now' })).rejects.toMatchObject({
				code: 'forbidden'
			});
			expect((await getCampaign(t.db, as[role], campaign.id)).title).toBe(campaign.title);
		}
	);

	it('hides a campaign from other organisations, as if it did not exist', async () => {
		const campaign = await createCampaign(t.db, as.owner, campaignInput());
		await expect(getCampaign(t.db, as.outsider, campaign.id)).rejects.toMatchObject({
			code: 'not_found',
			messageKey: 'errors.campaign_not_found'
		});
		await expect(updateCampaign(t.db, as.outsider, campaign.id, { title: 'x' })).rejects.toMatchObject({
			code: 'not_found'
		});
		expect(await listCampaigns(t.db, as.outsider, {})).toEqual([]);
		await expect(listCampaigns(t.db, as.outsider, { organisationId: orgId })).rejects.toMatchObject({
			code: 'not_found'
		});
	});

	it('asks which organisation when the user has several, and refuses donors', async () => {
		const second = await createOrganisation(t.db, as.owner, { name: 'Fonds', type: 'donor' });
		await expect(createCampaign(t.db, as.owner, campaignInput())).rejects.toMatchObject({ field: 'organisationId' });
		await expect(createCampaign(t.db, as.owner, campaignInput({ organisationId: second.id }))).rejects.toMatchObject({
			messageKey: 'errors.campaigns_ngo_only'
		});
		expect((await createCampaign(t.db, as.owner, campaignInput({ organisationId: orgId }))).organisationId).toBe(orgId);
	});

	it('changes only the fields given, and checks dates against what is stored', async () => {
		const campaign = await createCampaign(t.db, as.editor, campaignInput());
		const changed = await updateCampaign(t.db, as.editor, campaign.id, {
			title: 'Nouveau titre',
			countries: ['SN', 'GM']
		});
		expect(changed).toMatchObject({
			title: 'Nouveau titre',
			countries: ['SN', 'GM'],
			description: campaign.description,
			comparisonGroup: true
		});
		await expect(updateCampaign(t.db, as.editor, campaign.id, { endDate: '2026-01-01' })).rejects.toMatchObject({
			field: 'endDate'
		});
	});

	it('lists with search and filters', async () => {
		await createCampaign(t.db, as.owner, campaignInput({ title: 'Radio Tamba 100%' }));
		await createCampaign(
			t.db,
			as.owner,
			campaignInput({
				title: 'Théâtre à Conakry',
				description: 'Théâtre forum dans les quartiers.',
				countries: ['GN'],
				startDate: '2025-02-01',
				endDate: '2025-06-30'
			})
		);
		const titles = async (filters: Parameters<typeof listCampaigns>[2]) =>
			(await listCampaigns(t.db, as.viewer, filters)).map((c) => c.title).sort();
		expect(await titles({})).toHaveLength(2);
		expect(await titles({ q: 'radio' })).toEqual(['Radio Tamba 100%']);
		expect(await titles({ q: '100%' })).toEqual(['Radio Tamba 100%']);
		expect(await titles({ q: '_' })).toEqual([]);
		expect(await titles({ country: 'GN' })).toEqual(['Théâtre à Conakry']);
		expect(await titles({ year: 2025 })).toEqual(['Théâtre à Conakry']);
		expect(await titles({ status: 'collecting' })).toEqual([]);
		expect(await titles({ organisationId: orgId, status: 'draft' })).toHaveLength(2);
	});
});
