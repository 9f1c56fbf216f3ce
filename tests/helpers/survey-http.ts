import { expect } from 'vitest';
import type { HttpClient } from './http';
import { campaignBody } from './fixtures';

export interface PublishedLink {
	id: string;
	wave: string;
	group: string;
	mode: string;
	token: string;
}

/** The fixture campaign, in French and Arabic (every text in both), registered and published over the API, with `questions` added first. */
export async function publishOverHttp(
	url: string,
	token: string,
	overrides: Record<string, unknown> = {},
	questions: readonly Record<string, unknown>[] = []
): Promise<{ campaignId: string; links: PublishedLink[]; link: (wave: string, group: string) => PublishedLink }> {
	const call = (method: string, path: string, body?: unknown) =>
		fetch(`${url}/api/v1${path}`, {
			method,
			headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body)
		});
	const body = campaignBody({
		languages: ['fr', 'ar'],
		signatureMessages: [
			{ fr: 'La mer ne pardonne pas.', ar: 'البحر لا يرحم.' },
			{ fr: 'Le passeur ment.', ar: 'المهرّب يكذب.' }
		],
		placeboMessage: { fr: 'Le désert est doux.', ar: 'الصحراء لطيفة.' },
		...overrides
	});
	const created = await call('POST', '/campaigns', body);
	expect(created.status).toBe(201);
	const campaignId = (await created.json()).id as string;
	if (questions.length > 0)
		expect((await call('POST', `/campaigns/${campaignId}/questions`, { questions })).status).toBe(201);
	expect((await call('POST', `/campaigns/${campaignId}/publish`)).status).toBe(200);
	const survey = await (await call('GET', `/campaigns/${campaignId}/survey`)).json();
	const links = survey.links as PublishedLink[];
	return {
		campaignId,
		links,
		link: (wave, group) => links.find((link) => link.wave === wave && link.group === group)!
	};
}

/** What a browser without JavaScript sees of a survey page: the page shown and the questions asked on it. */
export function readSurveyPage(html: string): { page: number; fields: string[]; hidden: Record<string, string> } {
	const hidden = Object.fromEntries(
		[...html.matchAll(/<input type="hidden" name="(_\w+)" value="([^"]*)"/g)].map((m) => [m[1], m[2]])
	);
	const section = html
		.split('<section class="survey-page"')
		.slice(1)
		.find((part) => !/^[^>]*\bhidden/.test(part));
	if (!section) throw new Error('No page of the survey is shown');
	const fields = [...section.matchAll(/<div class="survey-field[^"]*"([^>]*)>/g)]
		.filter((m) => !/\bhidden/.test(m[1]))
		.map((m) => /data-field="([^"]+)"/.exec(m[1])![1]);
	return { page: Number(hidden._page), fields, hidden };
}

/**
 * Answers a survey page after page as a browser without JavaScript does: each time, the form holds every
 * answer given so far (the earlier pages' fields stay in the form) and the page's own questions.
 */
export async function answerPageByPage(
	client: HttpClient,
	path: string,
	answers: Record<string, string | string[]>,
	headers: Record<string, string> = {}
): Promise<{ response: Response; pages: string[][] }> {
	let html = await (await client.get(path, headers)).text();
	const given: Record<string, string | string[]> = {};
	const pages: string[][] = [];
	for (let step = 0; step < 40; step++) {
		const { fields, hidden } = readSurveyPage(html);
		pages.push(fields);
		for (const id of fields) if (id in answers) given[id] = answers[id];
		const response = await client.post(path, { ...hidden, ...given, _nav: 'next' }, headers);
		if (response.status === 303) return { response, pages };
		expect(response.status, `page ${fields.join(' ')}`).toBe(200);
		html = await response.text();
	}
	throw new Error('The survey did not end within 40 pages');
}
