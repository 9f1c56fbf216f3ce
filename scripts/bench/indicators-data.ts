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

/** Each campaign's collection links by cell (`wave group`), and its regions. */
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
		const campaign = await createCampaign(db, user.id, {
			title: `Campaign ${c + 1}`,
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
		const { links } = await publishSurvey(db, user.id, campaign.id);
		const effect = (c % 10) / 9;
		for (const [i, [wave, group]] of CELLS.entries()) {
			const link = links.find((candidate) => candidate.wave === wave && candidate.group === group)!;
			const target = (await findCollectTarget(db, link.token))!;
			const profile =
				wave === 'endline' && group === 'exposed' ? afterCampaign(BASELINE_PROFILE, effect) : BASELINE_PROFILE;
			await insertSyntheticResponses(db, target, {
				count: sizes[c] / 4,
				profile,
				seed: c * 10 + i + 1,
				submittedOn: wave === 'baseline' ? '2026-02-01' : '2026-11-01'
			});
		}
		campaignIds.push(campaign.id);
		const tokens = new Map(links.map((link) => [`${link.wave} ${link.group}`, link.token]));
		answerLinks.set(campaign.id, { tokens, regions: campaign.regions.map((region) => region.code) });
		if ((c + 1) % 10 === 0 || c + 1 === campaigns)
			process.stderr.write(`  seeded ${c + 1} of ${campaigns} campaigns\n`);
	}
	return { ownerId: user.id, campaignIds, links: answerLinks };
}

let sent = 0;

/**
 * One more response to each of these campaigns' cells (`wave group`), sent as a respondent sends it: what the
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
