import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESPONDENT_TEXTS } from '$lib/survey/respondent-texts';
import { activeOrganisationId, createTokenOverHttp, inviteOverHttp, setUpOverHttp } from '../helpers/accounts';
import type { HttpClient } from '../helpers/http';
import { sendRaw } from '../helpers/raw-http';
import { asFormAnswers, RESPONDENT } from '../helpers/responses';
import { startServer, type RunningServer } from '../helpers/server';
import { countRows } from '../helpers/sqlite';
import { publishOverHttp, type PublishedLink } from '../helpers/survey-http';

const fr = RESPONDENT_TEXTS.fr;
/** The text of an HTML page as a browser shows it. */
const shownText = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('a survey’s last page sent with more than 1 MB of answers', () => {
	let server: RunningServer;
	let enumerator: HttpClient;
	let self: PublishedLink;
	let interviews: PublishedLink;

	/** The whole survey answered, and one answer of 2 MB. */
	const oversized = (client: string) =>
		new URLSearchParams({
			...asFormAnswers(RESPONDENT),
			_client: client,
			_version: '1',
			_page: '16',
			_nav: 'next',
			comment: 'x'.repeat(2 * 1024 * 1024)
		}).toString();

	beforeAll(async () => {
		server = await startServer();
		const owner = await setUpOverHttp(server.url, 'owner@example.org', 'Sahel Info');
		enumerator = await inviteOverHttp(owner, await activeOrganisationId(owner), 'enumerator', 'enumerator@example.org');
		const published = await publishOverHttp(server.url, await createTokenOverHttp(owner));
		self = published.link('baseline', 'exposed');
		interviews = published.link('baseline', 'comparison');
		const settings = { mode: 'enumerator', opensAt: '', closesAt: '' };
		expect(
			(await owner.post(`/campaigns/${published.campaignId}/links/${interviews.id}?/settings`, settings)).status
		).toBe(200);
	});
	afterAll(async () => server.stop());

	it.each([
		['anonymous, answered before the app (npm start’s fast path)', false, false],
		['anonymous, with no length given', false, true],
		['signed-in enumerator, answered by the route', true, false],
		['signed-in enumerator, with no length given', true, true]
	])(
		'gets a 413 page in the respondent’s language, read whole before the connection closes: %s',
		async (_, signedIn, chunked) => {
			const link = signedIn ? interviews : self;
			const before = countRows(server.databasePath!, 'responses');
			const answer = await sendRaw(`${server.url}/s/${link.token}/send?lang=fr`, {
				headers: {
					'content-type': 'application/x-www-form-urlencoded',
					origin: server.url,
					accept: 'text/html',
					...(signedIn ? { cookie: `mesure_session=${enumerator.cookie('mesure_session')}` } : {})
				},
				body: oversized(signedIn ? 'toolargeenum0001' : 'toolargeself0001'),
				chunked
			});
			// The whole body was taken before the answer, so the browser, still sending, is not cut off before it reads it.
			expect(answer.writeError).toBeNull();
			expect(answer.status).toBe(413);
			expect(answer.headers.connection).toBe('close');
			expect(answer.headers['content-type']).toMatch(/^text\/html/);
			expect(answer.headers['cache-control']).toBe('no-store');
			expect(answer.text).toMatch(/<html lang="fr" dir="ltr">/);
			const shown = shownText(answer.text);
			for (const key of ['too_large.title', 'too_large.text', 'too_large.how', 'too_large.back'] as const)
				expect(shown).toContain(fr[key]);
			expect(answer.text).toContain(`<a href="/s/${link.token}?lang=fr">`);
			expect(countRows(server.databasePath!, 'responses')).toBe(before);
		}
	);

	it('speaks the survey’s language when none is asked for, and keeps serving', async () => {
		const answer = await sendRaw(`${server.url}/s/${self.token}/send`, {
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url, 'accept-language': 'ar' },
			body: oversized('toolargearab0001')
		});
		expect(answer.status).toBe(413);
		expect(answer.text).toMatch(/<html lang="ar" dir="rtl">/);
		expect(answer.text).toContain(RESPONDENT_TEXTS.ar['too_large.title']);
		expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
		expect(server.logs()).not.toMatch(/error [0-9a-f-]{36}|\n\s+at /);
	});
});
