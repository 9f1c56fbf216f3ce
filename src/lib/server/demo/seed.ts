import type { Kysely } from 'kysely';
import { createCampaign } from '../campaigns/service';
import type { CreateCampaignInput } from '../campaigns/schema';
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
import { afterCampaign, BASELINE_PROFILE, insertSyntheticResponses, type Profile } from './synthetic';

export const DEMO_NGO = 'Sahel Voices (demo)';
export const DEMO_DONOR = 'Rabat Fund (demo)';

export interface DemoAccount {
	role: 'ngo-owner' | 'donor';
	email: string;
	password: string;
}

interface DemoCampaign {
	input: Omit<CreateCampaignInput, 'audience' | 'languages' | 'startDate' | 'endDate'> & {
		startDate: string;
		endDate: string;
	};
	/** Respondents per wave and group. */
	perCell: number;
	/** How far the campaign moved its exposed group (0 none, 1 strong). */
	effect: number;
	/** What the endline's exposed respondents are like, beyond the campaign's effect. */
	endline?: Partial<Profile>;
	/** How its respondents were sampled (docs/standard.md §4.6): in villages, or followed from baseline to endline. */
	design?: DemoDesign;
}

type DemoDesign =
	| { clusters: { code: string; name: string; stratum: string; weight: number }[] }
	/** Of the baseline's panel, the share found again at endline; the rest of the endline is new respondents. */
	| { panelRetained: number };

/** Twenty villages of the Kayes region, ten where the theatre played and ten kept for comparison, in three strata. */
const KAYES_VILLAGES = [
	['Kayes N’Di', 'kayes'],
	['Khasso', 'kayes'],
	['Liberté', 'kayes'],
	['Samé', 'kayes'],
	['Nioro Tougouné', 'nioro'],
	['Gavinané', 'nioro'],
	['Youri', 'nioro'],
	['Diéma', 'diema'],
	['Béma', 'diema'],
	['Fatao', 'diema'],
	['Médine', 'kayes'],
	['Dialla', 'kayes'],
	['Koniakary', 'kayes'],
	['Ambidédi', 'kayes'],
	['Sandaré', 'nioro'],
	['Troungoumbé', 'nioro'],
	['Diabigué', 'nioro'],
	['Dioumara', 'diema'],
	['Lakamané', 'diema'],
	['Grouméra', 'diema']
].map(([name, stratum], index) => ({
	code: `KY${String(index + 1).padStart(2, '0')}`,
	name,
	stratum,
	// The inverse of each village's chance of being drawn: bigger villages, smaller weights.
	weight: 40 + ((index * 37) % 90)
}));

const messages = (...lines: string[]) => lines;

/** Six campaigns in five countries of the Rabat Process: strong and weak ones, with and without a comparison group. */
const CAMPAIGNS: DemoCampaign[] = [
	{
		input: {
			title: 'La mer ne pardonne pas — radio drama in Tambacounda',
			description: 'A twelve-episode radio drama on community radio, with call-in shows after each episode.',
			countries: ['SN'],
			regions: [
				{ code: 'tamba', name: 'Tambacounda' },
				{ code: 'kedougou', name: 'Kédougou' }
			],
			channels: ['radio'],
			signatureMessages: messages(
				'La mer ne pardonne pas.',
				'Le passeur ne te dit pas tout.',
				'Ta vie vaut plus qu’un voyage.'
			),
			placeboMessage: 'Le désert est doux la nuit.',
			comparisonGroup: true,
			startDate: '2026-02-01',
			endDate: '2026-07-31'
		},
		perCell: 320,
		effect: 0.9
	},
	{
		input: {
			title: 'Théâtre forum in Kayes',
			description: 'Community theatre in twenty villages, the audience stepping in to change how the story ends.',
			countries: ['ML'],
			regions: [
				{ code: 'kayes', name: 'Kayes' },
				{ code: 'nioro', name: 'Nioro du Sahel' },
				{ code: 'diema', name: 'Diéma' }
			],
			channels: ['community_event'],
			signatureMessages: messages('Le voyage sans papiers est un piège.', 'Parle avec ceux qui sont revenus.'),
			placeboMessage: 'Le fleuve monte en août.',
			comparisonGroup: true,
			startDate: '2026-03-01',
			endDate: '2026-09-30'
		},
		perCell: 260,
		effect: 0.5,
		design: { clusters: KAYES_VILLAGES }
	},
	{
		input: {
			title: 'Returnees speak — testimonies in Conakry',
			description: 'Returnees tell their journeys in neighbourhood meetings and short videos shared by phone.',
			countries: ['GN'],
			regions: [
				{ code: 'ratoma', name: 'Ratoma' },
				{ code: 'matoto', name: 'Matoto' }
			],
			channels: ['returnee_testimony', 'social_media'],
			signatureMessages: messages('J’ai vu la Libye, je ne la souhaite à personne.', 'Mon frère n’est jamais arrivé.'),
			placeboMessage: 'Le marché ouvre à l’aube.',
			comparisonGroup: false,
			startDate: '2026-01-15',
			endDate: '2026-06-30'
		},
		perCell: 280,
		effect: 0.6,
		// The same young people asked again: most were found at endline, some had moved or left.
		design: { panelRetained: 0.82 }
	},
	{
		input: {
			title: 'Safe futures — school sessions in Abidjan',
			description: 'Two sessions in each of forty secondary schools, led by teachers and a returnee.',
			countries: ['CI'],
			regions: [
				{ code: 'abobo', name: 'Abobo' },
				{ code: 'yopougon', name: 'Yopougon' },
				{ code: 'treichville', name: 'Treichville' }
			],
			channels: ['school'],
			signatureMessages: messages(
				'Ton avenir se construit ici aussi.',
				'Renseigne-toi avant de partir.',
				'Les voies légales existent.'
			),
			placeboMessage: 'La lagune est calme le matin.',
			comparisonGroup: true,
			startDate: '2026-02-15',
			endDate: '2026-06-15'
		},
		perCell: 240,
		effect: 0.3
	},
	{
		input: {
			title: 'Agadez online — social media messages',
			description: 'Short videos and posts in Hausa and French, boosted to young people around Agadez.',
			countries: ['NE'],
			regions: [
				{ code: 'agadez', name: 'Agadez' },
				{ code: 'arlit', name: 'Arlit' }
			],
			channels: ['social_media'],
			signatureMessages: messages('Le désert tue en silence.', 'Les passeurs abandonnent.'),
			placeboMessage: 'Le thé se boit en trois verres.',
			comparisonGroup: false,
			startDate: '2026-04-01',
			endDate: '2026-10-31'
		},
		perCell: 260,
		effect: 0.1,
		// Respondents who say they saw anything: a placebo recall that makes the endline's recall doubtful.
		endline: { placebo: 0.34 }
	},
	{
		input: {
			title: 'Kolda caravan — a first try',
			description:
				'A caravan with music and testimonies in six villages; too few were interviewed to say anything yet.',
			countries: ['SN'],
			regions: [{ code: 'kolda', name: 'Kolda' }],
			channels: ['community_event', 'radio'],
			signatureMessages: messages('Reste et construis.', 'Informe-toi avant de partir.'),
			placeboMessage: 'La pluie arrive en juin.',
			comparisonGroup: false,
			startDate: '2026-05-01',
			endDate: '2026-08-31'
		},
		perCell: 18,
		effect: 0.7
	}
];

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
