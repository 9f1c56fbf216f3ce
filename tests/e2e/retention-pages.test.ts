import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeOrganisationId, createTokenOverHttp, inviteOverHttp, setUpOverHttp } from '../helpers/accounts';
import { mainOf, type HttpClient } from '../helpers/http';
import { respondentAnswers } from '../helpers/responses';
import { startServer, type RunningServer } from '../helpers/server';
import { publishOverHttp } from '../helpers/survey-http';

const TITLE = 'Partir sans papiers ? Parlons-en';

describe('keeping and deleting responses, from the campaign’s data page', () => {
	let server: RunningServer;
	let owner: HttpClient;
	let editor: HttpClient;
	let campaignId: string;
	let exportRows: () => Promise<number>;

	beforeAll(async () => {
		server = await startServer();
		owner = await setUpOverHttp(server.url, 'owner@example.org', 'Sahel Info');
		editor = await inviteOverHttp(owner, await activeOrganisationId(owner), 'editor', 'editor@example.org');
		const published = await publishOverHttp(server.url, await createTokenOverHttp(owner));
		campaignId = published.campaignId;
		for (let i = 0; i < 3; i++) {
			const sent = await fetch(
				`${server.url}/api/v1/collect/${published.link('baseline', 'exposed').token}/responses`,
				{
					method: 'POST',
					headers: { 'content-type': 'application/json', origin: server.url },
					body: JSON.stringify({ clientId: `retention-page-${i}`, language: 'fr', answers: respondentAnswers() })
				}
			);
			expect(sent.status).toBe(201);
		}
		exportRows = async () =>
			(await (await owner.get(`/campaigns/${campaignId}/responses.csv`)).text()).trim().split('\n').length - 1;
	});
	afterAll(async () => server.stop());

	it('shows owners the forms, and others only what is set', async () => {
		const asOwner = mainOf(await (await owner.get(`/campaigns/${campaignId}/data`)).text());
		expect(asOwner).toContain('action="?/expiry"');
		expect(asOwner).toContain('action="?/deleteResponses"');
		expect(asOwner).toContain('action="?/deleteCampaign"');
		expect(asOwner).toContain('Responses stored: 3');
		const asEditor = mainOf(await (await editor.get(`/campaigns/${campaignId}/data`)).text());
		expect(asEditor).not.toContain('action="?/delete');
		expect(asEditor).toContain('Only the organisation’s owners');
		const refused = await editor.post(`/campaigns/${campaignId}/data?/deleteResponses`, {
			_form: 'responses',
			confirmation: TITLE
		});
		expect(refused.status).toBe(403);
		expect(await exportRows()).toBe(3);
	});

	it('refuses a deletion whose title is mistyped, in the user’s language, and deletes nothing', async () => {
		const wrong = await owner.post(
			`/campaigns/${campaignId}/data?/deleteResponses`,
			{ _form: 'responses', confirmation: 'Partir sans papiers' },
			{ 'accept-language': 'fr' }
		);
		expect(wrong.status).toBe(422);
		expect(mainOf(await wrong.text())).toMatch(/class="field-error"[^>]*>Saisissez le titre de la campagne exactement/);
		const past = await owner.post(`/campaigns/${campaignId}/data?/expiry`, {
			_form: 'expiry',
			expiresOn: '2001-01-01'
		});
		expect(past.status).toBe(422);
		const junk = await owner.post(`/campaigns/${campaignId}/data?/expiry`, {
			_form: 'expiry',
			expiresOn: '31/12/2099'
		});
		expect(junk.status).toBe(400);
		expect(await exportRows()).toBe(3);
	});

	it('sets a retention day, deletes every response, then the campaign', async () => {
		expect(
			(await owner.post(`/campaigns/${campaignId}/data?/expiry`, { _form: 'expiry', expiresOn: '2099-12-31' })).status
		).toBe(200);
		expect(mainOf(await (await owner.get(`/campaigns/${campaignId}/data`)).text())).toContain('value="2099-12-31"');
		expect(
			(await owner.post(`/campaigns/${campaignId}/data?/deleteResponses`, { _form: 'responses', confirmation: TITLE }))
				.status
		).toBe(200);
		expect(await exportRows()).toBe(0);
		const gone = await owner.post(`/campaigns/${campaignId}/data?/deleteCampaign`, {
			_form: 'campaign',
			confirmation: TITLE
		});
		expect(gone.status).toBe(303);
		expect(gone.headers.get('location')).toBe('/campaigns?deleted=1');
		expect((await owner.get(`/campaigns/${campaignId}`)).status).toBe(404);
		const audit = mainOf(await (await owner.get(`/organisations/${await activeOrganisationId(owner)}/audit`)).text());
		expect(audit).toContain(`Deleted the campaign “${TITLE}” and its 0 responses`);
		expect(audit).toContain('data-action="responses_deleted"');
		expect(audit).toContain('data-action="retention_set"');
	});
});
