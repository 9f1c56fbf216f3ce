import { translate } from '$lib/i18n/translate';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { setUpOverHttp, signUpOverHttp } from '../helpers/accounts';
import { browserAvailable } from '../helpers/browser';
import { HttpClient } from '../helpers/http';
import {
	SESSION_COOKIE,
	en,
	expectPath,
	newContext,
	seriousAxeViolations,
	signInOverHttp,
	submitAndWait,
	useSuite,
	visit
} from './support';

const enabled = browserAvailable();

interface Demo {
	owner: string;
	donor: string;
	campaigns: Map<string, string>;
}

/** The demo made from the administration page: its two accounts signed in, its campaigns' ids by title. */
async function makeDemo(url: string): Promise<Demo> {
	const admin = await setUpOverHttp(url, 'admin@example.org', 'Instance');
	const made = await (await admin.post('/admin?/demo', {})).text();
	const accounts = new Map(
		[...made.matchAll(/<td>([^<]+@demo\.example\.org)<\/td><td><code>([a-z2-7]+)<\/code>/g)].map(
			([, email, password]) => [email, password]
		)
	);
	const owner = await signInOverHttp(url, {
		email: 'ngo-owner@demo.example.org',
		password: accounts.get('ngo-owner@demo.example.org')!
	});
	const donor = await signInOverHttp(url, {
		email: 'donor@demo.example.org',
		password: accounts.get('donor@demo.example.org')!
	});
	const client = new HttpClient(url, { cookie: `${SESSION_COOKIE}=${owner}` });
	const list = await (await client.get('/campaigns')).text();
	const campaigns = new Map(
		[...list.matchAll(/href="\/campaigns\/([a-z2-7]{24})"><strong>([^<]+)<\/strong>/g)].map(([, id, title]) => [
			title,
			id
		])
	);
	return { owner, donor, campaigns };
}

/** Per indicator: the points its chart drew, and the cells its table lists with and without a value. */
async function readIndicators(page: Page) {
	return page.locator('section[data-indicator]').evaluateAll((sections) =>
		sections.map((section) => {
			const rows = [...section.querySelectorAll('table.cells tbody tr')];
			return {
				id: section.getAttribute('data-indicator'),
				primary: section.querySelector('h2 .badge') !== null,
				points: section.querySelector('canvas')?.getAttribute('data-points') ?? null,
				shown: rows.filter((row) => !row.classList.contains('suppressed')).length,
				suppressed: rows.filter((row) => row.classList.contains('suppressed')).length,
				note: section.querySelector('[role="note"]')?.textContent ?? ''
			};
		})
	);
}

/** Waits until every chart on the page has been drawn (its canvas says how many points). */
async function chartsDrawn(page: Page): Promise<void> {
	await page.waitForFunction(() =>
		[...document.querySelectorAll('section[data-indicator] canvas')].every((canvas) =>
			canvas.hasAttribute('data-points')
		)
	);
}

describe.skipIf(!enabled)('a campaign’s results', () => {
	const suite = useSuite();
	let demo: Demo;
	const idOf = (title: string) => {
		const id = demo.campaigns.get(title);
		if (!id) throw new Error(`No demo campaign ${title} among ${[...demo.campaigns.keys()].join(', ')}`);
		return id;
	};

	beforeAll(async () => {
		demo = await makeDemo(suite().url);
	});

	// Page after page in a real browser: 17 s on a loaded machine (a full run of tests/browser beside other suites);
	// the limit is there for a test that hangs, not for a slow one.
	test(
		'its owner reads every indicator’s chart and numbers, split by a dimension, and prints them',
		{ timeout: 90_000 },
		async () => {
			const context = await newContext(suite(), demo.owner, { bypassCSP: true, viewport: { width: 390, height: 844 } });
			try {
				const page = await context.newPage();
				const id = idOf('La mer ne pardonne pas — radio drama in Tambacounda');
				await visit(page, `${suite().url}/campaigns/${id}`);
				await page.getByRole('link', { name: en['results.link'], exact: true }).click();
				await expectPath(page, `/campaigns/${id}/results`);
				await chartsDrawn(page);

				const overall = await readIndicators(page);
				expect(overall).toHaveLength(13);
				// Primary ones first, as the report orders them.
				const primary = overall.map((indicator) => indicator.primary);
				expect(primary.some(Boolean)).toBe(true);
				expect(primary).toEqual([...primary].sort((a, b) => Number(b) - Number(a)));
				for (const indicator of overall) expect(indicator.points, indicator.id!).toBe(String(indicator.shown));
				// 320 respondents in each of four cells: every cell of the primary knowledge indicator is drawn.
				expect(overall.find((indicator) => indicator.id === 'KNW1')).toMatchObject({
					points: '4',
					shown: 4,
					suppressed: 0
				});
				await expect.poll(() => page.getByRole('progressbar').count()).toBe(0);
				expect(await page.getByText(en['results.no_target']).count()).toBe(1);
				expect(await seriousAxeViolations(page)).toEqual([]);

				await page.getByLabel(en['plan.target_value']).fill('400');
				const saved = await submitAndWait(page, page.getByRole('button', { name: en['results.target_submit'] }));
				expect(saved.type).toBe('success');
				await expect.poll(() => page.getByRole('progressbar').count()).toBe(4);
				expect(await page.getByText(en['results.target'].replace('{target}', '400')).count()).toBe(1);
				expect(await page.getByRole('progressbar').first().getAttribute('value')).toBe('320');

				await page.getByLabel(en['results.by_label']).selectOption('sex');
				await page.getByRole('button', { name: en['results.by_submit'] }).click();
				await expect.poll(() => new URL(page.url()).searchParams.get('by')).toBe('sex');
				await chartsDrawn(page);
				const bySex = await readIndicators(page);
				expect(bySex).toHaveLength(13);
				for (const indicator of bySex) expect(indicator.points, indicator.id!).toBe(String(indicator.shown));
				const knowledge = bySex.find((indicator) => indicator.id === 'KNW1')!;
				expect(knowledge.shown + knowledge.suppressed).toBeGreaterThan(4);
				expect(
					await page.locator('section[data-indicator="KNW1"] th[scope="row"]', { hasText: 'Female' }).count()
				).toBeGreaterThan(0);
				expect(await seriousAxeViolations(page)).toEqual([]);

				await page.evaluate(() => {
					const counted = window as unknown as { printed: number };
					counted.printed = 0;
					window.print = () => void counted.printed++;
				});
				await page.getByRole('button', { name: en['results.print'] }).click();
				expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

				await page.emulateMedia({ media: 'print' });
				expect(await page.getByRole('navigation', { name: en['nav.main'] }).isVisible()).toBe(false);
				expect(await page.getByRole('button', { name: en['results.print'] }).isVisible()).toBe(false);
				expect(await page.getByLabel(en['results.by_label']).isVisible()).toBe(false);
				const tables = page.locator('section[data-indicator] table.cells');
				expect(await tables.count()).toBe(13);
				for (const table of await tables.all()) expect(await table.isVisible()).toBe(true);
				await page.emulateMedia({ media: 'screen' });
				expect(await tables.first().isVisible()).toBe(false);
			} finally {
				await context.close();
			}
		}
	);

	test('a campaign with too few responses shows its cells absent, and says why', async () => {
		const context = await newContext(suite(), demo.owner);
		try {
			const page = await context.newPage();
			await visit(page, `${suite().url}/campaigns/${idOf('Kolda caravan — a first try')}/results`);
			await chartsDrawn(page);
			const indicators = await readIndicators(page);
			expect(indicators).toHaveLength(13);
			for (const indicator of indicators) {
				expect(indicator.points, indicator.id!).toBe('0');
				expect(indicator.suppressed, indicator.id!).toBeGreaterThan(0);
				expect(indicator.note, indicator.id!).toBe(
					translate(en, 'results.suppressed_note', { count: String(indicator.suppressed) })
				);
			}
			await page.locator('section[data-indicator="KNW1"] summary').click();
			expect(await page.locator('section[data-indicator="KNW1"] tbody tr').first().textContent()).toContain(
				en['results.suppressed']
			);
		} finally {
			await context.close();
		}
	});

	test('the donor it is shared with finds it and reads no count below 5; an outsider is told it does not exist', async () => {
		const context = await newContext(suite(), demo.donor, { bypassCSP: true });
		try {
			const page = await context.newPage();
			await visit(page, `${suite().url}/campaigns`);
			await page.getByRole('link', { name: 'Kolda caravan — a first try' }).click();
			await expectPath(page, `/campaigns/${idOf('Kolda caravan — a first try')}/results`);
			await page.getByLabel(en['results.by_label']).selectOption('age_band');
			await page.getByRole('button', { name: en['results.by_submit'] }).click();
			await expect.poll(() => new URL(page.url()).searchParams.get('by')).toBe('age_band');
			await chartsDrawn(page);
			// 18 respondents a cell, split in four age bands: some bands have fewer than 5, and say only that.
			const counts = await page
				.locator('section[data-indicator] table.cells tbody tr td:nth-of-type(3)')
				.allTextContents();
			expect(counts.length).toBeGreaterThan(0);
			expect(counts).toContain(en['results.fewer_than_5']);
			for (const count of counts)
				if (count !== en['results.fewer_than_5']) expect(Number(count.replace(/\D/g, ''))).toBeGreaterThanOrEqual(5);
			// Donors are not offered the NGO's own pages.
			expect(await page.getByRole('link', { name: en['results.set_target'] }).count()).toBe(0);
			expect(await page.getByRole('link', { name: en['results.back_to_campaign'], exact: true }).count()).toBe(0);
			expect(await seriousAxeViolations(page)).toEqual([]);
		} finally {
			await context.close();
		}

		const outsider = await signUpOverHttp(suite().url, 'outsider@example.org', 'Other NGO');
		const refused = await outsider.get(`/campaigns/${idOf('Kolda caravan — a first try')}/results`);
		expect(refused.status).toBe(404);
	});
});
