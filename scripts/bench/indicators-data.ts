// The synthetic campaigns bench:indicators reads, and the responses it sends to make their reports out of date.
import type { Kysely } from 'kysely';
import { createCampaign } from '../../src/lib/server/campaigns/service';
import type { Database } from '../../src/lib/server/db/schema';
import {
	afterCampaign,
	BASELINE_PROFILE,
	drawAnswers,
	insertSyntheticResponses,
	seededRandom
} from '../../src/lib/server/demo/synthetic';
import { findCollectTarget } from '../../src/lib/server/responses/target';
import { publishSurvey } from '../../src/lib/server/surveys/service';
import { setUpAdministrator } from '../../src/lib/server/accounts/set-up';
import { issueSetupCode } from '../../src/lib/server/users/setup-code';
import { BenchError } from './app.js';

const CELLS = [
	['baseline', 'exposed'],
	['endline', 'exposed'],
	['baseline', 'comparison'],
	['endline', 'comparison']
] as const;

/**
 * Each campaign's collection links by cell (`wave group`), and its regions; for a campaign in clusters, the link
 * of the cluster each cell's new responses are sent through.
 */
export type AnswerLinks = Map<string, { tokens: Map<string, string>; regions: string[] }>;

/**
 * Campaigns of `sizes` responses each (a multiple of 4), a quarter in each wave × group, with effects from none
 * to strong, so that the pool has something to weigh.
 */
export async function seed(
	db: Kysely<Database>,
	sizes: readonly number[]
): Promise<{ ownerId: string; campaignIds: string[]; links: AnswerLinks }> {
	const campaigns = sizes.length;
	const setupCode = (await issueSetupCode(db))!;
	const { user } = await setUpAdministrator(db, {
		name: 'Bench',
		email: 'bench@example.org',
		password: 'a long enough password',
		organisationName: 'Bench NGO',
		organisationType: 'ngo',
		setupCode
	});
	const campaignIds: string[] = [];
	const answerLinks: AnswerLinks = new Map();
	for (let c = 0; c < campaigns; c++) {
		const { campaignId, links } = await seedCampaign(db, user.id, c, sizes[c], `Campaign ${c + 1}`);
		campaignIds.push(campaignId);
		answerLinks.set(campaignId, links);
		if ((c + 1) % 10 === 0 || c + 1 === campaigns)
			process.stderr.write(`  seeded ${c + 1} of ${campaigns} campaigns\n`);
	}
	return { ownerId: user.id, campaignIds, links: answerLinks };
}

/**
 * Another campaign with the same answers as the `c`-th campaign `seed` made (the same effect and random seeds), of
 * `size` responses: what that campaign would read if it had been sampled otherwise.
 */
export async function seedTwin(
	db: Kysely<Database>,
	ownerId: string,
	c: number,
	size: number,
	links: AnswerLinks
): Promise<string> {
	const twin = await seedCampaign(db, ownerId, c, size, `Campaign ${c + 1} (twin)`);
	links.set(twin.campaignId, twin.links);
	return twin.campaignId;
}

async function seedCampaign(
	db: Kysely<Database>,
	userId: string,
	c: number,
	size: number,
	title: string
): Promise<{ campaignId: string; links: { tokens: Map<string, string>; regions: string[] } }> {
	const campaign = await createCampaign(db, userId, {
		title,
		description: '',
		countries: [['SN', 'ML', 'GN', 'CI', 'NE'][c % 5]],
		regions: [
			{ code: 'north', name: 'North' },
			{ code: 'south', name: 'South' },
			{ code: 'capital', name: 'Capital' }
		],
		channels: ['radio'],
		audience: { minAge: 15, maxAge: null, sex: 'all', description: '' },
		languages: ['fr'],
		startDate: '2026-01-01',
		endDate: '2026-12-31',
		signatureMessages: ['La mer ne pardonne pas.', 'Le passeur ment.', 'Ta vie vaut plus.'],
		placeboMessage: 'Le désert est doux.',
		comparisonGroup: true
	});
	const { links } = await publishSurvey(db, userId, campaign.id);
	const effect = (c % 10) / 9;
	for (const [i, [wave, group]] of CELLS.entries()) {
		const link = links.find((candidate) => candidate.wave === wave && candidate.group === group)!;
		const target = (await findCollectTarget(db, link.token))!;
		const profile =
			wave === 'endline' && group === 'exposed' ? afterCampaign(BASELINE_PROFILE, effect) : BASELINE_PROFILE;
		await insertSyntheticResponses(db, target, {
			count: size / 4,
			profile,
			seed: c * 10 + i + 1,
			submittedOn: wave === 'baseline' ? '2026-02-01' : '2026-11-01'
		});
	}
	const tokens = new Map(links.map((link) => [`${link.wave} ${link.group}`, link.token]));
	return { campaignId: campaign.id, links: { tokens, regions: campaign.regions.map((region) => region.code) } };
}

let sent = 0;

/**
 * One more response to each of these campaigns' cells (`wave group`), sent as a respondent sends it (in a campaign
 * in clusters, through the link made for one of the cell's clusters, as a village's flyer leads there): what the
 * app kept of those cells is out of date.
 */
export async function answerOnce(
	appUrl: string,
	links: AnswerLinks,
	campaignIds: readonly string[],
	cells: readonly string[]
): Promise<void> {
	for (const campaignId of campaignIds) {
		const link = links.get(campaignId)!;
		for (const cell of cells) {
			const answers = drawAnswers(seededRandom(++sent), BASELINE_PROFILE, link.regions, 3);
			const response = await fetch(`${appUrl}/api/v1/collect/${link.tokens.get(cell)}/responses`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', origin: appUrl },
				body: JSON.stringify({ clientId: `bench-answer-${sent}`, language: 'fr', answers })
			});
			if (response.status !== 201)
				throw new BenchError(`a response to ${campaignId} answered ${response.status}: ${await response.text()}`);
		}
	}
}
