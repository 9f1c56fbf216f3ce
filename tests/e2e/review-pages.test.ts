import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainOf } from '../helpers/http';
import { makeReviewCampaign, type ReviewCampaign } from '../helpers/review-campaign';
import { startServer, type RunningServer } from '../helpers/server';

/** The responses a table page links to, in its order. */
const responseIds = (html: string, campaignId: string) => [
	...new Set([...html.matchAll(new RegExp(`/campaigns/${campaignId}/responses/([a-z2-7]{24})`, 'g'))].map((m) => m[1]))
];

describe('the review pages, as each role', () => {
	let server: RunningServer;
	let team: ReviewCampaign;
	let base: string;
	let all: string[];

	beforeAll(async () => {
		server = await startServer();
		team = await makeReviewCampaign(server.url);
		base = `/campaigns/${team.campaignId}/responses`;
		all = responseIds(mainOf(await (await team.owner.get(base)).text()), team.campaignId);
	}, 120_000);
	afterAll(async () => server.stop());

	it('links the table from the campaign page for every member', async () => {
		for (const member of [team.owner, team.editor, team.viewer, team.enumerator]) {
			const page = mainOf(await (await member.get(`/campaigns/${team.campaignId}`)).text());
			expect(page).toContain(`href="${base}"`);
		}
	});

	it('lists every response to the team, newest first, a page at a time', async () => {
		expect(all).toHaveLength(10);
		const html = mainOf(await (await team.viewer.get(`${base}?limit=4`)).text());
		expect(responseIds(html, team.campaignId)).toEqual(all.slice(0, 4));
		const next = /href="\?([^"]*cursor=[^"]+)"/.exec(html)![1].replaceAll('&amp;', '&');
		const second = mainOf(await (await team.viewer.get(`${base}?${next}`)).text());
		expect(responseIds(second, team.campaignId)).toEqual(all.slice(4, 8));
	});

	it('shows a viewer the table and the responses, with no form to change them', async () => {
		const table = await team.viewer.get(base);
		expect(table.status).toBe(200);
		expect(await table.text()).not.toContain('?/bulk');
		const one = await (await team.viewer.get(`${base}/${all[0]}`)).text();
		for (const action of ['?/review', '?/correct', '?/delete']) expect(one).not.toContain(action);
		const refused = await team.viewer.post(`${base}?/bulk`, { state: 'approved', step: 'confirm' });
		expect(refused.status).toBe(403);
	});

	it('shows an enumerator only the interviews they did, which they may correct, not review', async () => {
		const mine = responseIds(mainOf(await (await team.enumerator.get(base)).text()), team.campaignId);
		expect(mine).toHaveLength(1);
		const page = await (await team.enumerator.get(`${base}/${mine[0]}`)).text();
		expect(page).toContain('?/correct');
		expect(page).not.toContain('?/review');
		expect(page).not.toContain('?/delete');
		expect(mainOf(page)).toContain('enumerator');
		const other = all.find((id) => id !== mine[0])!;
		expect((await team.enumerator.get(`${base}/${other}`)).status).toBe(404);
	});

	it('gives donors, even one the campaign is shared with, a 404', async () => {
		expect((await team.donor.get(`/campaigns/${team.campaignId}/results`)).status).toBe(200);
		expect((await team.donor.get(base)).status).toBe(404);
		expect((await team.donor.get(`${base}/${all[0]}`)).status).toBe(404);
		expect((await team.donor.post(`${base}?/bulk`, { state: 'approved', step: 'preview' })).status).toBe(404);
	});

	it('lets an editor review and correct, and an owner alone delete, with a reason', async () => {
		const editorPage = await (await team.editor.get(`${base}/${all[1]}`)).text();
		expect(editorPage).toContain('?/review');
		expect(editorPage).not.toContain('?/delete');
		const withoutWhy = await team.editor.post(`${base}/${all[1]}?/review`, {
			_form: 'review',
			state: 'has_issues',
			comment: ''
		});
		expect(withoutWhy.status).toBe(422);
		expect(mainOf(await withoutWhy.text())).toContain('Say why');
		expect((await team.editor.post(`${base}/${all[1]}?/delete`, { comment: 'x', confirm: 'yes' })).status).toBe(403);

		const unconfirmed = await team.owner.post(`${base}/${all[1]}?/delete`, { comment: 'Test interview' });
		expect(unconfirmed.status).toBe(400);
		const deleted = await team.owner.post(`${base}/${all[1]}?/delete`, { comment: 'Test interview', confirm: 'yes' });
		expect(deleted.status).toBe(303);
		expect(deleted.headers.get('location')).toBe(`${base}?deleted=1`);
		expect((await team.owner.get(`${base}/${all[1]}`)).status).toBe(404);
	});

	it('refuses a correction that breaks the survey’s rules, naming the problem in the reader’s language', async () => {
		const path = `${base}/${all[2]}?/correct`;
		const broken = await team.editor.post(
			path,
			{ _form: 'correct', question: 'D2', value: '140', comment: 'Paper form' },
			{ 'accept-language': 'fr' }
		);
		expect(broken.status).toBe(422);
		expect(mainOf(await broken.text())).toContain('Merci de donner un nombre de 10 à 99.');
		const fixed = await team.editor.post(path, { question: 'D2', value: '41', comment: 'Paper form' });
		expect(fixed.status).toBe(200);
		const page = mainOf(await (await team.editor.get(`${base}/${all[2]}`)).text());
		expect(page).toContain('Paper form');
	});

	it('reviews a selection without JavaScript: the preview and the confirmation keep its filters', async () => {
		const query = `link=${team.endline.id}&flag=quick`;
		const html = mainOf(await (await team.editor.get(`${base}?${query}`)).text());
		const action = /<form method="POST" action="([^"]+)"/.exec(html)![1].replaceAll('&amp;', '&');
		expect(action).toBe(`?${query}&/bulk`);
		const form = { _form: 'bulk', link: team.endline.id, flag: 'quick', state: 'approved', comment: '' };
		const preview = await team.editor.post(`${base}${action}`, { ...form, step: 'preview' });
		expect(preview.status).toBe(200);
		const confirmation = mainOf(await preview.text());
		expect(confirmation).toContain('Responses that will be approved: 2');
		expect(confirmation).toContain(`name="link" value="${team.endline.id}"`);
		expect(confirmation).toContain(`action="?${query.replaceAll('&', '&amp;')}&amp;/bulk"`);
		const done = await team.editor.post(`${base}${action}`, { ...form, step: 'confirm', matched: '2' });
		expect(done.status).toBe(200);
		expect(mainOf(await done.text())).toContain('Responses approved: 2.');
		const approved = mainOf(await (await team.editor.get(`${base}?state=approved`)).text());
		expect(responseIds(approved, team.campaignId)).toHaveLength(2);
		const nothingLeft = await team.editor.post(`${base}${action}`, { ...form, step: 'confirm', matched: '2' });
		expect(nothingLeft.status).toBe(422);
		expect(mainOf(await nothingLeft.text())).toContain('No response matches this selection');
	});
});
