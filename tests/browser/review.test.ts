import { translate } from '$lib/i18n/translate';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { browserAvailable } from '../helpers/browser';
import { makeReviewCampaign, type ReviewCampaign } from '../helpers/review-campaign';
import {
	en,
	expectPath,
	expectText,
	newContext,
	seriousAxeViolations,
	submitAndWait,
	useSuite,
	visit
} from './support';

const enabled = browserAvailable();

/** What the results page says was received in one wave and group: the n every indicator there counts. */
const receivedIn = (page: Page, wave: string, group: string) =>
	page.locator(`li[data-wave="${wave}"][data-group="${group}"] .progress-count`);
const responses = (count: number) => en['results.received'].replace('{received}', String(count));
const filters = (page: Page) => page.getByRole('form', { name: en['review.filters'] });
const tableRows = (page: Page) => page.locator('.responses-table tbody tr');

describe.skipIf(!enabled)('reviewing a campaign’s responses', () => {
	const suite = useSuite();
	let team: ReviewCampaign;
	const session = (client: ReviewCampaign['owner']) => client.cookie('mesure_session')!;

	beforeAll(async () => {
		team = await makeReviewCampaign(suite().url);
	}, 120_000);

	test(
		'a monitoring officer rejects the quick responses of one link, and the results count them no more',
		{ timeout: 120_000 },
		async () => {
			const context = await newContext(suite(), session(team.owner), {
				bypassCSP: true,
				viewport: { width: 1280, height: 900 }
			});
			try {
				const page = await context.newPage();
				const { campaignId } = team;
				await visit(page, `${suite().url}/campaigns/${campaignId}/results`);
				await expectText(receivedIn(page, 'baseline', 'exposed'), responses(6));

				await visit(page, `${suite().url}/campaigns/${campaignId}`);
				await page.getByRole('link', { name: en['review.link'], exact: true }).click();
				await expectPath(page, `/campaigns/${campaignId}/responses`);
				await expect.poll(() => tableRows(page).count()).toBe(10);
				expect(await seriousAxeViolations(page)).toEqual([]);

				await filters(page).getByLabel(en['review.column.link']).selectOption({ label: 'Baseline · Exposed group' });
				await filters(page).getByLabel(en['review.filter_flag']).selectOption({ label: en['review.flag.quick'] });
				await page.getByRole('button', { name: en['review.filter_submit'] }).click();
				await expect.poll(() => new URL(page.url()).searchParams.get('flag')).toBe('quick');
				expect(new URL(page.url()).searchParams.get('link')).toBe(team.self.id);
				await expect.poll(() => tableRows(page).count()).toBe(3);
				expect(await page.locator('.responses-table').getByText(en['review.flag.quick']).count()).toBe(3);

				await page.getByLabel(en['review.bulk_state']).selectOption('rejected');
				const counted = await submitAndWait(page, page.getByRole('button', { name: en['review.bulk_preview'] }));
				expect(counted.type).toBe('success');
				await expectText(
					page.getByRole('heading', { level: 3 }),
					en['review.bulk_will.rejected'].replace('{count}', '3')
				);
				expect(await seriousAxeViolations(page)).toEqual([]);

				await page.getByLabel(en['review.comment']).fill('Under two minutes: the questions cannot have been read.');
				const confirm = translate(en, 'review.bulk_confirm.rejected', { count: '3' });
				const done = await submitAndWait(page, page.getByRole('button', { name: confirm }));
				expect(done.type).toBe('success');
				await expectText(page.getByRole('status').first(), en['review.bulk_done.rejected'].replace('{count}', '3'));
				await expect
					.poll(() => page.locator('.responses-table').getByText(en['review.state.rejected']).count())
					.toBe(3);

				await visit(page, `${suite().url}/campaigns/${campaignId}/results`);
				await expectText(receivedIn(page, 'baseline', 'exposed'), responses(3));
				await expectText(receivedIn(page, 'endline', 'exposed'), responses(2));

				await visit(page, `${suite().url}/campaigns/${campaignId}/responses`);
				await filters(page).getByLabel(en['review.column.state']).selectOption({ label: en['review.state.rejected'] });
				await page.getByRole('button', { name: en['review.filter_submit'] }).click();
				await expect.poll(() => new URL(page.url()).searchParams.get('state')).toBe('rejected');
				await expect.poll(() => tableRows(page).count()).toBe(3);

				await tableRows(page).first().getByRole('link').click();
				await expectPath(page, /\/responses\/[a-z2-7]{24}$/);
				await expectText(page.getByRole('rowheader', { name: 'What is your sex?' }), 'What is your sex?');
				expect(await page.getByRole('cell', { name: /^Female stored as D1 = female$/ }).count()).toBe(1);
				expect(await page.getByText('Under two minutes: the questions cannot have been read.').count()).toBe(1);
				expect(await seriousAxeViolations(page)).toEqual([]);
			} finally {
				await context.close();
			}
		}
	);

	test(
		'an editor corrects an answer and sees it in the history, the rules’ problems first',
		{ timeout: 60_000 },
		async () => {
			const context = await newContext(suite(), session(team.editor), { bypassCSP: true });
			try {
				const page = await context.newPage();
				await visit(page, `${suite().url}/campaigns/${team.campaignId}/responses`);
				await tableRows(page).nth(1).getByRole('link').click();
				await expectPath(page, /\/responses\/[a-z2-7]{24}$/);
				const question = page.getByLabel(en['review.question']);
				await question.selectOption('D1');
				await expect.poll(() => page.getByText('male = Male', { exact: false }).count()).toBeGreaterThan(0);
				await page.getByLabel(en['review.new_value']).fill('unknown');
				await page.getByLabel(en['review.correct_comment']).fill('The paper form says male.');
				const refused = await submitAndWait(page, page.getByRole('button', { name: en['review.correct_submit'] }));
				expect(refused).toMatchObject({ type: 'failure', status: 422 });
				expect(await page.getByRole('alert').filter({ hasText: 'D1' }).count()).toBe(1);

				await page.getByLabel(en['review.new_value']).fill('male');
				const saved = await submitAndWait(page, page.getByRole('button', { name: en['review.correct_submit'] }));
				expect(saved.type).toBe('success');
				const history = page.locator('section[aria-labelledby="history-heading"]');
				await expectText(history.locator('li li'), 'What is your sex? (D1): Female → Male');
				expect(await seriousAxeViolations(page)).toEqual([]);
			} finally {
				await context.close();
			}
		}
	);

	test('on a phone, the responses come as cards that fit the screen', { timeout: 60_000 }, async () => {
		const context = await newContext(suite(), session(team.viewer), {
			bypassCSP: true,
			viewport: { width: 360, height: 740 }
		});
		try {
			const page = await context.newPage();
			await visit(page, `${suite().url}/campaigns/${team.campaignId}/responses`);
			expect(await page.locator('.responses-table').isVisible()).toBe(false);
			expect(await page.locator('.response-card').count()).toBe(10);
			expect(await page.locator('.response-card').first().isVisible()).toBe(true);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
			expect(await page.getByRole('button', { name: en['review.bulk_preview'] }).count()).toBe(0);
			expect(await seriousAxeViolations(page)).toEqual([]);

			await page.locator('.response-card').first().getByRole('link').click();
			await expectPath(page, /\/responses\/[a-z2-7]{24}$/);
			await expectText(page.getByRole('rowheader', { name: 'What is your sex?' }), 'What is your sex?');
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
			expect(await page.getByRole('button', { name: en['review.review_submit'] }).count()).toBe(0);
			expect(await seriousAxeViolations(page)).toEqual([]);
		} finally {
			await context.close();
		}
	});
});
