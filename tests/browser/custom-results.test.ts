import { translate } from '$lib/i18n/translate';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { createCampaign } from '$lib/server/campaigns/service';
import { connectDatabase } from '$lib/server/db/connect';
import { BASELINE_PROFILE, insertSyntheticResponses } from '$lib/server/demo/synthetic';
import { findCollectTarget } from '$lib/server/responses/target';
import { shareCampaign } from '$lib/server/sharing/service';
import { addCustomQuestions, publishSurvey } from '$lib/server/surveys/service';
import { browserAvailable } from '../helpers/browser';
import { customQuestion, writeCustomAnswers } from '../helpers/custom-answers';
import { createUser, createVerifiedDonor, FIXTURE_PASSWORD } from '../helpers/fixtures';
import { publishableCampaignInput } from '../helpers/responses';
import { en, newContext, person, seriousAxeViolations, signInOverHttp, useSuite, visit } from './support';

const enabled = browserAvailable();
const owner = person('Owner');

/** A campaign with its own questions and answers to them, written in the server's database; its id and a donor's session. */
async function makeCampaign(url: string, databasePath: string): Promise<{ id: string; donor: string }> {
	const db = connectDatabase({ dialect: 'sqlite', path: databasePath });
	try {
		const ownerId = (
			await db.selectFrom('users').select('id').where('email', '=', owner.email).executeTakeFirstOrThrow()
		).id;
		const campaign = await createCampaign(db, ownerId, publishableCampaignInput());
		await addCustomQuestions(db, ownerId, campaign.id, [
			customQuestion('heard', 'yes_no'),
			customQuestion('channel', 'single', ['radio', 'tv', 'friends']),
			customQuestion('trust', 'scale_5'),
			customQuestion('comment', 'text')
		]);
		const { links } = await publishSurvey(db, ownerId, campaign.id);
		for (const [wave, seed] of [
			['baseline', 1],
			['endline', 2]
		] as const) {
			const link = links.find((candidate) => candidate.wave === wave && candidate.group === 'exposed')!;
			const target = await findCollectTarget(db, link.token);
			// A fifth answer in under two minutes: the data-quality section has something to say.
			const profile = { ...BASELINE_PROFILE, quick: 0.2 };
			await insertSyntheticResponses(db, target!, { count: 40, profile, seed, submittedOn: '2026-06-01' });
			await writeCustomAnswers(db, campaign.id, wave, 'exposed', (i) => ({
				heard: i < (wave === 'baseline' ? 12 : 25) ? 'yes' : 'no',
				channel: i < 3 ? 'radio' : i < 20 ? 'tv' : 'friends',
				trust: 1 + (i % (wave === 'baseline' ? 3 : 5)),
				...(i < 3 ? { comment: `${wave} comment ${i}` } : {})
			}));
		}
		const donorUser = await createUser(db, 'Donor');
		const donor = await createVerifiedDonor(db, donorUser.id, 'Fonds Sahel');
		await shareCampaign(db, ownerId, campaign.id, donor.id);
		return {
			id: campaign.id,
			donor: await signInOverHttp(url, { email: donorUser.email, password: FIXTURE_PASSWORD })
		};
	} finally {
		await db.destroy();
	}
}

async function readQuestions(page: Page) {
	await page.waitForFunction(() =>
		[...document.querySelectorAll('section[data-question] canvas')].every((canvas) =>
			canvas.hasAttribute('data-points')
		)
	);
	return page.locator('section.custom-question').evaluateAll((sections) =>
		sections.map((section) => ({
			code: section.getAttribute('data-question'),
			points: section.querySelector('canvas')?.getAttribute('data-points') ?? null,
			counts: [...section.querySelectorAll('td[data-answer-count]')].map((cell) =>
				cell.getAttribute('data-answer-count')
			)
		}))
	);
}

describe.skipIf(!enabled)('the results of a campaign’s own questions', () => {
	const suite = useSuite(owner);

	test('its owner reads each question’s chart and numbers, its text answers, and flags that lead to the responses; a donor reads none of them', async () => {
		const { id, donor } = await makeCampaign(suite().url, suite().server.databasePath!);
		const ownerSession = await signInOverHttp(suite().url, owner);
		const context = await newContext(suite(), ownerSession, { bypassCSP: true, viewport: { width: 390, height: 844 } });
		try {
			const page = await context.newPage();
			await visit(page, `${suite().url}/campaigns/${id}/results`);
			expect(await page.getByRole('heading', { name: en['custom.title'], level: 2 }).count()).toBe(1);
			expect(await page.getByText(en['custom.intro']).count()).toBe(1);
			const questions = await readQuestions(page);
			// Two answers of a yes/no and three of a single choice in two waves; a mean in two waves.
			expect(questions.map(({ code, points }) => [code, points])).toEqual([
				['heard', '4'],
				['channel', '6'],
				['trust', '2']
			]);
			expect(questions[1].counts).toEqual(['3', '3', '17', '17', '20', '20']);
			const texts = page.locator('section.text-question[data-question="comment"]');
			expect(await texts.textContent()).toContain(translate(en, 'custom.texts_count', { total: '6', shown: '6' }));
			await texts.locator('summary').click();
			expect(await texts.locator('li').count()).toBe(6);
			const quick = page.locator('.data-quality li[data-flag="quick_responses"] a');
			expect(await quick.count()).toBeGreaterThan(0);
			for (const link of await quick.all())
				expect(await link.getAttribute('href')).toMatch(
					new RegExp(`^/campaigns/${id}/responses\\?wave=(baseline|endline)&group=exposed&flag=quick$`)
				);
			expect(await seriousAxeViolations(page)).toEqual([]);
		} finally {
			await context.close();
		}

		const donorContext = await newContext(suite(), donor, { bypassCSP: true });
		try {
			const page = await donorContext.newPage();
			await visit(page, `${suite().url}/campaigns/${id}/results`);
			expect(await readQuestions(page)).toEqual([]);
			expect(await page.getByRole('heading', { name: en['custom.title'], level: 2 }).count()).toBe(0);
			expect(await page.locator('section.text-answers').count()).toBe(0);
			expect(await page.getByText('comment 0').count()).toBe(0);
			expect(await page.locator('.data-quality a').count()).toBe(0);
			expect(await seriousAxeViolations(page)).toEqual([]);
		} finally {
			await donorContext.close();
		}
	}, 90_000);
});
