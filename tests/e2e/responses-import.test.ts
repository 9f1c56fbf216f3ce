import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeOrganisationId, createTokenOverHttp, inviteOverHttp, setUpOverHttp } from '../helpers/accounts';
import { campaignBody } from '../helpers/fixtures';
import { mainOf, type HttpClient } from '../helpers/http';
import { buildCsv, generateResponses, toCells } from '../helpers/responses-csv';
import { startServer, type RunningServer } from '../helpers/server';
import { RESPONDENT } from '../helpers/responses';

const ADULT_CELLS = toCells(RESPONDENT);

/** What a hidden field holds once the page's HTML escapes are undone. */
function hiddenValue(page: string, name: string): string {
	const value = new RegExp(`name="${name}" value="([^"]*)"`).exec(page)![1];
	return value
		.replaceAll('&quot;', '"')
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&#39;', "'")
		.replaceAll('&amp;', '&');
}

describe('importing responses from CSV, on the pages and the API', () => {
	let server: RunningServer;
	let editor: HttpClient;
	let viewer: HttpClient;
	let editorToken: string;
	let viewerToken: string;
	let campaignId: string;
	let linkPath: string;

	const importApi = (token: string, query: string, body: string, type = 'text/csv') =>
		fetch(`${server.url}/api/v1/campaigns/${campaignId}/responses/import?${query}`, {
			method: 'POST',
			headers: { authorization: `Bearer ${token}`, 'content-type': type, 'accept-language': 'en' },
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
		const body = campaignBody({
			signatureMessages: [
				{ fr: 'La mer ne pardonne pas.', en: 'The sea does not forgive.' },
				{ fr: 'Le passeur ment.', en: 'The smuggler lies.' }
			]
		});
		const headers = { authorization: `Bearer ${editorToken}`, 'content-type': 'application/json' };
		campaignId = (
			await (
				await fetch(`${server.url}/api/v1/campaigns`, { method: 'POST', headers, body: JSON.stringify(body) })
			).json()
		).id;
		const published = await fetch(`${server.url}/api/v1/campaigns/${campaignId}/publish`, {
			method: 'POST',
			headers: { authorization: `Bearer ${editorToken}` }
		});
		expect(published.status).toBe(200);
		const survey = await (
			await fetch(`${server.url}/api/v1/campaigns/${campaignId}/survey`, {
				headers: { authorization: `Bearer ${editorToken}` }
			})
		).json();
		const link = survey.links.find(
			(l: { wave: string; group: string }) => l.wave === 'baseline' && l.group === 'exposed'
		);
		linkPath = `/campaigns/${campaignId}/links/${link.id}`;
	});
	afterAll(async () => server.stop());

	it('answers a dry run with the report, then imports all or nothing, once', async () => {
		const csv = buildCsv(generateResponses(40), { delimiter: ';' });
		const dry = await importApi(editorToken, 'wave=endline&group=exposed&language=fr&dryRun=1', csv);
		expect(dry.status).toBe(200);
		expect(await dry.json()).toMatchObject({
			rows: 40,
			problems: [],
			toImport: 40,
			alreadyImported: 0,
			imported: false
		});

		const broken = csv.replace('uuid:row-000003;yes;female;21', 'uuid:row-000003;yes;female;210');
		const refused = await importApi(editorToken, 'wave=endline&group=exposed&language=fr', broken);
		expect(refused.status).toBe(422);
		const failure = await refused.json();
		expect(failure.error.message).toBe('The file has problems, so nothing was imported: see “problems”.');
		expect(failure.error.problems).toEqual([
			{
				line: 5,
				column: 'D2',
				value: '210',
				code: 'out_of_range',
				min: 10,
				max: 99,
				firstLine: null,
				message: 'Please give a number from 10 to 99.'
			}
		]);
		expect(
			(await (await importApi(editorToken, 'wave=endline&group=exposed&language=fr&dryRun=1', csv)).json())
				.alreadyImported
		).toBe(0);

		const imported = await importApi(editorToken, 'wave=endline&group=exposed&language=fr', csv);
		expect(imported.status).toBe(200);
		expect(await imported.json()).toMatchObject({ toImport: 40, imported: true });
		const again = await importApi(editorToken, 'wave=endline&group=exposed&language=fr', csv);
		expect(await again.json()).toMatchObject({ alreadyImported: 40, toImport: 0, imported: true });
	});

	it('refuses what it cannot take, in the caller’s language', async () => {
		const csv = buildCsv([ADULT_CELLS]);
		expect((await importApi(viewerToken, 'wave=baseline&group=exposed&dryRun=1', csv)).status).toBe(403);
		const anonymous = await fetch(
			`${server.url}/api/v1/campaigns/${campaignId}/responses/import?wave=baseline&group=exposed`,
			{
				method: 'POST',
				headers: { 'content-type': 'text/csv' },
				body: csv
			}
		);
		expect(anonymous.status).toBe(401);

		const badQuery = await importApi(editorToken, 'wave=midline&group=exposed', csv);
		expect(badQuery.status).toBe(422);
		expect((await badQuery.json()).error.fields).toEqual({ wave: 'The wave is baseline, endline or followup.' });
		const json = await importApi(editorToken, 'wave=baseline&group=exposed', '{"C0":"yes"}', 'application/json');
		expect(json.status).toBe(415);
		const noLanguage = await importApi(editorToken, 'wave=baseline&group=exposed', csv);
		expect(noLanguage.status).toBe(422);
		expect((await noLanguage.json()).error).toMatchObject({
			fields: { language: expect.stringContaining('no “language” column') }
		});
		const latin1 = await fetch(
			`${server.url}/api/v1/campaigns/${campaignId}/responses/import?wave=baseline&group=exposed&language=fr`,
			{
				method: 'POST',
				headers: { authorization: `Bearer ${editorToken}`, 'content-type': 'text/csv', 'accept-language': 'fr' },
				body: new Uint8Array([0x43, 0x30, 0x2c, 0x44, 0x32, 0x0a, 0x6f, 0x75, 0xef, 0x2c, 0x32, 0x32, 0x0a])
			}
		);
		expect(latin1.status).toBe(422);
		expect((await latin1.json()).error.message).toBe(
			'Ce fichier n’est pas du texte UTF-8. Dans votre tableur, enregistrez-le en « CSV UTF-8 ».'
		);
	});

	it('offers the import on the link page to editors only, and refuses its page to viewers', async () => {
		expect(mainOf(await (await editor.get(linkPath)).text())).toContain(`href="${linkPath}/import"`);
		expect(mainOf(await (await viewer.get(linkPath)).text())).not.toContain(`${linkPath}/import`);
		expect((await viewer.get(`${linkPath}/import`)).status).toBe(403);
		const page = mainOf(await (await editor.get(`${linkPath}/import`)).text());
		expect(page).toContain('<label for="import-file">CSV file</label>');
		expect(page).toContain('<label for="import-language">Language the responses were given in</label>');
	});

	it('checks an upload on the page, lists its problems, and imports on confirmation', async () => {
		const upload = (csv: string, language = 'en') => {
			const form = new FormData();
			form.append('file', new Blob([csv], { type: 'text/csv' }), 'responses.csv');
			form.append('language', language);
			return editor.postMultipart(`${linkPath}/import?/check`, form);
		};
		const wrong = await upload(
			buildCsv([ADULT_CELLS, { ...ADULT_CELLS, K1: 'maybe' }, { ...ADULT_CELLS, remarks: 'kind' }])
		);
		expect(wrong.status).toBe(200);
		const report = mainOf(await wrong.text()).replace(/<!--.*?-->/g, '');
		expect(report).toContain('Some rows have problems.');
		expect(report).toContain('Import the 2 valid rows, leave out the 1 with problems');
		expect(report).toMatch(
			/<td>3<\/td>\s*<td><code>K1<\/code><\/td>\s*<td><code>maybe<\/code><\/td>\s*<td>Please choose one of the answers given.<\/td>/
		);
		expect(report).toContain('<code>remarks</code>');

		const csv = buildCsv([{ ...ADULT_CELLS, note: 'a "quoted"\nremark' }, ADULT_CELLS, { C0: 'no' }]);
		const checked = mainOf(await (await upload(csv)).text());
		expect(checked).toContain('Import 3 rows');
		const carried = hiddenValue(checked, 'csv');
		expect(carried).toBe(csv);

		expect((await viewer.post(`${linkPath}/import?/import`, { csv: carried, language: 'en' })).status).toBe(403);
		const form = new FormData();
		form.append('csv', carried);
		form.append('language', 'en');
		const done = await editor.postMultipart(`${linkPath}/import?/import`, form);
		expect(done.status).toBe(200);
		expect(mainOf(await done.text())).toContain('Imported: 3 rows.');
		const twice = mainOf(await (await upload(csv)).text());
		expect(twice).toContain('Nothing new to import');
		expect(twice).not.toContain('name="csv"');

		const missing = await editor.postMultipart(`${linkPath}/import?/check`, new FormData());
		expect(missing.status).toBe(400);
		expect(mainOf(await missing.text())).toContain('No CSV file came: choose one');
	});
});
