import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { activeOrganisationId, createTokenOverHttp, inviteOverHttp, setUpOverHttp } from '../helpers/accounts';
import { browserAvailable } from '../helpers/browser';
import {
	en,
	expectPath,
	expectText,
	newContext,
	seriousAxeViolations,
	startSuite,
	submitAndWait,
	textOf,
	visit,
	SESSION_COOKIE,
	type Suite
} from './support';

const enabled = browserAvailable();
const fill = (text: string, params: Record<string, string | number>) =>
	text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));

describe.skipIf(!enabled)('the survey editor', () => {
	let suite: Suite;
	let session: string;
	let campaignPath: string;

	beforeAll(async () => {
		suite = await startSuite();
		const owner = await setUpOverHttp(suite.url, 'owner@example.org', 'Sahel Info');
		const editor = await inviteOverHttp(owner, await activeOrganisationId(owner), 'editor', 'editor@example.org');
		session = editor.cookie(SESSION_COOKIE)!;
		// The campaign's own messages are complete in both languages: only what the editor adds can be missing.
		const token = await createTokenOverHttp(editor);
		const created = await fetch(`${suite.url}/api/v1/campaigns`, {
			method: 'POST',
			headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
			body: JSON.stringify({
				title: 'Partir sans papiers ? Parlons-en',
				countries: ['SN'],
				regions: [{ code: 'tamba', name: 'Tambacounda' }],
				channels: ['radio'],
				languages: ['fr', 'ar'],
				startDate: '2026-03-01',
				endDate: '2026-09-30',
				signatureMessages: [
					{ fr: 'La mer ne pardonne pas.', ar: 'البحر لا يرحم' },
					{ fr: 'Le passeur ment.', ar: 'المهرب يكذب' }
				],
				placeboMessage: { fr: 'Le désert est doux.', ar: 'الصحراء لطيفة' }
			})
		});
		expect(created.status).toBe(201);
		campaignPath = `/campaigns/${((await created.json()) as { id: string }).id}`;
	});

	afterAll(async () => {
		await suite?.close();
	});

	// Page after page in a real browser: 12 s on a loaded machine (a full run of tests/browser beside other suites);
	// the limit is there for a test that hangs, not for a slow one.
	test(
		'an editor adds a question in French and Arabic, fills the missing Arabic translation, and publishes',
		{ timeout: 90_000 },
		async () => {
			// axe is injected into the page: the Content-Security-Policy would refuse it.
			const context = await newContext(suite, session, { bypassCSP: true });
			try {
				const page = await context.newPage();
				await visit(page, `${suite.url}${campaignPath}`);
				await page.getByRole('link', { name: en['survey.edit'] }).click();
				await expectPath(page, `${campaignPath}/survey`);
				expect(await textOf(page.getByRole('heading', { level: 2, name: en['survey_editor.core_title'] }))).toContain(
					en['survey_editor.core_title']
				);

				const form = page.getByRole('region', { name: en['survey_editor.add'] });
				await form.getByLabel(en['question.code']).fill('heard_radio_show');
				await form.getByLabel(en['question.type']).selectOption({ label: en['question_type.single'] });
				await form.getByLabel(en['question.required']).check();
				const labels = form.getByRole('group', { name: en['question.label'] });
				await labels.getByLabel('Français').fill('Avez-vous écouté l’émission ?');
				const arabicLabel = labels.getByLabel('العربية');
				expect(await arabicLabel.getAttribute('dir')).toBe('rtl');
				expect(await arabicLabel.getAttribute('lang')).toBe('ar');
				await arabicLabel.fill('هل استمعت إلى البرنامج؟');
				await form
					.getByLabel(fill(en['question.options_in'], { language: 'Français' }))
					.fill('often = Souvent\nnever = Jamais');
				// Only the first option's Arabic label is ready.
				await form.getByLabel(fill(en['question.option_labels_in'], { language: 'العربية' })).fill('غالبا');
				// The range fields are for numbers only: hidden for a choice question.
				expect(await form.getByLabel(en['question.min']).isVisible()).toBe(false);
				expect(await submitAndWait(page, form.getByRole('button', { name: en['survey_editor.add'] }))).toMatchObject({
					type: 'success'
				});
				await expectText(
					page.getByRole('status').filter({ hasText: 'heard_radio_show' }),
					fill(en['survey_editor.added'], { code: 'heard_radio_show' })
				);
				expect(await form.getByLabel(en['question.code']).inputValue()).toBe('');
				const row = page.getByRole('listitem').filter({ hasText: 'Avez-vous écouté l’émission ?' });
				expect(
					await row
						.getByRole('button', { name: fill(en['survey_editor.remove_named'], { code: 'heard_radio_show' }) })
						.count()
				).toBe(1);
				expect(await seriousAxeViolations(page)).toEqual([]);

				await page.getByRole('link', { name: en['survey_editor.translations_link'] }).click();
				await expectPath(page, `${campaignPath}/translations`);
				expect(await textOf(page.locator('#missing-count'))).toBe(`⚠ ${en['translations.missing_one']}`);
				const never = page.getByRole('group', {
					name: fill(en['translations.option'], { code: 'heard_radio_show', option: 'never' })
				});
				const missing = never.getByLabel('العربية');
				expect(await missing.inputValue()).toBe('');
				expect(await missing.getAttribute('dir')).toBe('rtl');
				expect(await textOf(never.getByText(en['translations.missing_flag']))).toContain(
					en['translations.missing_flag']
				);
				expect(await page.locator('.missing-flag').count()).toBe(1);
				expect(await seriousAxeViolations(page)).toEqual([]);

				await missing.fill('أبدا');
				expect(await submitAndWait(page, page.getByRole('button', { name: en['translations.save'] }))).toMatchObject({
					type: 'success'
				});
				await expectText(
					page.locator('#missing-count'),
					`${en['translations.complete']} ${en['translations.publish_link']}`
				);
				expect(await never.getByText(en['translations.missing_flag']).count()).toBe(0);
				expect(await missing.inputValue()).toBe('أبدا');
				expect(await seriousAxeViolations(page)).toEqual([]);

				await page.getByRole('link', { name: en['translations.publish_link'] }).click();
				await expectPath(page, campaignPath);
				const publish = page.getByRole('button', { name: fill(en['survey.publish'], { version: 1 }) });
				expect(await submitAndWait(page, publish)).toMatchObject({ type: 'success' });
				await expectText(
					page.getByRole('status').filter({ hasText: '1' }),
					fill(en['survey.published_now'], { version: 1 })
				);
			} finally {
				await context.close();
			}
		}
	);
});
