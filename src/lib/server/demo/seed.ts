import type { Kysely } from 'kysely';
import { createCampaign } from '../campaigns/service';
import { generateSecret } from '../crypto';
import type { Database, Group, Wave } from '../db/schema';
import { getCampaignAccess } from '../access/campaign';
import { listClusters } from '../design/repository';
import { updateDesign } from '../design/service';
import { DomainError } from '../errors';
import { addUserToOrganisation } from '../operators/service';
import { findOrganisationByName } from '../organisations/repository';
import { verifyDonorByName } from '../organisations/verification';
import { findCollectTarget } from '../responses/target';
import { shareCampaign } from '../sharing/service';
import { publishSurvey } from '../surveys/service';
import { afterCampaign, BASELINE_PROFILE, insertSyntheticResponses } from './synthetic';
import { CAMPAIGNS, type DemoDesign } from './campaigns';

export const DEMO_NGO = 'Sahel Voices (demo)';
export const DEMO_DONOR = 'Rabat Fund (demo)';

export interface DemoAccount {
	role: 'ngo-owner' | 'donor';
	email: string;
	password: string;
}

/**
 * A demo NGO and a donor, and six campaigns with synthetic baseline and endline answers, every one shared with
 * the donor, so that every report and the comparison have something true to show. Refused when the demo is
 * already there. Synthetic answers only: never in a campaign of real respondents.
 */
export async function seedDemo(
	db: Kysely<Database>,
	now = new Date()
): Promise<{ accounts: DemoAccount[]; campaignIds: string[] }> {
	if (await findOrganisationByName(db, DEMO_NGO)) throw new DomainError('conflict', 'errors.demo_exists');
	// Someone else's organisation of that name is never joined, let alone verified, by the demo.
	if (await findOrganisationByName(db, DEMO_DONOR))
		throw new DomainError('conflict', 'errors.demo_name_taken', { params: { name: DEMO_DONOR } });
	const accounts: DemoAccount[] = [
		{ role: 'ngo-owner', email: 'ngo-owner@demo.example.org', password: generateSecret() },
		{ role: 'donor', email: 'donor@demo.example.org', password: generateSecret() }
	];
	const { user: owner } = await addUserToOrganisation(
		db,
		{
			email: accounts[0].email,
			password: accounts[0].password,
			name: 'Awa Diallo',
			isAdmin: false,
			organisationName: DEMO_NGO,
			organisationType: 'ngo',
			role: 'owner'
		},
		now
	);
	const { organisation: donor } = await addUserToOrganisation(
		db,
		{
			email: accounts[1].email,
			password: accounts[1].password,
			name: 'Jean Moreau',
			isAdmin: false,
			organisationName: DEMO_DONOR,
			organisationType: 'donor',
			role: 'owner'
		},
		now
	);
	// The demo's donor is the instance's own: verified, so that the demo's campaigns can be shared with it.
	await verifyDonorByName(db, donor.name, now);
	const campaignIds: string[] = [];
	for (const [c, demo] of CAMPAIGNS.entries()) {
		const campaign = await createCampaign(
			db,
			owner.id,
			{ ...demo.input, audience: { minAge: 15, maxAge: 35, sex: 'all', description: '' }, languages: ['fr'] },
			now
		);
		const { links } = await publishSurvey(db, owner.id, campaign.id, now);
		const clusterIds = await declareDesign(db, owner.id, campaign.id, demo.design);
		for (const link of links) {
			if (link.wave === 'followup') continue;
			const target = (await findCollectTarget(db, link.token))!;
			const exposedAfter = link.wave === 'endline' && link.group === 'exposed';
			const profile = exposedAfter
				? { ...afterCampaign(BASELINE_PROFILE, demo.effect), ...demo.endline }
				: BASELINE_PROFILE;
			const submittedOn = link.wave === 'baseline' ? demo.input.startDate : demo.input.endDate;
			await insertSyntheticResponses(db, target, {
				count: demo.perCell,
				profile,
				seed: 1000 + c * 10 + links.indexOf(link),
				submittedOn,
				design: {
					clusterIds: clusterIds?.[link.group],
					panelCode:
						demo.design && 'panelRetained' in demo.design
							? panelCodes(link.wave, demo.perCell, demo.design.panelRetained)
							: undefined
				}
			});
		}
		await shareCampaign(db, owner.id, campaign.id, donor.id, now);
		campaignIds.push(campaign.id);
	}
	return { accounts, campaignIds };
}

/** Declares the demo campaign's design as its owner would; for clusters, the ids of each group's half of them. */
async function declareDesign(
	db: Kysely<Database>,
	ownerId: string,
	campaignId: string,
	design: DemoDesign | undefined
): Promise<Record<Group, string[]> | undefined> {
	if (!design) return undefined;
	const access = await getCampaignAccess(db, ownerId, campaignId);
	const clusters = 'clusters' in design ? design.clusters : [];
	const saved = await updateDesign(db, access, ownerId, {
		clusters: clusters.map((cluster, index) => ({ line: index + 1, ...cluster })),
		panel: 'panelRetained' in design
	});
	if (!saved.ok) throw new Error(`the demo's design was refused: ${JSON.stringify(saved.problems)}`);
	const ids = (await listClusters(db, campaignId)).map((cluster) => cluster.id);
	const half = Math.ceil(ids.length / 2);
	return { exposed: ids.slice(0, half), comparison: ids.slice(half) };
}

/** The i-th respondent's panel code: at endline the baseline's first ones again, then new respondents. */
function panelCodes(wave: Wave, perCell: number, retained: number): (index: number) => string {
	const found = Math.round(perCell * retained);
	return (index) =>
		`P${String(wave === 'baseline' || index < found ? index + 1 : perCell + index + 1).padStart(4, '0')}`;
}
