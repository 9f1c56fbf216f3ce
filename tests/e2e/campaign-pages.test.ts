import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeOrganisationId, inviteOverHttp, setUpOverHttp, signUpOverHttp } from '../helpers/accounts';
import { mainOf, type HttpClient } from '../helpers/http';
import { startServer, type RunningServer } from '../helpers/server';

const FORM = {
	title: 'Partir sans papiers ? Parlons-en',
	description: 'Radio drama in Tambacounda.',
	countries: ['SN', 'GM'],
	regions: 'Tambacounda\nkolda = Kolda',
	channels: ['radio', 'school'],
	languages: ['fr', 'en'],
	messagesLanguage: 'fr',
	startDate: '2026-03-01',
	endDate: '2026-09-30',
	signatureMessages: ['La mer ne pardonne pas.', 'Le passeur ment.', '', '', ''],
	placeboMessage: 'Le désert est doux.',
	audienceSex: 'all'
};

// The campaign pages with plain form posts, as a browser without JavaScript sends them.
describe('campaign pages', () => {
	let server: RunningServer;
	let owner: HttpClient;
	let editor: HttpClient;
	let viewer: HttpClient;
	let outsider: HttpClient;
	let donor: HttpClient;

	/** A campaign registered from the form by the editor, for a test of its own: its page's path. */
	async function registerCampaign(): Promise<string> {
		const created = await editor.post('/campaigns/new', FORM);
		expect(created.status).toBe(303);
		return created.headers.get('location')!;
	}

	beforeAll(async () => {
		server = await startServer();
		owner = await setUpOverHttp(server.url, 'owner@example.org', 'Sahel Info');
		const orgId = await activeOrganisationId(owner);
		editor = await inviteOverHttp(owner, orgId, 'editor', 'editor@example.org');
		viewer = await inviteOverHttp(owner, orgId, 'viewer', 'viewer@example.org');
		outsider = await signUpOverHttp(server.url, 'outsider@example.org', 'Elsewhere');
		donor = await signUpOverHttp(server.url, 'donor@example.org', 'Fonds', 'donor');
	});
	afterAll(async () => server.stop());

	it('keeps what was typed and names each problem when the form is wrong, and stores nothing', async () => {
		const response = await editor.post('/campaigns/new', {
			...FORM,
			endDate: '2026-01-01',
			signatureMessages: ['Seul message'],
			countries: []
		});
		expect(response.status).toBe(400);
		const page = await response.text();
		expect(page).toContain('The end date must be on or after the start date.');
		expect(page).toContain('Give 2 to 5 signature messages.');
		expect(page).toContain('Choose at least one country.');
		expect(page).toContain('value="Partir sans papiers ? Parlons-en"');
		expect(page).toContain('Seul message');
		expect(mainOf(await (await editor.get('/campaigns')).text())).toContain('No campaign yet.');
	});

	it('registers a campaign from the form, then shows it to members only', async () => {
		const campaignPath = await registerCampaign();
		expect(campaignPath).toMatch(/^\/campaigns\/[a-z2-7]{24}$/);

		const page = mainOf(await (await viewer.get(campaignPath)).text());
		expect(page).toContain('Partir sans papiers ? Parlons-en');
		expect(page).toContain('Senegal, Gambia');
		expect(page).toContain('Tambacounda, Kolda');
		expect(page).toContain('Le passeur ment.');
		expect(page).not.toContain('Edit settings');
		expect(mainOf(await (await editor.get(campaignPath)).text())).toContain('Edit settings');

		expect((await outsider.get(campaignPath)).status).toBe(404);
		expect((await donor.get(campaignPath)).status).toBe(404);
		expect(mainOf(await (await outsider.get('/campaigns')).text())).toContain('No campaign yet.');
	});

	it('lists with search and filters from the address', async () => {
		await registerCampaign();
		const list = async (query: string) =>
			mainOf(await (await viewer.get(`/campaigns${query}`)).text()).includes('Partir sans papiers');
		expect(await list('')).toBe(true);
		expect(await list('?q=parlons&country=SN&status=draft&year=2026')).toBe(true);
		expect(await list('?country=GN')).toBe(false);
		expect(await list('?year=2024')).toBe(false);
		expect(await list('?status=nonsense')).toBe(true);
	});

	it('lets owners and editors change and close it, and no one else', async () => {
		const campaignPath = await registerCampaign();
		expect((await viewer.get(`${campaignPath}/edit`)).status).toBe(403);
		expect((await viewer.post(`${campaignPath}/edit`, { ...FORM, title: 'Taken over' })).status).toBe(403);
		expect((await outsider.post(`${campaignPath}/edit`, { ...FORM, title: 'Taken over' })).status).toBe(404);
		expect((await donor.get('/campaigns/new')).status).toBe(403);
		expect((await viewer.get('/campaigns/new')).status).toBe(403);

		const edit = await (await editor.get(`${campaignPath}/edit`)).text();
		expect(edit).toContain('kolda = Kolda');
		const saved = await editor.post(`${campaignPath}/edit`, { ...FORM, title: 'Parlons-en, saison 2' });
		expect(saved.status).toBe(303);
		expect(await (await viewer.get(campaignPath)).text()).toContain('Parlons-en, saison 2');

		expect((await viewer.post(`${campaignPath}?/close`, {})).status).toBe(403);
		expect((await editor.post(`${campaignPath}?/close`, {})).status).toBe(200);
		const closed = mainOf(await (await owner.get(campaignPath)).text());
		expect(closed).toContain('This campaign is closed.');
		expect(closed).not.toContain('Edit settings');
		expect((await editor.post(`${campaignPath}/edit`, FORM)).status).toBe(409);
	});

	it('publishes from the campaign page, then shows each link with its QR code and a flyer per language', async () => {
		const created = await editor.post('/campaigns/new', { ...FORM, languages: ['fr', 'ar'], messagesLanguage: 'fr' });
		const path = created.headers.get('location')!;
		const refused = mainOf(await (await editor.post(`${path}?/publish`, {})).text());
		expect(refused).toContain('translations are missing');

		const arabic = {
			...FORM,
			languages: ['ar'],
			messagesLanguage: 'ar',
			signatureMessages: ['البحر لا يرحم', 'المهرب يكذب'],
			placeboMessage: 'الصحراء لطيفة'
		};
		expect((await editor.post(`${path}/edit`, arabic)).status).toBe(303);
		expect((await viewer.post(`${path}?/publish`, {})).status).toBe(403);
		const published = await editor.post(`${path}?/publish`, {});
		expect(published.status).toBe(200);
		expect(mainOf(await published.text())).toContain('Version 1 is published.');

		const page = mainOf(await (await viewer.get(path)).text());
		expect(page).toContain('Collection links');
		expect(page).not.toContain('Publish version');
		const linkPaths = [...page.matchAll(/href="(\/campaigns\/[a-z2-7]{24}\/links\/[a-z2-7]{24})"/g)].map((m) => m[1]);
		expect(linkPaths).toHaveLength(2);

		const link = mainOf(await (await viewer.get(linkPaths[0])).text());
		expect(link).toMatch(/<svg[^>]*viewBox/);
		expect(link).toMatch(new RegExp(`${server.url}/s/[a-z2-7]{32}`));
		const flyer = mainOf(await (await viewer.get(`${linkPaths[0]}/flyer?lang=ar`)).text());
		expect(flyer).toContain('lang="ar" dir="rtl"');
		expect(flyer).toContain('شارك برأيك');
		expect(flyer).toContain('Partir sans papiers');
		expect((await outsider.get(linkPaths[0])).status).toBe(404);
		expect((await outsider.get(`${linkPaths[0]}/flyer`)).status).toBe(404);
	});

	it('previews the survey in each language as respondents see it, right to left in Arabic', async () => {
		const created = await editor.post('/campaigns/new', {
			...FORM,
			languages: ['fr', 'ar'],
			messagesLanguage: 'ar',
			signatureMessages: ['البحر لا يرحم', 'المهرب يكذب'],
			placeboMessage: 'الصحراء لطيفة'
		});
		const path = created.headers.get('location')!;
		const arabic = mainOf(await (await viewer.get(`${path}/preview?lang=ar`)).text());
		expect(arabic).toMatch(/<form[^>]*lang="ar"[^>]*dir="rtl"/);
		expect(arabic).toContain('البحر لا يرحم');
		expect(arabic).toContain('Sahel Info');
		expect(arabic).toContain('name="D3" value="kolda"');
		const french = mainOf(await (await viewer.get(`${path}/preview?lang=fr&mode=enumerator`)).text());
		expect(french).toMatch(/<form[^>]*lang="fr"[^>]*dir="ltr"/);
		expect(french).toMatch(/enquêteur/i);
		// A language the campaign does not offer falls back to its first one: the messages' language.
		expect(mainOf(await (await viewer.get(`${path}/preview?lang=pt`)).text())).toMatch(/<form[^>]*lang="ar"/);
	});
});
