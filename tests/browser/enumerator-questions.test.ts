import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { activeOrganisationId, createTokenOverHttp, inviteOverHttp, setUpOverHttp } from '../helpers/accounts';
import { browserAvailable } from '../helpers/browser';
import type { HttpClient } from '../helpers/http';
import { asFormAnswers, RESPONDENT } from '../helpers/responses';
import { publishOverHttp, type PublishedLink } from '../helpers/survey-http';
import { answerInterview, enhanced, RESPONDENT_TEXTS } from './respondent-support';
import { expectText, SESSION_COOKIE, useSuite } from './support';

const enabled = browserAvailable();
const fr = RESPONDENT_TEXTS.fr;
const both = (text: string) => ({ fr: text, ar: text });

const QUESTIONS = [
	{
		code: 'priorities',
		type: 'rank',
		label: both('Classez ce qui compte'),
		required: true,
		options: [
			{ code: 'work', label: both('Le travail') },
			{ code: 'family', label: both('La famille') },
			{ code: 'safety', label: both('La sécurité') }
		]
	},
	{ code: 'people', type: 'integer', label: both('Combien de personnes chez vous ?'), required: true },
	{ code: 'village', type: 'text', label: both('Quel village ?'), defaultAnswer: 'Ndioum' },
	{
		code: 'seen',
		type: 'multiple',
		label: both('Où avez-vous vu la campagne ?'),
		defaultAnswer: 'radio tv',
		options: [
			{ code: 'radio', label: both('À la radio') },
			{ code: 'tv', label: both('À la télévision') },
			{ code: 'market', label: both('Au marché') }
		]
	},
	{ code: 'members', type: 'repeat', label: both('Membres du foyer') },
	{ code: 'first_name', type: 'text', label: both('Prénom'), required: true, repeat: 'members' }
];

describe.skipIf(!enabled)('an enumerator’s next interview, after one with the campaign’s own questions', () => {
	const suite = useSuite();
	let enumerator: HttpClient;
	let link: PublishedLink;
	let apiToken: string;
	let campaignId: string;

	beforeAll(async () => {
		const owner = await setUpOverHttp(suite().url, 'owner@example.org', 'Sahel Info');
		enumerator = await inviteOverHttp(owner, await activeOrganisationId(owner), 'enumerator', 'awa@example.org');
		apiToken = await createTokenOverHttp(owner);
		const published = await publishOverHttp(suite().url, apiToken, {}, QUESTIONS);
		campaignId = published.campaignId;
		link = published.link('baseline', 'exposed');
		const saved = await owner.post(`/campaigns/${published.campaignId}/links/${link.id}?/settings`, {
			mode: 'enumerator',
			opensAt: '',
			closesAt: ''
		});
		expect(saved.status).toBe(200);
	});

	const answersLeft = (page: Page) =>
		page.evaluate(() =>
			[...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-field] input, [data-field] select')]
				.filter((control) =>
					control instanceof HTMLInputElement && /radio|checkbox/.test(control.type)
						? control.checked
						: control.value !== ''
				)
				.map((control) => `${control.name}=${control.value}`)
		);

	// Page after page in a real browser; the limit is there for a test that hangs, not for a slow one.
	test(
		'starts with nothing of the last person’s answers, a ranking and a repeat group included, and with the questions’ defaults',
		{ timeout: 60_000 },
		async () => {
			const context = await suite().browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
			try {
				await context.addCookies([
					{ name: SESSION_COOKIE, value: enumerator.cookie(SESSION_COOKIE)!, url: suite().url }
				]);
				const page = await context.newPage();
				await page.goto(`${suite().url}/s/${link.token}?lang=fr`);
				await enhanced(page);
				const defaults = ['village=Ndioum', 'seen=radio', 'seen=tv'];
				expect(await answersLeft(page)).toEqual(defaults);
				const answers = {
					...asFormAnswers(RESPONDENT),
					priorities: ['safety', 'work', 'family'],
					people: '4',
					village: 'Podor',
					seen: ['market'],
					members: '2',
					'members.1.first_name': 'Awa',
					'members.2.first_name': 'Moussa'
				};
				await answerInterview(page, answers, 'fr');
				await expectText(page.locator('[data-queue="summary"]'), /1/, 10_000);
				expect(await answersLeft(page)).toEqual(defaults);
				// What was sent is the person's answers, not the defaults they changed.
				const sent = async () => {
					const url = `${suite().url}/api/v1/campaigns/${campaignId}/responses?limit=1`;
					const listed = await (await fetch(url, { headers: { authorization: `Bearer ${apiToken}` } })).json();
					return listed.items[0]?.answers;
				};
				await expect.poll(sent, { timeout: 10_000 }).toMatchObject({
					village: 'Podor',
					seen: ['market'],
					members: [{ first_name: 'Awa' }, { first_name: 'Moussa' }]
				});
			} finally {
				await context.close();
			}
		}
	);
});
