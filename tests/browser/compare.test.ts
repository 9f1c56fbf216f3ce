import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { browserAvailable } from '../helpers/browser';
import { HttpClient } from '../helpers/http';
import { en, expectPath, newContext, person, seriousAxeViolations, signInOverHttp, useSuite, visit } from './support';

const enabled = browserAvailable();

describe.skipIf(!enabled)('the donors’ comparison page', () => {
	const admin = person('Admin');
	const suite = useSuite(admin);

	/** The demo made from the administration page, as on an empty instance; the donor's session. */
	async function seedDemoAsDonor(): Promise<string> {
		const client = new HttpClient(suite().url);
		expect((await client.post('/signin', { email: admin.email, password: admin.password })).status).toBe(303);
		const page = await (await client.post('/admin?/demo', {})).text();
		const [, password] = /<td>donor@demo\.example\.org<\/td><td><code>([a-z2-7]+)<\/code>/.exec(page) ?? [];
		expect(password).toBeTruthy();
		return signInOverHttp(suite().url, { email: 'donor@demo.example.org', password });
	}

	// Page after page in a real browser: 18 s on a loaded machine (a full run of tests/browser beside other suites);
	// the limit is there for a test that hangs, not for a slow one.
	test(
		'a donor filters to two countries: the forest plot, the table, the CSV and the small multiples agree',
		{ timeout: 90_000 },
		async () => {
			const session = await seedDemoAsDonor();
			const context = await newContext(suite(), session, {
				bypassCSP: true,
				viewport: { width: 1280, height: 900 },
				acceptDownloads: true
			});
			try {
				const page = await context.newPage();
				await visit(page, `${suite().url}/`);
				await page
					.getByRole('navigation', { name: en['nav.main'] })
					.getByRole('link', { name: en['nav.compare'] })
					.click();
				await expectPath(page, '/compare');
				const forest = page.getByRole('region', { name: /Knows the risks: the change of each campaign/ });
				await expect.poll(() => forest.locator('canvas').getAttribute('data-points')).toBe('6');

				await page.getByRole('checkbox', { name: 'Senegal' }).check();
				await page.getByRole('checkbox', { name: 'Mali' }).check();
				await page.getByRole('button', { name: en['compare.apply'] }).click();
				await expect
					.poll(() => new URL(page.url()).search)
					.toBe('?country=ML&country=SN&channel=&year=&organisation=&indicator=KNW1&sort=effect');

				// Two campaigns with a change (the third in these countries has too few answers), and the pool.
				await expect.poll(() => forest.locator('canvas').getAttribute('data-points')).toBe('3');
				const table = page.getByRole('table', { name: /Knows the risks: change in the exposed group/ });
				const rows = table.locator('tbody tr');
				await expect.poll(() => rows.count()).toBe(2);
				expect(await rows.locator('th').allTextContents()).toEqual([
					'La mer ne pardonne pas — radio drama in Tambacounda',
					'Théâtre forum in Kayes'
				]);
				expect(await table.locator('tfoot th').textContent()).toMatch(/^Pooled estimate \(2 campaigns\) · I² \d+%$/);
				expect(await page.getByRole('listitem').filter({ hasText: 'Kolda caravan' }).textContent()).toContain(
					en['compare.excluded.suppressed']
				);
				expect(await page.locator('.pooled-summary').first().textContent()).toMatch(
					/^\s*Across 2 campaigns, Knows the risks changed by \+/
				);

				const [download] = await Promise.all([
					page.waitForEvent('download'),
					page.getByRole('link', { name: en['compare.download_csv'] }).click()
				]);
				expect(download.suggestedFilename()).toMatch(/^comparison-KNW1-\d{4}-\d{2}-\d{2}\.csv$/);
				const csv = parse((await readFile(await download.path())).toString('utf8').replace(/^\uFEFF/, ''), {
					columns: true
				}) as Record<string, string>[];
				expect(csv.map((row) => row.campaign)).toEqual([
					...(await rows.locator('th').allTextContents()),
					'Pooled estimate (2 campaigns)'
				]);

				const multiples = page.getByRole('region', { name: en['compare.multiples_heading'] });
				const charts = multiples.locator('canvas');
				await expect.poll(() => charts.count()).toBe(3);
				for (const chart of await charts.all()) expect(await chart.getAttribute('data-points')).toBe('3');

				const [png] = await Promise.all([
					page.waitForEvent('download'),
					forest.getByRole('button', { name: en['chart.download_png'] }).click()
				]);
				expect(png.suggestedFilename()).toBe('comparison-KNW1.png');
				expect((await readFile(await png.path())).subarray(1, 4).toString()).toBe('PNG');

				expect(await seriousAxeViolations(page)).toEqual([]);
				await page.setViewportSize({ width: 360, height: 740 });
				// The charts redraw at the new width when their resize observer fires.
				await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
				expect(await seriousAxeViolations(page)).toEqual([]);
			} finally {
				await context.close();
			}
		}
	);
});
