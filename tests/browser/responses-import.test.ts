import { translate } from '$lib/i18n/translate';
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { activeOrganisationId, createTokenOverHttp, inviteOverHttp, setUpOverHttp } from '../helpers/accounts';
import { browserAvailable } from '../helpers/browser';
import { campaignBody } from '../helpers/fixtures';
import { buildCsv, generateResponses, toCells } from '../helpers/responses-csv';
import {
	en,
	expectPath,
	expectText,
	newContext,
	SESSION_COOKIE,
	seriousAxeViolations,
	startSuite,
	submitAndWait,
	visit,
	type Suite
} from './support';
import { RESPONDENT } from '../helpers/responses';

const enabled = browserAvailable();

describe.skipIf(!enabled)('importing responses from a CSV file', () => {
	let suite: Suite;
	let editorSession: string;
	let linkPath: string;

	beforeAll(async () => {
		suite = await startSuite();
		const owner = await setUpOverHttp(suite.url, 'owner@example.org', 'Sahel Info');
		const editor = await inviteOverHttp(owner, await activeOrganisationId(owner), 'editor', 'editor@example.org');
		editorSession = editor.cookie(SESSION_COOKIE)!;
		const token = await createTokenOverHttp(editor);
		const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
		const body = campaignBody({
			languages: ['en'],
			signatureMessages: ['The sea does not forgive.', 'The smuggler lies.'],
			placeboMessage: { en: 'The desert is gentle.' }
		});
		const campaignId = (
			(await (
				await fetch(`${suite.url}/api/v1/campaigns`, { method: 'POST', headers, body: JSON.stringify(body) })
			).json()) as { id: string }
		).id;
		const published = (await (
			await fetch(`${suite.url}/api/v1/campaigns/${campaignId}/publish`, { method: 'POST', headers })
		).json()) as { links: { id: string; wave: string; group: string }[] };
		const survey = (await (await fetch(`${suite.url}/api/v1/campaigns/${campaignId}/survey`, { headers })).json()) as {
			links: { id: string; wave: string; group: string }[];
		};
		expect(published.links.length).toBeGreaterThan(0);
		linkPath = `/campaigns/${campaignId}/links/${survey.links.find((link) => link.wave === 'baseline' && link.group === 'exposed')!.id}`;
	});

	afterAll(async () => {
		await suite?.close();
	});

	// Page after page in a real browser: 23 s on a loaded machine (a full run of tests/browser beside other suites);
	// the limit is there for a test that hangs, not for a slow one.
	test(
		'an editor checks a file, sees its problems, corrects it and imports it, from the link page',
		{ timeout: 90_000 },
		async () => {
			const context = await newContext(suite, editorSession, { bypassCSP: true });
			try {
				const page = await context.newPage();
				await visit(page, `${suite.url}${linkPath}`);
				await page.getByRole('link', { name: en['imports.link'] }).click();
				await expectPath(page, `${linkPath}/import`);
				const records = generateResponses(30);
				const file = page.getByLabel(en['imports.file']);
				await file.setInputFiles({
					name: 'responses.csv',
					mimeType: 'text/csv',
					buffer: Buffer.from(buildCsv([...records, { ...toCells(RESPONDENT), D2: '7', K3: 'perhaps' }]))
				});
				expect(await submitAndWait(page, page.getByRole('button', { name: en['imports.check'] }))).toMatchObject({
					type: 'success'
				});
				await expectText(page.getByRole('status'), en['imports.some_rows_have_problems']);
				const rows = page.getByRole('row');
				await expectText(rows.nth(1), /32\s*D2\s*7\s*Please give a number from 10 to 99/);
				await expectText(rows.nth(2), /32\s*K3\s*perhaps/);
				expect(await page.getByRole('button', { name: /Import \d+ rows/ }).count()).toBe(0);
				expect(await seriousAxeViolations(page)).toEqual([]);

				await file.setInputFiles({
					name: 'responses.csv',
					mimeType: 'text/csv',
					buffer: Buffer.from(buildCsv(records, { delimiter: ';' }))
				});
				expect(await submitAndWait(page, page.getByRole('button', { name: en['imports.check'] }))).toMatchObject({
					type: 'success'
				});
				const importButton = page.getByRole('button', { name: translate(en, 'imports.import', { count: '30' }) });
				await importButton.waitFor();
				expect(await submitAndWait(page, importButton)).toMatchObject({ type: 'success' });
				await expectText(page.getByRole('status'), translate(en, 'imports.done', { count: '30' }));
				expect(await seriousAxeViolations(page)).toEqual([]);

				// The file is still chosen: checking it again finds nothing new.
				expect(await submitAndWait(page, page.getByRole('button', { name: en['imports.check'] }))).toMatchObject({
					type: 'success'
				});
				await expectText(page.getByRole('status'), en['imports.nothing_new']);
			} finally {
				await context.close();
			}
		}
	);
	test(
		'an editor imports the 57 valid rows of 60, confirming it, and downloads the 3 left out with the reason for each',
		{ timeout: 90_000 },
		async () => {
			const records: Record<string, string>[] = generateResponses(60, 'uuid:valid').map((record, index) => ({
				...record,
				// Two dated before the campaign's start (2026-03-01): imported, and flagged.
				submitted_at: index === 7 || index === 8 ? '2026-01-15T09:00:00Z' : '2026-05-04T10:30:00Z'
			}));
			records[4] = { ...records[4], D2: '210' };
			records[19] = { ...records[19], K1: 'maybe' };
			records[40] = { ...records[40], language: 'de' };
			const context = await newContext(suite, editorSession, { bypassCSP: true });
			try {
				const page = await context.newPage();
				await visit(page, `${suite.url}${linkPath}/import`);
				await page.getByLabel(en['imports.file']).setInputFiles({
					name: 'responses.csv',
					mimeType: 'text/csv',
					buffer: Buffer.from(buildCsv(records))
				});
				expect(await submitAndWait(page, page.getByRole('button', { name: en['imports.check'] }))).toMatchObject({
					type: 'success'
				});
				await expectText(page.getByRole('status'), en['imports.some_rows_have_problems']);
				const outside = en['imports.outside_dates_planned']
					.replace('{start}', '2026-03-01')
					.replace('{end}', '2026-09-30')
					.replace('{count}', '2');
				await expectText(page.getByText(outside), outside);
				expect(await seriousAxeViolations(page)).toEqual([]);

				const leftOut = page.getByRole('button', {
					name: translate(en, 'imports.download_left_out', { count: '3' })
				});
				const downloaded = page.waitForEvent('download');
				await leftOut.click();
				const download = await downloaded;
				expect(download.suggestedFilename()).toBe('left-out-rows.csv');
				const rows = parse(await readFile((await download.path())!), { bom: true, columns: true }) as Record<
					string,
					string
				>[];
				expect(rows.map((row) => row['meta/instanceID'])).toEqual([
					'uuid:valid-000004',
					'uuid:valid-000019',
					'uuid:valid-000040'
				]);
				expect(rows.map((row) => row[en['imports.left_out.column']])).toEqual([
					'Line 6. D2: Please give a number from 10 to 99.',
					'Line 21. K1: Please choose one of the answers given.',
					'Line 42. language: The survey is not offered in this language.'
				]);

				const importValid = page.getByRole('button', {
					name: translate(en, 'imports.import_valid', { valid: '57', invalid: '3' })
				});
				const confirm = page.getByRole('checkbox', {
					name: en['imports.confirm_leave_out'].replace('{invalid}', '3')
				});
				// Unticked, the browser keeps the form: nothing is sent.
				await importValid.click();
				expect(await confirm.evaluate((box) => (box as HTMLInputElement).validity.valid)).toBe(false);
				await confirm.check();
				expect(await submitAndWait(page, importValid)).toMatchObject({ type: 'success' });
				await expectText(
					page.getByRole('status'),
					translate(en, 'imports.done_left_out', { count: '57', invalid: '3' })
				);
				// The left-out rows can still be downloaded, to be corrected.
				await leftOut.waitFor();
				expect(await importValid.count()).toBe(0);
				expect(await seriousAxeViolations(page)).toEqual([]);
			} finally {
				await context.close();
			}
		}
	);
	// Page after page in a real browser: 23 s on a loaded machine (a full run of tests/browser beside other suites);
	// the limit is there for a test that hangs, not for a slow one.
	test(
		'a large file shows its sending and checking on a labelled progress bar, then the row limit it is past',
		{ timeout: 90_000 },
		async () => {
			const context = await newContext(suite, editorSession, { bypassCSP: true });
			try {
				const page = await context.newPage();
				await visit(page, `${suite.url}${linkPath}/import`);
				await page.getByLabel(en['imports.file']).setInputFiles({
					name: 'responses.csv',
					mimeType: 'text/csv',
					buffer: Buffer.from(`C0,D2\n${'y,1\n'.repeat(1_000_000)}`)
				});
				const answered = page.waitForResponse((r) => r.request().method() === 'POST');
				await page.getByRole('button', { name: en['imports.check'] }).click();
				await page.getByRole('progressbar', { name: en['imports.progress_check'] }).waitFor({ timeout: 30_000 });
				expect(await seriousAxeViolations(page)).toEqual([]);
				expect((await answered).status()).toBe(200);
				await expectText(page.locator('#import-file-error'), /more than 50,000 responses/, 30_000);
				expect(await page.getByRole('progressbar').count()).toBe(0);
			} finally {
				await context.close();
			}
		}
	);
});
