import { translate } from '$lib/i18n/translate';
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BASELINE_PROFILE, drawAnswers, seededRandom } from '$lib/server/demo/synthetic';
import { createTokenOverHttp, setUpOverHttp } from '../helpers/accounts';
import { browserAvailable } from '../helpers/browser';
import { buildCsv, toCells } from '../helpers/responses-csv';
import { publishOverHttp } from '../helpers/survey-http';
import {
	en,
	expectText,
	newContext,
	SESSION_COOKIE,
	seriousAxeViolations,
	startSuite,
	visit,
	type Suite
} from './support';

const enabled = browserAvailable();
const COUNT = 640;

/**
 * Holds the answers to `pattern` until released, so that a download's progress can be seen however fast the
 * export: the page has asked, the server has answered, the browser has not yet read a byte.
 */
async function holdDownloads(page: Page, pattern: string): Promise<() => void> {
	let release!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route(pattern, async (route: Route) => {
		// A cancelled download's request may end with the page: it is then answered to no one.
		const response = await route.fetch().catch(() => null);
		await released;
		if (response) await route.fulfill({ response }).catch(() => {});
	});
	return release;
}

describe.skipIf(!enabled)('downloading exports from the campaign page', () => {
	let suite: Suite;
	let session: string;
	let campaignPath: string;

	beforeAll(async () => {
		suite = await startSuite();
		const owner = await setUpOverHttp(suite.url, 'owner@example.org', 'Sahel Info');
		session = owner.cookie(SESSION_COOKIE)!;
		const token = await createTokenOverHttp(owner);
		const { campaignId } = await publishOverHttp(suite.url, token);
		campaignPath = `/campaigns/${campaignId}`;
		const random = seededRandom(11);
		const rows = Array.from({ length: COUNT }, (_, i) => ({
			client_id: `paper-${String(i).padStart(4, '0')}`,
			...toCells(drawAnswers(random, BASELINE_PROFILE, ['tamba', 'kolda'], 2))
		}));
		const imported = await fetch(
			`${suite.url}/api/v1/campaigns/${campaignId}/responses/import?wave=baseline&group=exposed&language=fr`,
			{
				method: 'POST',
				headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
				body: buildCsv(rows)
			}
		);
		expect(imported.status, await imported.clone().text()).toBe(200);
	});

	afterAll(async () => {
		await suite?.close();
	});

	// Page after page in a real browser: 12 s on a loaded machine (a full run of tests/browser beside other suites);
	// the limit is there for a test that hangs, not for a slow one.
	test(
		'an owner downloads the responses as CSV, seeing its progress and how many rows came, then as XLSX',
		{ timeout: 90_000 },
		async () => {
			const context = await newContext(suite, session, { acceptDownloads: true, bypassCSP: true });
			try {
				const page = await context.newPage();
				await visit(page, `${suite.url}${campaignPath}`);

				const releaseCsv = await holdDownloads(page, '**/responses.csv');
				await page.getByRole('link', { name: en['export.csv'], exact: true }).click();
				const progress = page.getByRole('progressbar', {
					name: en['download.progress_label'].replace('{file}', en['export.csv'])
				});
				await progress.waitFor();
				await page.getByRole('button', { name: en['download.cancel'] }).waitFor();
				expect(await seriousAxeViolations(page)).toEqual([]);
				const csvDownload = page.waitForEvent('download');
				releaseCsv();
				const csv = await csvDownload;
				expect(csv.suggestedFilename()).toMatch(/-responses-\d{4}-\d{2}-\d{2}\.csv$/);
				const rows = parse(await readFile((await csv.path())!), { bom: true, columns: true }) as Record<
					string,
					string
				>[];
				expect(rows).toHaveLength(COUNT);
				const saved = translate(en, 'download.saved_rows', { file: csv.suggestedFilename(), rows: String(COUNT) });
				await expectText(page.getByRole('status').filter({ hasText: csv.suggestedFilename() }), saved);
				await progress.waitFor({ state: 'detached' });

				const releaseXlsx = await holdDownloads(page, '**/responses.xlsx?*');
				await page.getByRole('link', { name: en['export.xlsx'], exact: true }).click();
				await page
					.getByRole('progressbar', { name: en['download.progress_label'].replace('{file}', en['export.xlsx']) })
					.waitFor();
				const xlsxDownload = page.waitForEvent('download');
				releaseXlsx();
				const xlsx = await xlsxDownload;
				expect(xlsx.suggestedFilename()).toMatch(/-responses-\d{4}-\d{2}-\d{2}\.xlsx$/);
				const workbook = new ExcelJS.Workbook();
				await workbook.xlsx.readFile((await xlsx.path())!);
				expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['responses', 'codebook']);
				expect(workbook.getWorksheet('responses')!.actualRowCount).toBe(COUNT + 1);
				await expectText(
					page.getByRole('status').filter({ hasText: xlsx.suggestedFilename() }),
					en['download.saved'].replace('{file}', xlsx.suggestedFilename())
				);
			} finally {
				await context.close();
			}
		}
	);

	test('a download in progress can be cancelled, and saves nothing', async () => {
		const context = await newContext(suite, session, { acceptDownloads: true });
		try {
			const page = await context.newPage();
			await visit(page, `${suite.url}${campaignPath}`);
			let downloads = 0;
			page.on('download', () => downloads++);
			const release = await holdDownloads(page, '**/responses.csv?hxl=1');
			await page.getByRole('link', { name: en['export.csv_hxl'], exact: true }).click();
			await page.getByRole('button', { name: en['download.cancel'] }).click();
			await expectText(
				page.getByRole('status').filter({ hasText: en['download.cancelled'] }),
				en['download.cancelled']
			);
			release();
			expect(await page.getByRole('progressbar').count()).toBe(0);
			expect(downloads).toBe(0);
			await page.unrouteAll({ behavior: 'ignoreErrors' });
		} finally {
			await context.close();
		}
	});

	test('without JavaScript the link downloads the file itself', async () => {
		const context = await newContext(suite, session, { acceptDownloads: true, javaScriptEnabled: false });
		try {
			const page = await context.newPage();
			await page.goto(`${suite.url}${campaignPath}`);
			const downloaded = page.waitForEvent('download');
			await page.getByRole('link', { name: en['export.csv'], exact: true }).click();
			const csv = await downloaded;
			expect(parse(await readFile((await csv.path())!), { bom: true, columns: true })).toHaveLength(COUNT);
		} finally {
			await context.close();
		}
	});
});
