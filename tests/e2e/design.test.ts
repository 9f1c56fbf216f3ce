import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeOrganisationId, createTokenOverHttp, inviteOverHttp, setUpOverHttp } from '../helpers/accounts';
import { mainOf, type HttpClient } from '../helpers/http';
import { createScratchDatabase, postgresAvailable } from '../helpers/postgres';
import { asFormAnswers, respondentAnswers, RESPONDENT } from '../helpers/responses';
import { startServer, type RunningServer } from '../helpers/server';
import { publishOverHttp, readSurveyPage } from '../helpers/survey-http';

type PublishedOverHttp = Awaited<ReturnType<typeof publishOverHttp>>;

const DATABASES = (await postgresAvailable()) ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const);

const VILLAGES = {
	clusters: [
		{ code: 'V01', name: 'Ndioum', stratum: 'north', weight: 12.5 },
		{ code: 'V02', name: 'Podor', stratum: 'north', weight: 8 },
		{ code: 'V03', stratum: 'south' }
	],
	panel: true
};

describe.each(DATABASES)('a campaign’s sampling design on %s', (database) => {
	let server: RunningServer;
	let drop: (() => Promise<void>) | undefined;
	let owner: HttpClient;
	let viewer: HttpClient;
	let ownerToken: string;
	let viewerToken: string;
	let published: PublishedOverHttp;

	const api = (path: string, token: string, init: RequestInit = {}, language = 'en') =>
		fetch(`${server.url}/api/v1${path}`, {
			...init,
			headers: {
				authorization: `Bearer ${token}`,
				'accept-language': language,
				...(init.body ? { 'content-type': 'application/json' } : {})
			}
		});
	const putDesign = (body: unknown, token = ownerToken, language = 'en') =>
		api(`/campaigns/${published.campaignId}/design`, token, { method: 'PUT', body: JSON.stringify(body) }, language);
	// Interviews sent by the enumerators' queue or another tool: the baseline's exposed link is the enumerators'.
	const collect = (body: object) =>
		fetch(`${server.url}/api/v1/collect/${published.link('baseline', 'exposed').token}/responses`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'accept-language': 'fr', authorization: `Bearer ${ownerToken}` },
			body: JSON.stringify({ language: 'fr', answers: respondentAnswers(), ...body })
		});

	beforeAll(async () => {
		const scratch = database === 'postgres' ? await createScratchDatabase() : null;
		drop = scratch?.drop;
		server = await startServer(scratch ? { DATABASE_URL: scratch.url } : {});
		owner = await setUpOverHttp(server.url, 'owner@example.org', 'Sahel Info');
		viewer = await inviteOverHttp(owner, await activeOrganisationId(owner), 'viewer', 'viewer@example.org');
		ownerToken = await createTokenOverHttp(owner);
		viewerToken = await createTokenOverHttp(viewer);
		published = await publishOverHttp(server.url, ownerToken);
		const interviews = { mode: 'enumerator', opensAt: '', closesAt: '' };
		const link = published.link('baseline', 'exposed');
		expect((await owner.post(`/campaigns/${published.campaignId}/links/${link.id}?/settings`, interviews)).status).toBe(
			200
		);
	});
	afterAll(async () => {
		await server?.stop();
		await drop?.();
	});

	it('keeps the design the API is given, as it was given, for members to read', async () => {
		const saved = await putDesign(VILLAGES);
		expect(saved.status).toBe(200);
		const expected = {
			clusters: [
				{ code: 'V01', name: 'Ndioum', stratum: 'north', weight: 12.5 },
				{ code: 'V02', name: 'Podor', stratum: 'north', weight: 8 },
				{ code: 'V03', name: null, stratum: 'south', weight: null }
			],
			panel: true
		};
		expect(await saved.json()).toEqual(expected);
		expect(await (await api(`/campaigns/${published.campaignId}/design`, viewerToken)).json()).toEqual(expected);
		expect((await putDesign(VILLAGES, viewerToken)).status).toBe(403);
	});

	it('refuses a design with problems with a 422 listing each, in the caller’s language, and keeps the old one', async () => {
		const refused = await putDesign(
			{ clusters: [{ code: 'V01', weight: -2 }, { code: 'v01' }, { code: 'Ndioum village' }] },
			ownerToken,
			'fr'
		);
		expect(refused.status).toBe(422);
		const { error } = await refused.json();
		expect(error.message).toMatch(/plan de sondage n’a pas été enregistré/);
		expect(error.fields).toMatchObject({
			'clusters.0.weight': expect.stringMatching(/supérieur à 0/),
			'clusters.1.code': expect.stringMatching(/déjà celui/),
			'clusters.2.code': expect.stringMatching(/1 à 40/)
		});
		expect(error.problems.map((problem: { line: number; code: string }) => [problem.line, problem.code])).toEqual([
			[1, 'weight_not_positive'],
			[2, 'code_duplicate'],
			[3, 'code_invalid']
		]);
		expect((await putDesign({ clusters: 'V01' })).status).toBe(422);
		expect((await putDesign({ clusters: [], panel: true, extra: 1 })).status).toBe(422);
		const kept = await (await api(`/campaigns/${published.campaignId}/design`, ownerToken)).json();
		expect(kept.clusters).toHaveLength(3);
	});

	it('takes a response in a declared cluster with a panel code, and refuses an undeclared one', async () => {
		expect((await collect({ clientId: 'design-0001', cluster: 'V01', panelCode: 'P-0001' })).status).toBe(201);
		const unknown = await collect({ clientId: 'design-0002', cluster: 'V99' });
		expect(unknown.status).toBe(422);
		expect((await unknown.json()).error.fields.cluster).toMatch(/grappe/);
		const taken = await collect({ clientId: 'design-0003', panelCode: 'P-0001' });
		expect(taken.status).toBe(422);
		expect((await taken.json()).error.fields.panelCode).toMatch(/déjà une réponse/);
		// One interviewed outside any cluster: a PSU of their own, which the page counts apart from the clusters.
		expect((await collect({ clientId: 'design-0004' })).status).toBe(201);
		const report = await (await api(`/campaigns/${published.campaignId}/indicators`, ownerToken)).json();
		expect(report.design).toMatchObject({ type: 'complex', psus: 2, clusters: 1, weighted: true, panel: true });
		const results = mainOf(await (await owner.get(`/campaigns/${published.campaignId}/results`)).text());
		expect(results).toContain('How the campaign was sampled');
		expect(results).toMatch(
			new RegExp(`1 cluster \\(villages, neighbourhoods\\) in ${report.design.strata} strata, weighted; the intervals`)
		);
		expect(results).toContain(
			'Respondents interviewed outside any cluster, each counted as a cluster of their own: 1.'
		);
		expect(results).toContain('below 1, strata or weights made it more precise');
		const listed = await (await api(`/campaigns/${published.campaignId}/responses`, ownerToken)).json();
		const byClient = (clientId: string) =>
			listed.items.find((item: { clientId: string }) => item.clientId === clientId);
		// A pipeline reading responses gets each one's design, as the CSV gives it.
		expect(byClient('design-0001')).toMatchObject({
			cluster: 'V01',
			stratum: expect.any(String),
			weight: expect.any(Number),
			panelId: 'P-0001'
		});
		expect(byClient('design-0004')).toMatchObject({ cluster: null, stratum: null, panelId: null });
		const outside = byClient('design-0004');
		const removed = await api(`/campaigns/${published.campaignId}/responses/${outside.id}`, ownerToken, {
			method: 'DELETE',
			body: JSON.stringify({ comment: 'Sent outside the clusters to test the page' })
		});
		expect(removed.status).toBe(204);
		expect(results).toContain('Effective n');
		expect(results).toContain('Panel members found again at endline');
	});

	it('lists the clusters on the design page, and checks a whole file before saving any of it', async () => {
		const page = mainOf(await (await owner.get(`/campaigns/${published.campaignId}/design`)).text());
		expect(page).toContain('3 clusters in 2 strata');
		expect(page).toContain('has responses');
		expect(page).toContain('action="?/upload"');

		const bad = new FormData();
		bad.append(
			'file',
			new Blob(['code;nom;strate;poids\nV01;Ndioum;north;12,5\nV02;Podor;north;0\nV04;Dagana;east;abc\n']),
			'villages.csv'
		);
		const refused = await owner.postMultipart(`/campaigns/${published.campaignId}/design?/upload`, bad);
		expect(refused.status).toBe(422);
		const shown = mainOf(await refused.text());
		expect(shown).toContain('Nothing was saved');
		expect(shown).toMatch(/<td>3<\/td>\s*<td>weight<\/td>\s*<td><code>0<\/code><\/td>/);
		expect(shown).toContain('A weight is a number');
		// V03 is not in the file: it has no responses, so it may go; V01 has, so it must stay.
		const good = new FormData();
		good.append('file', new Blob(['code,name,stratum,weight\nV01,Ndioum,north,12.5\nV05,Dagana,east,\n']), 'v.csv');
		expect((await owner.postMultipart(`/campaigns/${published.campaignId}/design?/upload`, good)).status).toBe(200);
		const design = await (await api(`/campaigns/${published.campaignId}/design`, ownerToken)).json();
		expect(design.clusters.map((cluster: { code: string }) => cluster.code)).toEqual(['V01', 'V05']);

		const withoutV01 = new FormData();
		withoutV01.append('file', new Blob(['code\nV05\n']), 'v.csv');
		const locked = await owner.postMultipart(`/campaigns/${published.campaignId}/design?/upload`, withoutV01);
		expect(locked.status).toBe(422);
		expect(mainOf(await locked.text())).toContain('already has responses: it cannot be taken out of the list');
		// One cluster added with the form: each problem by its field, never a file's line.
		const added = await owner.post(`/campaigns/${published.campaignId}/design?/add`, { code: 'V09', weight: '-2' });
		expect(added.status).toBe(422);
		const addPage = mainOf(await added.text());
		expect(addPage).toMatch(/id="cluster-weight"[^>]*aria-invalid="true"/);
		expect(addPage).toContain('A weight is above 0.');
		expect(addPage).not.toContain('send the file again');
		const noCode = new FormData();
		noCode.append('file', new Blob(['village,weight\nV01,3\n']), 'v.csv');
		const unreadable = await owner.postMultipart(`/campaigns/${published.campaignId}/design?/upload`, noCode);
		expect(unreadable.status).toBe(400);
		expect(mainOf(await unreadable.text())).toContain('needs a “code” column');
	});

	it('exports each response’s cluster, stratum, weight and panel code, and an export imported again gives the same design', async () => {
		const csv = await (await owner.get(`/campaigns/${published.campaignId}/responses.csv`)).text();
		const [header, row] = csv
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\n');
		const cells = Object.fromEntries(header.split(',').map((name, i) => [name, row.split(',')[i]]));
		expect(cells).toMatchObject({ cluster: 'V01', stratum: 'north', weight: '12.5', panel_id: 'P-0001' });

		const other = await publishOverHttp(server.url, ownerToken);
		const design = await (await api(`/campaigns/${published.campaignId}/design`, ownerToken)).json();
		const declared = await api(`/campaigns/${other.campaignId}/design`, ownerToken, {
			method: 'PUT',
			body: JSON.stringify(design)
		});
		expect(declared.status).toBe(200);
		const imported = await fetch(
			`${server.url}/api/v1/campaigns/${other.campaignId}/responses/import?wave=baseline&group=exposed`,
			{ method: 'POST', headers: { authorization: `Bearer ${ownerToken}`, 'content-type': 'text/csv' }, body: csv }
		);
		expect(imported.status).toBe(200);
		expect(await imported.json()).toMatchObject({ imported: true, problems: [], toImport: 1 });
		const designOf = async (campaignId: string) =>
			(await (await api(`/campaigns/${campaignId}/indicators`, ownerToken)).json()).design;
		expect(await designOf(other.campaignId)).toEqual(await designOf(published.campaignId));
	});

	it('makes a self-completed link for every cluster, each response through one carrying its cluster', async () => {
		const form = (cluster: string) => ({ cell: 'baseline:exposed', cluster });
		const made = await owner.post(`/campaigns/${published.campaignId}/design?/links`, form(''));
		expect(made.status).toBe(200);
		const page = mainOf(await (await owner.get(`/campaigns/${published.campaignId}/design`)).text());
		expect(page).toContain('Links per cluster');
		expect(page.match(/href="\/campaigns\/[^/]+\/links\/[^"]+"/g)).toHaveLength(2);
		// Every cluster has its link now: asking again makes none, and a cluster never declared is refused.
		const again = await owner.post(`/campaigns/${published.campaignId}/design?/links`, form(''));
		expect(again.status).toBe(200);
		expect(mainOf(await again.text())).toContain('No link made: every cluster chosen already has one');
		const unknown = await owner.post(`/campaigns/${published.campaignId}/design?/links`, form('V99'));
		expect(unknown.status).toBe(422);
		expect(mainOf(await unknown.text())).toContain('not one the campaign declared');
		expect((await viewer.post(`/campaigns/${published.campaignId}/design?/links`, form(''))).status).toBe(403);

		const survey = await (await api(`/campaigns/${published.campaignId}/survey`, ownerToken)).json();
		const byCluster = survey.links.filter((link: { clusterCode: string | null }) => link.clusterCode !== null);
		expect(byCluster.map((link: { clusterCode: string; wave: string; mode: string }) => link)).toEqual([
			expect.objectContaining({ clusterCode: 'V01', wave: 'baseline', group: 'exposed', mode: 'self' }),
			expect.objectContaining({ clusterCode: 'V05', wave: 'baseline', group: 'exposed', mode: 'self' })
		]);
		const v05 = byCluster[1].token as string;
		const send = (body: object) =>
			fetch(`${server.url}/api/v1/collect/${v05}/responses`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ language: 'fr', answers: respondentAnswers(), ...body })
			});
		expect((await send({ clientId: 'design-link-1' })).status).toBe(201);
		expect((await send({ clientId: 'design-link-2', cluster: 'V01' })).status).toBe(422);
		const csv = await (await owner.get(`/campaigns/${published.campaignId}/responses.csv`)).text();
		const rows = csv
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\n');
		const column = rows[0].split(',').indexOf('cluster');
		expect(
			rows
				.slice(1)
				.map((row) => row.split(',')[column])
				.sort()
		).toEqual(['V01', 'V05']);
	});

	it('keeps an interview’s cluster and panel code from page to page without script, and stores them with it', async () => {
		const link = published.link('baseline', 'comparison');
		const settings = { mode: 'enumerator', opensAt: '', closesAt: '' };
		expect((await owner.post(`/campaigns/${published.campaignId}/links/${link.id}?/settings`, settings)).status).toBe(
			200
		);
		const path = `/s/${link.token}?lang=fr`;
		const answers = asFormAnswers(RESPONDENT);
		// As a browser without script: each page's form holds the answers so far and the interview's two fields.
		const interview = async (choice: Record<string, string>): Promise<Response> => {
			let html = await (await owner.get(path)).text();
			const given: Record<string, string | string[]> = {};
			for (let step = 0; step < 40; step++) {
				if (step > 0 && choice._panel) expect(html).toContain(`value="${choice._panel}"`);
				const { fields, hidden } = readSurveyPage(html);
				for (const id of fields) if (id in answers) given[id] = answers[id];
				// The last page is sent to its own address; what it cannot store goes back to the page (307), said there.
				const shown = html
					.split('<section class="survey-page"')
					.find((part) => /data-page/.test(part) && !/^[^>]*\bhidden/.test(part))!;
				const send = /formaction="([^"]+)"/.exec(shown)?.[1].replaceAll('&amp;', '&');
				const body = { ...hidden, ...given, ...choice, _nav: 'next' };
				let response = await owner.post(send ?? path, body);
				if (response.status === 307) response = await owner.post(response.headers.get('location')!, body);
				if (response.status !== 200) return response;
				html = await response.text();
			}
			throw new Error('The interview did not end within 40 pages');
		};
		expect((await interview({ _cluster: 'V05', _panel: 'P-0900' })).status).toBe(303);
		// Typed in small letters by another enumerator: the same code.
		const taken = await interview({ _cluster: 'V05', _panel: 'p-0900' });
		expect(taken.status).toBe(400);
		const page = mainOf(await taken.text());
		expect(page).toContain('a déjà un entretien dans cette vague');
		expect(page).toMatch(/<option value="V05" selected/);
		const invalid = await interview({ _cluster: 'V99', _panel: '' });
		expect(invalid.status).toBe(400);
		expect(mainOf(await invalid.text())).toContain('n’est pas une de celles que la campagne a déclarées');

		const csv = await (await owner.get(`/campaigns/${published.campaignId}/responses.csv`)).text();
		const [header, ...rows] = csv
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\n');
		const columns = header.split(',');
		const stored = rows
			.map((row) => row.split(','))
			.filter((cells) => cells[columns.indexOf('group')] === 'comparison')
			.map((cells) => [cells[columns.indexOf('cluster')], cells[columns.indexOf('panel_id')]]);
		expect(stored).toEqual([['V05', 'P-0900']]);
	});

	it('lets viewers read the page without its forms', async () => {
		const page = mainOf(await (await viewer.get(`/campaigns/${published.campaignId}/design`)).text());
		expect(page).toContain('Only owners and editors');
		expect(page).not.toContain('action="?/upload"');
		expect((await viewer.post(`/campaigns/${published.campaignId}/design?/panel`, { panel: 'yes' })).status).toBe(403);
	});

	it('reads codes as typed around them, and hides from the public a panel’s counts that would give the few members lost', async () => {
		// Six more members at baseline, five of them found again at endline: one lost, which the counts would give.
		for (let i = 2; i <= 7; i++) {
			const code = `P-000${i}`;
			expect((await collect({ clientId: `design-b${i}`, cluster: 'V01', panelCode: code })).status).toBe(201);
			if (i === 7) continue;
			const endline = await fetch(
				`${server.url}/api/v1/collect/${published.link('endline', 'exposed').token}/responses`,
				{
					method: 'POST',
					headers: { 'content-type': 'application/json', origin: server.url },
					body: JSON.stringify({
						clientId: `design-e${i}`,
						language: 'fr',
						answers: respondentAnswers(),
						panelCode: code
					})
				}
			);
			expect(endline.status).toBe(201);
		}
		// A code is read as typed around it (spaces, case); null or blank is none.
		expect((await collect({ clientId: 'design-0004', cluster: ' v01 ', panelCode: null })).status).toBe(201);
		expect((await collect({ clientId: 'design-0005', cluster: null, panelCode: '' })).status).toBe(201);
		const shared = await api(`/campaigns/${published.campaignId}/public-report`, ownerToken, { method: 'POST' });
		expect([200, 201]).toContain(shared.status);
		const page = mainOf(
			await (await fetch((await shared.json()).url, { headers: { 'accept-language': 'en' } })).text()
		);
		expect(page).toContain('Panel members found again at endline');
		expect(page).toMatch(/<td>not shown<\/td>\s*<td>not shown<\/td>/);
		expect(page).toContain('or the members lost between them, number 1 to 4');
		expect(page).not.toContain('Ndioum');
	});
});
