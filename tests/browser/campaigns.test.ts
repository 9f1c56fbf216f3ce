import { describe, expect, test } from 'vitest';
import { browserAvailable } from '../helpers/browser';
import {
	createAccount,
	en,
	expectPath,
	expectText,
	newContext,
	person,
	seriousAxeViolations,
	useSuite,
	submitAndWait,
	textOf,
	visit
} from './support';

const enabled = browserAvailable();

describe.skipIf(!enabled)('registering a campaign and publishing its survey', () => {
	const suite = useSuite(person('Admin'));

	// Page after page in a real browser: 15 s on a loaded machine (a full run of tests/browser beside other suites);
	// the limit is there for a test that hangs, not for a slow one.
	test(
		'an NGO owner registers a campaign on a phone, fixes a mistake, publishes, and prints an Arabic flyer',
		{ timeout: 90_000 },
		async () => {
			const owner = person('Mariama Bah', 'Sahel Info');
			const context = await newContext(suite(), await createAccount(suite().url, owner), {
				bypassCSP: true,
				viewport: { width: 360, height: 740 }
			});
			try {
				const page = await context.newPage();
				await visit(page, `${suite().url}/`);
				await page.getByRole('link', { name: en['nav.campaigns'] }).click();
				await expectPath(page, '/campaigns');
				await page.getByRole('link', { name: en['campaigns.new'] }).click();
				await expectPath(page, '/campaigns/new');
				expect(await seriousAxeViolations(page)).toEqual([]);

				await page.getByLabel(en['campaign.title']).fill('Partir sans papiers ? Parlons-en');
				await page.getByLabel(en['campaign.countries']).selectOption(['SN', 'GM']);
				await page.getByLabel(/^Regions/).fill('Tambacounda\nkolda = Kolda');
				await page.getByLabel(en['channel.radio']).check();
				await page.getByLabel('English').uncheck();
				await page.getByLabel('العربية').check();
				await page.getByLabel(en['campaign.messages_language']).selectOption('ar');
				await page.getByLabel(en['campaign.start_date']).fill('2026-03-01');
				await page.getByLabel(en['campaign.end_date']).fill('2026-09-30');
				await page.getByLabel('Message 1').fill('البحر لا يرحم');
				await page.getByLabel(en['campaign.placebo_message']).fill('الصحراء لطيفة');
				const submit = page.getByRole('button', { name: en['campaigns.create_submit'] });
				expect(await submitAndWait(page, submit)).toEqual({ type: 'failure', status: 400 });
				await expectText(page.getByRole('alert'), en['errors.signature_messages_count']);
				expect(await page.getByLabel(en['campaign.title']).inputValue()).toBe('Partir sans papiers ? Parlons-en');

				await page.getByLabel('Message 2').fill('المهرب يكذب');
				expect(await submitAndWait(page, submit)).toMatchObject({ type: 'redirect' });
				await expectPath(page, /^\/campaigns\/[a-z2-7]{24}$/);
				expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe('Partir sans papiers ? Parlons-en');
				expect(await seriousAxeViolations(page)).toEqual([]);
				expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

				expect(await submitAndWait(page, page.getByRole('button', { name: /^Publish version 1$/ }))).toMatchObject({
					type: 'success'
				});
				await expectText(
					page.getByRole('status').filter({ hasText: 'published' }),
					en['survey.published_now'].replace('{version}', '1')
				);
				await expectText(page.getByRole('heading', { name: en['links.title'] }), en['links.title']);
				expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

				await page.getByRole('link', { name: en['links.qr_and_flyer'] }).first().click();
				await page.locator('figure.qr svg').waitFor();
				expect(await page.getByLabel(en['links.address']).inputValue()).toMatch(
					new RegExp(`^${suite().url}/s/[a-z2-7]{32}$`)
				);
				await page.getByRole('link', { name: 'العربية' }).click();
				const flyer = page.locator('article.flyer');
				await flyer.waitFor();
				expect(await flyer.getAttribute('dir')).toBe('rtl');
				expect(await textOf(flyer.locator('.flyer-heading'))).toBe('شارك برأيك');
			} finally {
				await context.close();
			}
		}
	);
});
