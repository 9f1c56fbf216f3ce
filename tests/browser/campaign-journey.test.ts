import { translate } from '$lib/i18n/translate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	activeOrganisationId,
	createTokenOverHttp,
	inviteOverHttp,
	setUpOverHttp,
	signUpOverHttp
} from '../helpers/accounts';
import { browserAvailable } from '../helpers/browser';
import { campaignBody } from '../helpers/fixtures';
import { readFixture } from '../unit/lib/server/xlsform/workbooks';
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

const enabled = browserAvailable();

describe.skipIf(!enabled)('a campaign from XLSForm to preview, and who sees it', () => {
	let suite: Suite;
	const session = {} as Record<'editor' | 'viewer' | 'outsider', string>;
	let campaignPath: string;

	beforeAll(async () => {
		suite = await startSuite();
		const owner = await setUpOverHttp(suite.url, 'owner@example.org', 'Sahel Info');
		const orgId = await activeOrganisationId(owner);
		const editor = await inviteOverHttp(owner, orgId, 'editor', 'editor@example.org');
		session.editor = editor.cookie(SESSION_COOKIE)!;
		session.viewer = (await inviteOverHttp(owner, orgId, 'viewer', 'viewer@example.org')).cookie(SESSION_COOKIE)!;
		session.outsider = (await signUpOverHttp(suite.url, 'outsider@example.org', 'Elsewhere')).cookie(SESSION_COOKIE)!;
		const token = await createTokenOverHttp(editor);
		const created = await fetch(`${suite.url}/api/v1/campaigns`, {
			method: 'POST',
			headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
			body: JSON.stringify(
				campaignBody({
					languages: ['en', 'ar'],
					signatureMessages: [
						{ en: 'The sea does not forgive.', ar: 'البحر لا يرحم' },
						{ en: 'The smuggler lies.', ar: 'المهرب يكذب' }
					],
					placeboMessage: { en: 'The desert is gentle.', ar: 'الصحراء لطيفة' }
				})
			)
		});
		campaignPath = `/campaigns/${((await created.json()) as { id: string }).id}`;
	});

	afterAll(async () => {
		await suite?.close();
	});

	// Page after page in a real browser: 19 s on a loaded machine (a full run of tests/browser beside other suites);
	// the limit is there for a test that hangs, not for a slow one.
	test(
		'an editor imports an XLSForm after seeing its report, then previews the survey in Arabic',
		{ timeout: 90_000 },
		async () => {
			const context = await newContext(suite, session.editor, { bypassCSP: true });
			try {
				const page = await context.newPage();
				await visit(page, `${suite.url}${campaignPath}`);
				await page.getByRole('link', { name: en['xlsform.link'] }).click();
				await expectPath(page, `${campaignPath}/xlsform`);
				await page.getByLabel(en['xlsform.file']).setInputFiles({
					name: 'yes_or_no_question.xlsx',
					mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
					buffer: Buffer.from(await readFixture('yes_or_no_question.xlsx'))
				});
				expect(await submitAndWait(page, page.getByRole('button', { name: en['xlsform.check'] }))).toMatchObject({
					type: 'success'
				});
				await expectText(
					page.getByRole('heading', { level: 3 }).first(),
					en['xlsform.can_take'].replace('{count}', '1')
				);
				expect(await seriousAxeViolations(page)).toEqual([]);
				expect(
					await submitAndWait(
						page,
						page.getByRole('button', { name: translate(en, 'xlsform.import_these', { count: '1' }) })
					)
				).toMatchObject({ type: 'redirect' });
				await expectPath(page, campaignPath);
				await expectText(page.locator('code', { hasText: 'good_day' }), 'good_day');

				await page.getByRole('link', { name: en['preview.link'] }).click();
				await expectPath(page, `${campaignPath}/preview`);
				await page.getByRole('link', { name: 'العربية' }).click();
				const form = page.getByRole('form', { name: en['preview.title'] });
				await expect.poll(() => form.getAttribute('dir')).toBe('rtl');
				expect(await form.getByText('البحر لا يرحم').count()).toBe(1);
				expect(await seriousAxeViolations(page)).toEqual([]);
			} finally {
				await context.close();
			}
		}
	);

	test('a viewer sees the campaign and its survey but no control to change them; another organisation sees nothing', async () => {
		const viewerContext = await newContext(suite, session.viewer);
		const outsiderContext = await newContext(suite, session.outsider);
		try {
			const page = await viewerContext.newPage();
			await visit(page, `${suite.url}${campaignPath}`);
			expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Partir sans papiers');
			for (const name of [en['campaigns.edit'], en['campaigns.close']]) {
				expect(
					(await page.getByRole('link', { name }).count()) + (await page.getByRole('button', { name }).count())
				).toBe(0);
			}
			expect(await page.getByRole('button', { name: /Publish/ }).count()).toBe(0);

			const outsider = await outsiderContext.newPage();
			const response = await outsider.goto(`${suite.url}${campaignPath}`);
			expect(response?.status()).toBe(404);
			await visit(outsider, `${suite.url}/campaigns`);
			expect(await outsider.getByText('Partir sans papiers').count()).toBe(0);
		} finally {
			await viewerContext.close();
			await outsiderContext.close();
		}
	});
});
