import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeOrganisationId, createTokenOverHttp, inviteOverHttp, setUpOverHttp } from '../helpers/accounts';
import { campaignBody } from '../helpers/fixtures';
import { mainOf, type HttpClient } from '../helpers/http';
import { startServer, type RunningServer } from '../helpers/server';
import { buildForm, readFixture, readWorkbook } from '../unit/lib/server/xlsform/workbooks';

describe('XLSForm in and out, and link settings', () => {
	let server: RunningServer;
	let editor: HttpClient;
	let viewer: HttpClient;
	let editorToken: string;
	let viewerToken: string;

	const api = (token: string, method: string, path: string, body?: BodyInit, type = 'application/octet-stream') =>
		fetch(`${server.url}/api/v1${path}`, {
			method,
			headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': type } : {}) },
			body
		});

	beforeAll(async () => {
		server = await startServer();
		const owner = await setUpOverHttp(server.url, 'owner@example.org', 'Sahel Info');
		const orgId = await activeOrganisationId(owner);
		editor = await inviteOverHttp(owner, orgId, 'editor', 'editor@example.org');
		viewer = await inviteOverHttp(owner, orgId, 'viewer', 'viewer@example.org');
		editorToken = await createTokenOverHttp(editor);
		viewerToken = await createTokenOverHttp(viewer);
	});
	afterAll(async () => server.stop());

	/** A campaign of its own for each test, which runs alone as well as after the others. */
	async function newCampaign(): Promise<string> {
		const created = await api(
			editorToken,
			'POST',
			'/campaigns',
			JSON.stringify(campaignBody({ languages: ['en'] })),
			'application/json'
		);
		expect(created.status).toBe(201);
		return (await created.json()).id;
	}

	it('reports a dry run, then imports; refuses what is not a workbook and people who may not', async () => {
		const campaignId = await newCampaign();
		const fixture = await readFixture('yes_or_no_question.xlsx');
		const dry = await api(editorToken, 'POST', `/campaigns/${campaignId}/xlsform?dryRun=1`, fixture.slice());
		expect(dry.status).toBe(200);
		expect(await dry.json()).toMatchObject({ saved: false, questions: [{ code: 'good_day', type: 'single' }] });
		expect(
			(await (await api(viewerToken, 'GET', `/campaigns/${campaignId}/survey`)).json()).draft.customQuestions
		).toEqual([]);

		expect((await api(viewerToken, 'POST', `/campaigns/${campaignId}/xlsform`, fixture.slice())).status).toBe(403);
		const text = await api(
			editorToken,
			'POST',
			`/campaigns/${campaignId}/xlsform`,
			new TextEncoder().encode('name,age\nA,3').slice()
		);
		expect(text.status).toBe(422);
		expect((await text.json()).error.message).toContain('not an Excel workbook');

		const untyped = await fetch(`${server.url}/api/v1/campaigns/${campaignId}/xlsform`, {
			method: 'POST',
			headers: { authorization: `Bearer ${editorToken}` },
			body: fixture.slice()
		});
		expect(untyped.status).toBe(400);
		expect((await untyped.json()).error.message).toContain('Content-Type');

		const saved = await api(editorToken, 'POST', `/campaigns/${campaignId}/xlsform`, fixture.slice());
		expect(saved.status).toBe(201);
		expect(
			(await (await api(viewerToken, 'GET', `/campaigns/${campaignId}/survey`)).json()).draft.customQuestions.map(
				(q: { code: string }) => q.code
			)
		).toEqual(['good_day']);

		// The same form again: the preview refuses it as the import would, naming the codes the survey has.
		for (const path of [`/campaigns/${campaignId}/xlsform?dryRun=1`, `/campaigns/${campaignId}/xlsform`]) {
			const again = await api(editorToken, 'POST', path, fixture.slice());
			expect(again.status).toBe(422);
			expect((await again.json()).error.message).toContain('already has questions named good_day');
		}
	});

	it('reads an .xls form (read in a worker thread by the built app) as its .xlsx twin, and refuses a broken one', async () => {
		const campaignId = await newCampaign();
		const dryRun = async (bytes: Uint8Array) => {
			const response = await api(editorToken, 'POST', `/campaigns/${campaignId}/xlsform?dryRun=1`, bytes.slice());
			return { status: response.status, body: await response.json() };
		};
		const xls = await dryRun(await readFixture('pyxform/widgets.xls'));
		expect(xls.status).toBe(200);
		expect(xls.body.questions.length).toBeGreaterThan(20);
		const [legacy, modern] = await Promise.all(
			['xls', 'xlsx'].map(async (extension) => dryRun(await readFixture(`pyxform/group.${extension}`)))
		);
		expect(legacy).toEqual(modern);

		const signature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
		const broken = await dryRun(Uint8Array.from([...signature, ...new Array(4096).fill(0xff)]));
		expect(broken.status).toBe(422);
		expect(broken.body.error.message).toContain('not an Excel workbook');
		expect(await (await fetch(`${server.url}/healthz`)).status).toBe(200);
	});

	it('refuses a condition of 60,000 nested parentheses, naming its row, on the API and the page, and stores nothing', async () => {
		const campaignId = await newCampaign();
		const hostile = await buildForm([
			['type', 'name', 'label', 'relevant'],
			['text', 'first', 'First', ''],
			['text', 'second', 'Second', '('.repeat(60_000) + "${first} = 'x'" + ')'.repeat(60_000)]
		]);
		const codes = async () =>
			(await (await api(viewerToken, 'GET', `/campaigns/${campaignId}/survey`)).json()).draft.customQuestions.map(
				(q: { code: string }) => q.code
			);
		const before = await codes();

		const saved = await api(editorToken, 'POST', `/campaigns/${campaignId}/xlsform`, hostile.slice());
		expect(saved.status).toBe(422);
		expect((await saved.json()).error.message).toBe(
			'Row 3 of the “survey” sheet: its “relevant” cell is longer than 10,000 characters, which ' +
				'no form needs. Nothing was imported: shorten it, then choose the file again.'
		);
		const deep = await buildForm([
			['type', 'name', 'label', 'constraint'],
			['integer', 'age', 'Age', '('.repeat(101) + '. >= 1' + ')'.repeat(101)]
		]);
		const french = await fetch(`${server.url}/api/v1/campaigns/${campaignId}/xlsform`, {
			method: 'POST',
			headers: {
				authorization: `Bearer ${editorToken}`,
				'content-type': 'application/octet-stream',
				'accept-language': 'fr'
			},
			body: deep.slice()
		});
		expect(french.status).toBe(422);
		expect((await french.json()).error.message).toContain(
			'Ligne 2 de la feuille « survey » : sa cellule « constraint » imbrique plus de 100 niveaux'
		);

		const form = new FormData();
		form.append('file', new Blob([hostile.slice()]), 'form.xlsx');
		const preview = await editor.postMultipart(`/campaigns/${campaignId}/xlsform?/preview`, form);
		expect(preview.status).toBe(422);
		expect(mainOf(await preview.text())).toContain(
			'Row 3 of the “survey” sheet: its “relevant” cell is longer than 10,000 characters'
		);
		expect(await codes()).toEqual(before);
	});

	it('names the download after the campaign, its letters kept', async () => {
		const created = await api(
			editorToken,
			'POST',
			'/campaigns',
			JSON.stringify(campaignBody({ languages: ['en'], title: 'Sécurité à Thiès: été 2026' })),
			'application/json'
		);
		const { id } = await created.json();
		const response = await api(viewerToken, 'GET', `/campaigns/${id}/xlsform`);
		expect(response.status).toBe(200);
		const disposition = response.headers.get('content-disposition') ?? '';
		expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent('Sécurité-à-Thiès-été-2026-v1.xlsx')}`);
		await response.arrayBuffer();
	});

	it('exports the whole survey, core module first, named by the answer codes', async () => {
		const campaignId = await newCampaign();
		const imported = await api(
			editorToken,
			'POST',
			`/campaigns/${campaignId}/xlsform`,
			(await readFixture('yes_or_no_question.xlsx')).slice()
		);
		expect(imported.status).toBe(201);
		const response = await api(viewerToken, 'GET', `/campaigns/${campaignId}/xlsform`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toContain('spreadsheetml');
		expect(response.headers.get('content-disposition')).toMatch(
			/attachment; filename="Partir-sans-papiers-Parlons-en-v1\.xlsx"/
		);
		const sheets = await readWorkbook(new Uint8Array(await response.arrayBuffer()));
		expect(Object.keys(sheets)).toEqual(expect.arrayContaining(['survey', 'choices', 'settings']));
		const header = sheets.survey[0];
		const names = sheets.survey
			.slice(1)
			.map((row) => row[header.indexOf('name')])
			.filter(Boolean);
		expect(names.slice(0, 5)).toEqual(['start', 'end', 'C0', 'D1', 'D2']);
		expect(names).toEqual(expect.arrayContaining(['E3_1', 'E3_2', 'E3_P', 'K8', 'TR6', 'S1', 'good_day']));
	});

	it('previews an upload on the page, shows what is left out, and imports on confirmation', async () => {
		const campaignId = await newCampaign();
		const workbook = await buildForm([
			['type', 'name', 'label::English (en)', 'relevant'],
			['integer', 'household_size', 'How many people live in your household?', ''],
			['text', 'reason', 'Why?', '${household_size} > 3 and ${household_size} < 9'],
			['calculate', 'total', '', ''],
			['geopoint', 'where', 'Where are you?', '']
		]);
		const form = new FormData();
		form.append('file', new Blob([workbook.slice()]), 'form.xlsx');
		const preview = await editor.postMultipart(`/campaigns/${campaignId}/xlsform?/preview`, form);
		expect(preview.status).toBe(200);
		const page = mainOf(await preview.text());
		expect(page).toContain('Questions that can be imported: 2');
		// The condition comes with its question; a calculation without one, and a location, do not.
		expect(page).toContain('Asked only when <code>${household_size} > 3 and ${household_size} &lt; 9</code>');
		expect(page).toContain('This calculation cannot run here.');
		expect(page).toContain('Left out on purpose: it could identify a respondent');
		const questions = /name="questions" value="([^"]+)"/
			.exec(page)![1]
			.replaceAll('&quot;', '"')
			.replaceAll('&lt;', '<')
			.replaceAll('&amp;', '&');

		expect((await viewer.post(`/campaigns/${campaignId}/xlsform?/import`, { questions })).status).toBe(403);
		const imported = await editor.post(`/campaigns/${campaignId}/xlsform?/import`, { questions });
		expect(imported.status).toBe(303);
		const campaignPage = mainOf(await (await viewer.get(`/campaigns/${campaignId}`)).text());
		expect(campaignPage).toContain('household_size');

		const empty = new FormData();
		empty.append('file', new Blob([new TextEncoder().encode('not a workbook')]), 'notes.txt');
		const refused = await editor.postMultipart(`/campaigns/${campaignId}/xlsform?/preview`, empty);
		expect(refused.status).toBe(422);
		expect(mainOf(await refused.text())).toContain('not an Excel workbook');
	});

	it('lets editors set a link’s mode and dates', async () => {
		const campaignId = await newCampaign();
		const published = await (await api(editorToken, 'POST', `/campaigns/${campaignId}/publish`)).json();
		expect(published.links.length).toBeGreaterThan(0);
		const campaignPage = mainOf(await (await editor.get(`/campaigns/${campaignId}`)).text());
		const linkPath = /href="(\/campaigns\/[a-z2-7]{24}\/links\/[a-z2-7]{24})"/.exec(campaignPage)![1];

		const bad = await editor.post(`${linkPath}?/settings`, {
			mode: 'enumerator',
			opensAt: '2026-05-01',
			closesAt: '2026-04-01'
		});
		expect(bad.status).toBe(400);
		expect(mainOf(await bad.text())).toContain('The end date must be on or after the start date.');
		expect((await viewer.post(`${linkPath}?/settings`, { mode: 'self', opensAt: '', closesAt: '' })).status).toBe(403);
		const saved = await editor.post(`${linkPath}?/settings`, {
			mode: 'enumerator',
			opensAt: '2026-04-01',
			closesAt: '2026-05-01'
		});
		expect(saved.status).toBe(200);
		const survey = await (await api(viewerToken, 'GET', `/campaigns/${campaignId}/survey`)).json();
		expect(survey.links.find((l: { id: string }) => linkPath.endsWith(l.id))).toMatchObject({
			mode: 'enumerator',
			opensAt: '2026-04-01',
			closesAt: '2026-05-01'
		});
	});

	it('adds a follow-up wave once, for editors', async () => {
		const campaignId = await newCampaign();
		expect((await api(editorToken, 'POST', `/campaigns/${campaignId}/publish`)).status).toBe(200);
		const path = `/campaigns/${campaignId}`;
		expect((await viewer.post(`${path}?/followup`, {})).status).toBe(403);
		expect((await editor.post(`${path}?/followup`, {})).status).toBe(200);
		const links = (await (await api(viewerToken, 'GET', `${path}/survey`)).json()).links;
		expect(
			links
				.filter((l: { wave: string }) => l.wave === 'followup')
				.map((l: { group: string }) => l.group)
				.sort()
		).toEqual(['comparison', 'exposed']);
		expect((await editor.post(`${path}?/followup`, {})).status).toBe(409);
		expect(mainOf(await (await editor.get(path)).text())).not.toContain('Add a follow-up wave');
	});
});
