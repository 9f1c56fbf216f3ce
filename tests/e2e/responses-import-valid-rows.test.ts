import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeOrganisationId, createTokenOverHttp, inviteOverHttp, setUpOverHttp } from '../helpers/accounts';
import { campaignBody } from '../helpers/fixtures';
import { mainOf, type HttpClient } from '../helpers/http';
import { buildCsv, generateResponses } from '../helpers/responses-csv';
import { startServer, type RunningServer } from '../helpers/server';

/** 60 rows dated inside the campaign, 3 of them with a problem (lines 6, 21 and 42), 2 dated before its start. */
function sixtyWithThreeBad(prefix: string): Record<string, string>[] {
	const records: Record<string, string>[] = generateResponses(60, prefix).map((record) => ({
		...record,
		submitted_at: '2026-05-04T10:30:00Z'
	}));
	records[4] = { ...records[4], D2: '210' };
	records[19] = { ...records[19], K1: 'maybe' };
	records[40] = { ...records[40], language: 'de' };
	records[9] = { ...records[9], submitted_at: '2026-02-01T08:00:00Z' };
	records[10] = { ...records[10], submitted_at: '2025-12-31' };
	return records;
}

describe('importing the valid rows of a CSV, over the API and on the page', () => {
	let server: RunningServer;
	let editor: HttpClient;
	let viewer: HttpClient;
	let editorToken: string;
	let campaignId: string;
	let linkPath: string;

	const importApi = (query: string, body: string, locale = 'en') =>
		fetch(`${server.url}/api/v1/campaigns/${campaignId}/responses/import?${query}`, {
			method: 'POST',
			headers: { authorization: `Bearer ${editorToken}`, 'content-type': 'text/csv', 'accept-language': locale },
			body
		});
	const countStored = async (wave: string) =>
		(
			await (
				await importApi(`wave=${wave}&group=exposed&language=fr&dryRun=1`, buildCsv(sixtyWithThreeBad(`uuid:${wave}`)))
			).json()
		).alreadyImported as number;

	beforeAll(async () => {
		server = await startServer();
		const owner = await setUpOverHttp(server.url, 'owner@example.org', 'Sahel Info');
		const orgId = await activeOrganisationId(owner);
		editor = await inviteOverHttp(owner, orgId, 'editor', 'editor@example.org');
		viewer = await inviteOverHttp(owner, orgId, 'viewer', 'viewer@example.org');
		editorToken = await createTokenOverHttp(editor);
		const headers = { authorization: `Bearer ${editorToken}`, 'content-type': 'application/json' };
		const body = campaignBody({
			signatureMessages: [
				{ fr: 'La mer ne pardonne pas.', en: 'The sea does not forgive.' },
				{ fr: 'Le passeur ment.', en: 'The smuggler lies.' }
			]
		});
		campaignId = (
			await (
				await fetch(`${server.url}/api/v1/campaigns`, { method: 'POST', headers, body: JSON.stringify(body) })
			).json()
		).id;
		const published = await fetch(`${server.url}/api/v1/campaigns/${campaignId}/publish`, { method: 'POST', headers });
		const links = (await published.json()).links as { id: string; wave: string; group: string }[];
		const survey = await (await fetch(`${server.url}/api/v1/campaigns/${campaignId}/survey`, { headers })).json();
		expect(links.length).toBeGreaterThan(0);
		const link = survey.links.find(
			(l: { wave: string; group: string }) => l.wave === 'baseline' && l.group === 'exposed'
		);
		linkPath = `/campaigns/${campaignId}/links/${link.id}`;
	});
	afterAll(async () => server.stop());

	it('answers 422 and writes nothing without skipInvalid, as before', async () => {
		const refused = await importApi(
			'wave=endline&group=exposed&language=fr',
			buildCsv(sixtyWithThreeBad('uuid:endline'))
		);
		expect(refused.status).toBe(422);
		const failure = await refused.json();
		expect(Object.keys(failure.error).sort()).toEqual(['code', 'message', 'problemCount', 'problems']);
		expect(failure.error).toMatchObject({ code: 'invalid', problemCount: 3 });
		expect(await countStored('endline')).toBe(0);
	});

	it('with skipInvalid=1 reports, then imports the 57 valid rows and lists the 3 left out and why', async () => {
		const csv = buildCsv(sixtyWithThreeBad('uuid:baseline'));
		const dry = await importApi('wave=baseline&group=exposed&language=fr&dryRun=1&skipInvalid=1', csv);
		expect(dry.status).toBe(200);
		expect(await dry.json()).toMatchObject({ toImport: 57, leftOutCount: 3, imported: false });
		expect(await countStored('baseline')).toBe(0);

		const done = await importApi('wave=baseline&group=exposed&language=fr&skipInvalid=1', csv, 'fr');
		expect(done.status).toBe(200);
		const report = await done.json();
		expect(report).toMatchObject({ rows: 60, toImport: 57, imported: true, leftOutCount: 3, rowsWithProblems: 3 });
		expect(report.leftOut).toEqual([
			{
				line: 6,
				reasons: [
					expect.objectContaining({
						column: 'D2',
						value: '210',
						code: 'out_of_range',
						message: 'Merci de donner un nombre de 10 à 99.'
					})
				]
			},
			{ line: 21, reasons: [expect.objectContaining({ column: 'K1', code: 'not_an_option' })] },
			{ line: 42, reasons: [expect.objectContaining({ column: 'language', code: 'language_not_offered' })] }
		]);
		expect(report.outsideDates).toEqual({
			count: 2,
			startDate: '2026-03-01',
			endDate: '2026-09-30',
			lines: [11, 12],
			message:
				'Lignes datées hors des dates de la campagne, du 2026-03-01 au 2026-09-30 : 2. Elles sont importées et signalées pour vérification.'
		});
		expect(await countStored('baseline')).toBe(57);
	});

	it('still refuses a file whose header has a problem (422), writing nothing', async () => {
		const records = sixtyWithThreeBad('uuid:followup').map((record) => ({ ...record, d2: record.D2 }));
		const refused = await importApi('wave=endline&group=comparison&language=fr&skipInvalid=1', buildCsv(records));
		expect(refused.status).toBe(422);
		expect((await refused.json()).error).toMatchObject({
			message: 'The file’s columns have problems (line 1), so no row was imported: see “problems”.',
			problems: expect.arrayContaining([expect.objectContaining({ line: 1, column: 'd2', code: 'duplicate_column' })])
		});
		const again = await importApi('wave=endline&group=comparison&language=fr&dryRun=1', buildCsv(records));
		expect((await again.json()).alreadyImported).toBe(0);
	});

	it('gives the left-out rows of the page’s file as a CSV to editors, and nothing to viewers', async () => {
		const csv = buildCsv(sixtyWithThreeBad('uuid:page'));
		const form = () => {
			const data = new FormData();
			data.append('csv', csv);
			data.append('language', 'fr');
			return data;
		};
		const checked = mainOf(
			await (
				await editor.postMultipart(
					`${linkPath}/import?/check`,
					(() => {
						const data = new FormData();
						data.append('file', new Blob([csv], { type: 'text/csv' }), 'responses.csv');
						data.append('language', 'fr');
						return data;
					})()
				)
			).text()
		);
		expect(checked).toContain('Import the 57 valid rows, leave out the 3 with problems');
		expect(checked).toContain(`action="${linkPath}/import/left-out"`);

		const download = await editor.postMultipart(`${linkPath}/import/left-out`, form());
		expect(download.status).toBe(200);
		expect(download.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(download.headers.get('content-disposition')).toBe('attachment; filename="left-out-rows.csv"');
		// The byte-order mark kept, which Response.text() would take off.
		const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await download.arrayBuffer());
		const records = text.trimEnd().split('\r\n');
		expect(records).toHaveLength(4);
		expect(records[0].startsWith('\uFEFF_why_left_out,meta/instanceID,')).toBe(true);
		expect(records[1]).toMatch(/^Line 6\. D2: Please give a number from 10 to 99\.,uuid:page-000004,/);
		expect((await viewer.postMultipart(`${linkPath}/import/left-out`, form())).status).toBe(403);

		// Without the box ticked, nothing is imported: the report stays, with the message beside the box.
		const unticked = form();
		unticked.append('skipInvalid', '1');
		const refused = await editor.postMultipart(`${linkPath}/import?/import`, unticked);
		expect(refused.status).toBe(400);
		expect(mainOf(await refused.text())).toContain('Tick the box to confirm that the rows with problems are left out.');
		const ticked = form();
		ticked.append('skipInvalid', '1');
		ticked.append('confirmLeaveOut', 'on');
		const done = mainOf(await (await editor.postMultipart(`${linkPath}/import?/import`, ticked)).text());
		expect(done).toContain('Imported: 57 rows. Left out: 3 rows with problems.');
		expect(done).toContain(`action="${linkPath}/import/left-out"`);
	});
});
