import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages as en } from '$lib/i18n/catalogues/en';
import { messages as fr } from '$lib/i18n/catalogues/fr';
import {
	activeOrganisationId,
	createTokenOverHttp,
	inviteOverHttp,
	setUpOverHttp,
	signUpOverHttp
} from '../helpers/accounts';
import { HttpClient, mainOf } from '../helpers/http';
import { startServer, type RunningServer } from '../helpers/server';
import { publishOverHttp } from '../helpers/survey-http';

// The sharing section as a browser without JavaScript uses it: plain forms posted to the page's actions.
describe('sharing from the campaign page, without JavaScript', () => {
	let server: RunningServer;
	let owner: HttpClient;
	let viewer: HttpClient;
	let page: string;
	let donorId: string;
	let ngoId: string;
	let impostorId: string;

	const idsOf = async (client: HttpClient) => {
		const token = await createTokenOverHttp(client);
		const answer = await fetch(`${server.url}/api/v1/organisations`, { headers: { authorization: `Bearer ${token}` } });
		return ((await answer.json()).organisations as { id: string }[])[0].id;
	};

	beforeAll(async () => {
		server = await startServer();
		owner = await setUpOverHttp(server.url, 'owner@example.org', 'Sahel Info');
		viewer = await inviteOverHttp(owner, await activeOrganisationId(owner), 'viewer', 'viewer@example.org');
		donorId = await idsOf(await signUpOverHttp(server.url, 'donor@example.org', 'Fonds Sahel', 'donor'));
		ngoId = await idsOf(await signUpOverHttp(server.url, 'other@example.org', 'Autre ONG'));
		// Anyone may sign up and call themselves a donor: no administrator verified this one.
		impostorId = await idsOf(
			await signUpOverHttp(server.url, 'impostor@example.org', 'Rabat Fund (demo)', 'donor', { verify: false })
		);
		page = `/campaigns/${(await publishOverHttp(server.url, await createTokenOverHttp(owner))).campaignId}`;
	});
	afterAll(async () => server?.stop());

	it('offers owners the donor organisations only, and shares and revokes with plain forms', async () => {
		const before = mainOf(await (await owner.get(page)).text());
		expect(before).toContain(`<option value="${donorId}"`);
		expect(before).not.toContain(`value="${ngoId}"`);
		// Only verified donors, each with its mark and the day it was verified.
		expect(before).not.toContain(`value="${impostorId}"`);
		expect(before).not.toContain('Rabat Fund');
		const today = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date());
		expect(before).toMatch(new RegExp(`<option value="${donorId}"[^>]*>Fonds Sahel — verified on ${today}</option>`));

		const shared = await owner.post(`${page}?/share`, { organisationId: donorId });
		expect(shared.status).toBe(200);
		const after = mainOf(await shared.text());
		expect(after).toContain(en['sharing.shared'].replace('{name}', 'Fonds Sahel'));
		expect(after).toContain(en['sharing.revoke_named'].replace('{name}', 'Fonds Sahel'));

		const seenByViewer = mainOf(await (await viewer.get(page)).text());
		expect(seenByViewer).toContain('Fonds Sahel');
		for (const action of ['?/share', '?/revoke', '?/publishReport', '?/withdrawReport'])
			expect(seenByViewer).not.toContain(`action="${action}"`);

		const revoked = await owner.post(`${page}?/revoke`, { organisationId: donorId });
		expect(revoked.status).toBe(200);
		expect(mainOf(await revoked.text())).toContain(en['sharing.none']);
	});

	it.each([
		['no organisation', '', 400, fr['errors.organisation_id_invalid']],
		['an NGO', () => ngoId, 422, fr['errors.share_donor_only']],
		['an organisation that does not exist', 'a'.repeat(24), 404, fr['errors.organisation_not_found']],
		['a donor no administrator verified', () => impostorId, 422, fr['errors.share_donor_unverified']]
	] as const)(
		'refuses to share with %s, saying why in the reader’s language',
		async (_name, organisationId, status, message) => {
			const refused = await owner.post(
				`${page}?/share`,
				{ organisationId: typeof organisationId === 'function' ? organisationId() : organisationId },
				{ 'accept-language': 'fr' }
			);
			expect(refused.status).toBe(status);
			expect(mainOf(await refused.text())).toContain(message);
		}
	);

	it('withdraws no report when none is live, saying so', async () => {
		const refused = await owner.post(`${page}?/withdrawReport`, {});
		expect(refused.status).toBe(404);
		expect(mainOf(await refused.text())).toContain(en['errors.public_report_none']);
	});

	it('publishes a report whose address the page shows once, and whose page speaks the language chosen on it', async () => {
		const published = mainOf(await (await owner.post(`${page}?/publishReport`, {})).text());
		const url = new RegExp(`value="(${server.url}/r/[a-z2-7]{32})"`).exec(published)![1];
		expect(mainOf(await (await owner.get(page)).text())).not.toContain(url);

		const reader = new HttpClient(server.url);
		const path = new URL(url).pathname;
		const switched = await reader.post('/language', { locale: 'fr', redirectTo: path });
		expect(switched.status).toBe(303);
		expect(switched.headers.get('location')).toBe(path);
		const html = await (await reader.get(path)).text();
		expect(html).toContain('lang="fr"');
		expect(mainOf(html)).toContain(fr['indicator.KNW1.name']);
	});
});
