import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenOverHttp, setUpOverHttp } from '../helpers/accounts';
import { campaignBody } from '../helpers/fixtures';
import { mainOf } from '../helpers/http';
import { startServer, type RunningServer } from '../helpers/server';
import { publishOverHttp } from '../helpers/survey-http';

const both = (text: string) => ({ fr: text, ar: text });
const SEEN = {
	code: 'seen',
	type: 'multiple',
	label: both('Où avez-vous vu la campagne ?'),
	options: [
		{ code: 'radio', label: both('À la radio') },
		{ code: 'tv', label: both('À la télévision') },
		{ code: 'market', label: both('Au marché') }
	]
};

describe('a question’s default answer', () => {
	let server: RunningServer;
	let token: string;

	beforeAll(async () => {
		server = await startServer();
		token = await createTokenOverHttp(await setUpOverHttp(server.url, 'owner@example.org', 'Sahel Info'));
	});
	afterAll(async () => server?.stop());

	it('is what a page without script shows first, which the respondent may change', async () => {
		const questions = [
			{ code: 'village', type: 'text', label: both('Quel village ?'), defaultAnswer: 'Ndioum' },
			{ ...SEEN, defaultAnswer: 'radio tv' }
		];
		const published = await publishOverHttp(server.url, token, {}, questions);
		const html = mainOf(
			await (await fetch(`${server.url}/s/${published.link('baseline', 'exposed').token}?lang=fr`)).text()
		);
		expect(html).toMatch(/<input[^>]*name="village"[^>]*value="Ndioum"|<input[^>]*value="Ndioum"[^>]*name="village"/);
		const ticked = [...html.matchAll(/<input[^>]*name="seen"[^>]*>/g)]
			.filter(([input]) => / checked/.test(input))
			.map(([input]) => /value="([^"]*)"/.exec(input)?.[1]);
		expect(ticked).toEqual(['radio', 'tv']);
	});

	it('is refused when the question would not take it, in the caller’s language', async () => {
		const created = await fetch(`${server.url}/api/v1/campaigns`, {
			method: 'POST',
			headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
			body: JSON.stringify(campaignBody({ languages: ['fr'] }))
		});
		expect(created.status).toBe(201);
		const campaignId = (await created.json()).id as string;
		for (const question of [
			{ ...SEEN, code: 'seen_two', defaultAnswer: 'radio boat' },
			{ code: 'age_guess', type: 'integer', label: both('Âge ?'), max: 99, defaultAnswer: '120' },
			{ code: 'info', type: 'note', label: both('Merci'), defaultAnswer: 'x' }
		]) {
			const refused = await fetch(`${server.url}/api/v1/campaigns/${campaignId}/questions`, {
				method: 'POST',
				headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'accept-language': 'fr' },
				body: JSON.stringify({ questions: [question] })
			});
			expect(refused.status).toBe(422);
			expect(JSON.stringify((await refused.json()).error.fields)).toMatch(/réponse par défaut/);
		}
	});
});
