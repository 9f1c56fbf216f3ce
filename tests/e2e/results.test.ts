import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	activeOrganisationId,
	createTokenOverHttp,
	inviteOverHttp,
	setUpOverHttp,
	signUpOverHttp
} from '../helpers/accounts';
import { HttpClient, mainOf } from '../helpers/http';
import { createScratchDatabase, postgresAvailable } from '../helpers/postgres';
import { startServer, type RunningServer } from '../helpers/server';
import { publishOverHttp } from '../helpers/survey-http';
import { messages as en } from '$lib/i18n/catalogues/en';
import { messages as fr } from '$lib/i18n/catalogues/fr';

const DATABASES = (await postgresAvailable()) ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const);

type Who = 'owner' | 'editor' | 'viewer' | 'enumerator' | 'donor' | 'otherDonor' | 'outsider' | 'anonymous';

// The planner's inputs go with the target, so that the page keeps showing the plan it came from.
const PLAN = { p1: '40', p2: '50' };

describe.each(DATABASES)('the results page and the sample target over HTTP on %s', (database) => {
	let server: RunningServer;
	let drop: (() => Promise<void>) | undefined;
	const as = {} as Record<Who, HttpClient>;
	let campaignId: string;
	const targetText = (target: string) => en['results.target'].replace('{target}', target);

	beforeAll(async () => {
		const scratch = database === 'postgres' ? await createScratchDatabase() : null;
		drop = scratch?.drop;
		server = await startServer(scratch ? { DATABASE_URL: scratch.url } : {});
		as.owner = await setUpOverHttp(server.url, 'owner@example.org', 'Sahel Info');
		const organisationId = await activeOrganisationId(as.owner);
		for (const role of ['editor', 'viewer', 'enumerator'] as const)
			as[role] = await inviteOverHttp(as.owner, organisationId, role, `${role}@example.org`);
		as.donor = await signUpOverHttp(server.url, 'donor@example.org', 'Fonds Sahel', 'donor');
		as.otherDonor = await signUpOverHttp(server.url, 'other-donor@example.org', 'Other Fund', 'donor');
		as.outsider = await signUpOverHttp(server.url, 'outsider@example.org', 'Elsewhere');
		as.anonymous = new HttpClient(server.url);
		const token = await createTokenOverHttp(as.owner);
		campaignId = (await publishOverHttp(server.url, token)).campaignId;
		const donorId = await activeOrganisationId(as.donor);
		const shared = await fetch(`${server.url}/api/v1/campaigns/${campaignId}/shares`, {
			method: 'POST',
			headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
			body: JSON.stringify({ organisationId: donorId })
		});
		expect(shared.status).toBe(200);
	});
	afterAll(async () => {
		await server?.stop();
		await drop?.();
	});

	it('opens for the campaign’s members and the donor it is shared with, and for no one else', async () => {
		const expected: Record<Who, number> = {
			owner: 200,
			editor: 200,
			viewer: 200,
			enumerator: 200,
			donor: 200,
			otherDonor: 404,
			outsider: 404,
			anonymous: 303
		};
		const seen = {} as Record<Who, number>;
		for (const who of Object.keys(expected) as Who[])
			seen[who] = (await as[who].get(`/campaigns/${campaignId}/results`)).status;
		expect(seen).toEqual(expected);
		const refused = await as.outsider.get(`/campaigns/${campaignId}/results`);
		expect(await refused.text()).toContain(en['errors.campaign_not_found']);
	});

	it('lists the shared campaign on the donor’s campaigns page, with a link to its results', async () => {
		expect(mainOf(await (await as.donor.get('/campaigns')).text())).toContain(
			`href="/campaigns/${campaignId}/results"`
		);
		expect(mainOf(await (await as.otherDonor.get('/campaigns')).text())).not.toContain(campaignId);
	});

	it('refuses an unknown disaggregation with a message, and takes each known one', async () => {
		const refused = await as.owner.get(`/campaigns/${campaignId}/results?by=height`);
		expect(refused.status).toBe(400);
		const page = await refused.text();
		expect(page).toContain(en['errors.dimension_unknown']);
		expect(page).not.toMatch(/at .*\.js:\d+/);
		for (const by of ['sex', 'age_band', 'region', 'education', 'returnee', 'exposure', 'intention', '']) {
			expect((await as.donor.get(`/campaigns/${campaignId}/results?by=${by}`)).status, by).toBe(200);
		}
	});

	it('saves a target from the planner for an editor, and refuses it to a viewer and an outsider, writing nothing', async () => {
		const results = async () => mainOf(await (await as.owner.get(`/campaigns/${campaignId}/results`)).text());
		expect(await results()).toContain(en['results.no_target']);
		expect(mainOf(await (await as.editor.get('/plan')).text())).not.toContain(campaignId);

		const viewer = await as.viewer.post('/plan?/target', { ...PLAN, campaignId, target: '120' });
		expect(viewer.status).toBe(403);
		expect(await viewer.text()).toContain(en['errors.forbidden']);
		expect((await as.outsider.post('/plan?/target', { ...PLAN, campaignId, target: '120' })).status).toBe(404);
		expect((await as.donor.post('/plan?/target', { ...PLAN, campaignId, target: '120' })).status).toBe(404);
		const anonymous = await as.anonymous.post('/plan?/target', { ...PLAN, campaignId, target: '120' });
		expect(anonymous.status).toBe(303);
		for (const target of ['0', '2.5', 'many', '']) {
			const invalid = await as.editor.post('/plan?/target', { ...PLAN, campaignId, target });
			expect(invalid.status, target).toBe(400);
			expect(await invalid.text()).toContain(en['errors.target_invalid']);
		}
		expect(await results()).toContain(en['results.no_target']);

		// The planner offers the editor's campaigns once it has an answer.
		const planned = mainOf(await (await as.editor.post('/plan?/calculate', PLAN)).text());
		expect(planned).toContain(`value="${campaignId}"`);
		expect(planned).toContain('action="?/target"');
		const saved = await as.editor.post('/plan?/target', { ...PLAN, campaignId, target: '388' });
		expect(saved.status).toBe(200);
		const page = mainOf(await saved.text());
		expect(page).toContain(`href="/campaigns/${campaignId}/results"`);
		expect(page).toContain('388');
		const onPage = `/campaigns/${campaignId}/results?/target`;
		const refused = await as.viewer.post(onPage, { target: '50' });
		expect(refused.status).toBe(403);
		expect(await refused.text()).toContain(en['errors.forbidden']);
		expect((await as.donor.post(onPage, { target: '50' })).status).toBe(404);
		expect((await as.editor.post(onPage, { target: '-3' })).status).toBe(400);
		expect(mainOf(await (await as.viewer.get(`/campaigns/${campaignId}/results`)).text())).not.toContain(
			'action="?/target"'
		);
		const shown = await results();
		expect(shown).toContain(targetText('388'));
		expect(shown.match(/<progress/g)).toHaveLength(4);
		expect(mainOf(await (await as.donor.get(`/campaigns/${campaignId}/results`)).text())).toContain(targetText('388'));
	});

	it('lets an owner change the target on the results page itself, without a script', async () => {
		const changed = await as.owner.post(`/campaigns/${campaignId}/results?/target`, { target: '250' });
		expect(changed.status).toBe(200);
		expect(mainOf(await changed.text())).toContain(en['results.target_saved']);
		expect(mainOf(await (await as.viewer.get(`/campaigns/${campaignId}/results`)).text())).toContain(targetText('250'));
	});

	it('speaks the reader’s language', async () => {
		const page = mainOf(
			await (await as.donor.get(`/campaigns/${campaignId}/results?by=sex`, { 'accept-language': 'fr' })).text()
		);
		expect(page).toContain(fr['results.progress_title']);
		expect(page).toContain(fr['results.by.sex']);
		expect(page).not.toMatch(/\b(results|plan|wave|group|errors)\.[a-z_]+/);
	});
});
