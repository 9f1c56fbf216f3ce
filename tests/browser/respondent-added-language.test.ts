import { beforeAll, describe, expect, test } from 'vitest';
import type { RespondentTexts } from '$lib/survey/respondent-texts';
import { createTokenOverHttp, setUpOverHttp } from '../helpers/accounts';
import { browserAvailable } from '../helpers/browser';
import { campaignBody } from '../helpers/fixtures';
import { asFormAnswers, RESPONDENT } from '../helpers/responses';
import {
	answerWholeSurvey,
	expectNoHorizontalScroll,
	onPhone,
	RESPONDENT_TEXTS,
	seriousAxeViolationsOfMarkup
} from './respondent-support';
import { textOf, useSuite } from './support';

const enabled = browserAvailable();
const answers = asFormAnswers(RESPONDENT);

/** The Wolof a campaign's translator would type: here each French text marked, and the buttons in Wolof. */
const OWN: Record<string, string> = {
	'respondent.language.name': 'Wolof',
	'respondent.nav.next': 'Kanam',
	'respondent.nav.send': 'Yónnee sama tontu',
	'respondent.thanks.title': 'Jërëjëf'
};

describe.skipIf(!enabled)('a respondent answering in a language the campaign added, without JavaScript', () => {
	const suite = useSuite();
	let token: string;
	let campaignId: string;
	let call: (method: string, path: string, body?: unknown) => Promise<Response>;

	beforeAll(async () => {
		const owner = await setUpOverHttp(suite().url, 'owner@example.org', 'Sahel Info');
		const apiToken = await createTokenOverHttp(owner);
		call = (method, path, body) =>
			fetch(`${suite().url}/api/v1${path}`, {
				method,
				headers: { authorization: `Bearer ${apiToken}`, 'content-type': 'application/json', 'accept-language': 'en' },
				body: body === undefined ? undefined : JSON.stringify(body)
			});
		const created = await call('POST', '/campaigns', campaignBody({ languages: ['fr', 'wo'] }));
		expect(created.status).toBe(201);
		campaignId = (await created.json()).id;
	});

	test(
		'the campaign translates through the API, cannot publish before, and a respondent answers in Wolof',
		{ timeout: 120_000 },
		async () => {
			const listed = await (await call('GET', `/campaigns/${campaignId}/translations/wo`)).json();
			expect(listed).toMatchObject({ language: 'wo', reference: 'fr' });
			expect(listed.items.find((item: { key: string }) => item.key === 'respondent.nav.next')).toEqual({
				key: 'respondent.nav.next',
				reference: RESPONDENT_TEXTS.fr['nav.next'],
				text: null
			});
			expect((await call('POST', `/campaigns/${campaignId}/publish`)).status).toBe(422);

			const refused = await call('PUT', `/campaigns/${campaignId}/translations/wo`, {
				texts: { 'respondent.nav.next': 'Kanam', 'core.no_such_text': 'x' }
			});
			expect(refused.status).toBe(422);
			expect((await refused.json()).error.message).toContain('core.no_such_text');
			const unchanged = await (await call('GET', `/campaigns/${campaignId}/translations/wo`)).json();
			expect(unchanged.items.every((item: { text: string | null }) => item.text === null)).toBe(true);

			const texts = Object.fromEntries(
				listed.items.map((item: { key: string; reference: string }) => [
					item.key,
					OWN[item.key] ?? `${item.reference} ·wo`
				])
			);
			const saved = await call('PUT', `/campaigns/${campaignId}/translations/wo`, { texts });
			expect(saved.status).toBe(200);
			expect((await call('POST', `/campaigns/${campaignId}/publish`)).status).toBe(200);
			const survey = await (await call('GET', `/campaigns/${campaignId}/survey`)).json();
			token = survey.links.find(
				(link: { wave: string; group: string }) => link.wave === 'baseline' && link.group === 'exposed'
			).token;

			const wolof = Object.fromEntries(
				Object.entries(RESPONDENT_TEXTS.en).map(([key]) => [key, texts[`respondent.${key}`]])
			) as RespondentTexts;
			await onPhone(suite().browser, false, async (page) => {
				await page.goto(`${suite().url}/s/${token}`);
				await page.getByRole('link', { name: 'Wolof' }).click();
				expect(await page.locator('main').getAttribute('lang')).toBe('wo');
				expect(await page.getByRole('button', { name: 'Kanam' }).first().isVisible()).toBe(true);
				expect(await seriousAxeViolationsOfMarkup(suite().browser, page)).toEqual([]);
				await expectNoHorizontalScroll(page, 360);
				await answerWholeSurvey(page, answers, wolof);
				expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe('Jërëjëf');
			});
			const responses = await (await call('GET', `/campaigns/${campaignId}/responses`)).json();
			expect(responses.items.map((item: { language: string }) => item.language)).toEqual(['wo']);
		}
	);
});
