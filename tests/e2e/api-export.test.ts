import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASELINE_PROFILE, drawAnswers, seededRandom } from '$lib/server/demo/synthetic';
import {
	activeOrganisationId,
	createTokenOverHttp,
	inviteOverHttp,
	setUpOverHttp,
	signUpOverHttp
} from '../helpers/accounts';
import { createScratchDatabase, postgresAvailable } from '../helpers/postgres';
import { buildCsv, toCells } from '../helpers/responses-csv';
import { HttpClient } from '../helpers/http';
import { startServer, type RunningServer } from '../helpers/server';
import { publishOverHttp } from '../helpers/survey-http';

const DATABASES = (await postgresAvailable()) ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const);
const COUNT = 2300;

describe.each(DATABASES)('exporting responses as CSV on %s', (database) => {
	let server: RunningServer;
	let drop: (() => Promise<void>) | undefined;
	let owner: string;
	let viewer: string;
	let stranger: string;
	let campaignId: string;
	let imported: Record<string, string>[];
	let ownerClient: HttpClient;
	let viewerClient: HttpClient;

	const download = (as: string, query = '') =>
		fetch(`${server.url}/api/v1/campaigns/${campaignId}/responses.csv${query}`, {
			headers: { authorization: `Bearer ${as}` }
		});

	beforeAll(async () => {
		const scratch = database === 'postgres' ? await createScratchDatabase() : null;
		drop = scratch?.drop;
		server = await startServer(scratch ? { DATABASE_URL: scratch.url } : {});
		ownerClient = await setUpOverHttp(server.url, 'owner@example.org', 'Sahel Info');
		owner = await createTokenOverHttp(ownerClient);
		viewerClient = await inviteOverHttp(
			ownerClient,
			await activeOrganisationId(ownerClient),
			'viewer',
			'viewer@example.org'
		);
		viewer = await createTokenOverHttp(viewerClient);
		stranger = await createTokenOverHttp(await signUpOverHttp(server.url, 'stranger@example.org', 'Autre ONG'));
		campaignId = (await publishOverHttp(server.url, owner)).campaignId;
		const random = seededRandom(5);
		imported = Array.from({ length: COUNT }, (_, i) => ({
			client_id: `paper-${String(i).padStart(5, '0')}`,
			...toCells(drawAnswers(random, BASELINE_PROFILE, ['tamba', 'kolda'], 2))
		}));
		const response = await fetch(
			`${server.url}/api/v1/campaigns/${campaignId}/responses/import?wave=baseline&group=exposed&language=fr`,
			{
				method: 'POST',
				headers: { authorization: `Bearer ${owner}`, 'content-type': 'text/csv' },
				body: buildCsv(imported)
			}
		);
		expect(response.status, await response.clone().text()).toBe(200);
	}, 120_000);
	afterAll(async () => {
		await server?.stop();
		await drop?.();
	});

	it('streams every response, one column per answer code, as Excel reads it', async () => {
		const response = await download(owner);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(response.headers.get('content-disposition')).toMatch(
			/^attachment; filename=".+-responses-\d{4}-\d{2}-\d{2}\.csv"$/
		);
		const bytes = new Uint8Array(await response.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const rows = parse(new TextDecoder().decode(bytes), { bom: true, columns: true }) as Record<string, string>[];
		expect(rows).toHaveLength(COUNT);
		expect(Object.keys(rows[0]).slice(0, 8)).toEqual([
			'client_id',
			'survey_version',
			'wave',
			'group',
			'language',
			'mode',
			'started_at',
			'submitted_at'
		]);
		const byId = new Map(rows.map((row) => [row.client_id, row]));
		for (const sent of [imported[0], imported[1234], imported[COUNT - 1]]) {
			const got = byId.get(sent.client_id)!;
			expect(got).toMatchObject({ survey_version: '1', wave: 'baseline', group: 'exposed', language: 'fr' });
			for (const [code, value] of Object.entries(sent))
				if (code !== 'client_id' && code in got) expect(got[code], code).toBe(value);
		}
	});

	it('gives each response its review state, and keeps only the states asked for', async () => {
		const rows = (query: string) =>
			download(owner, query).then(async (response) => ({
				status: response.status,
				rows: response.ok
					? (parse(await response.text(), { bom: true, columns: true }) as Record<string, string>[])
					: []
			}));
		const all = await rows('');
		expect(all.rows.every((row) => row.review_state === 'received')).toBe(true);
		const id = (
			await (
				await fetch(`${server.url}/api/v1/campaigns/${campaignId}/responses?limit=1`, {
					headers: { authorization: `Bearer ${owner}` }
				})
			).json()
		).items[0].id;
		const rejected = await fetch(`${server.url}/api/v1/campaigns/${campaignId}/responses/${id}`, {
			method: 'PATCH',
			headers: { authorization: `Bearer ${owner}`, 'content-type': 'application/json' },
			body: JSON.stringify({ state: 'rejected', comment: 'A test' })
		});
		expect(rejected.status).toBe(200);
		expect((await rows('?state=rejected')).rows).toHaveLength(1);
		expect((await rows('?state=received&state=approved')).rows).toHaveLength(COUNT - 1);
		expect((await rows('')).rows.filter((row) => row.review_state === 'rejected')).toHaveLength(1);
		expect((await rows('?state=lost')).status).toBe(422);
		await fetch(`${server.url}/api/v1/campaigns/${campaignId}/responses/${id}`, {
			method: 'PATCH',
			headers: { authorization: `Bearer ${owner}`, 'content-type': 'application/json' },
			body: JSON.stringify({ state: 'received' })
		});
	});

	it('adds an HXL hashtag row when asked', async () => {
		const [header, hashtags] = parse(new TextDecoder().decode(await (await download(owner, '?hxl=1')).arrayBuffer()), {
			bom: true,
			to: 2
		}) as string[][];
		expect(hashtags.slice(0, 2)).toEqual(['#meta+id', '#meta+version']);
		expect(hashtags[header.indexOf('D3')]).toBe('#adm1+code');
		expect(hashtags.every((tag) => tag.startsWith('#'))).toBe(true);
	});

	it('is offered on the campaign page to owners and editors, and downloads with their session', async () => {
		expect(await (await ownerClient.get(`/campaigns/${campaignId}`)).text()).toContain(
			`href="/campaigns/${campaignId}/responses.csv"`
		);
		expect(await (await viewerClient.get(`/campaigns/${campaignId}`)).text()).not.toContain('responses.csv');
		const downloaded = await ownerClient.get(`/campaigns/${campaignId}/responses.csv`);
		expect((await viewerClient.get(`/campaigns/${campaignId}/responses.csv`)).status).toBe(403);
		expect(downloaded.status).toBe(200);
		expect(parse(await downloaded.text(), { bom: true, columns: true })).toHaveLength(COUNT);
	});

	it('describes every column in a codebook, in the language asked', async () => {
		const response = await fetch(`${server.url}/api/v1/campaigns/${campaignId}/codebook.csv?lang=fr`, {
			headers: { authorization: `Bearer ${owner}` }
		});
		expect(response.status).toBe(200);
		const rows = parse(new TextDecoder().decode(await response.arrayBuffer()), { bom: true, columns: true }) as Record<
			string,
			string
		>[];
		expect(rows[0]).toMatchObject({ variable: 'client_id', type: 'text' });
		expect(rows[0].label).toMatch(/^Identifiant/);
		const k1 = rows.filter((row) => row.variable === 'K1');
		expect(k1[0].label).not.toBe('');
		expect(k1.slice(1).map((row) => row.value)).toEqual(['true', 'false', 'dk']);
		expect(rows.filter((row) => row.variable === 'D3' && row.value).map((row) => row.value)).toEqual([
			'tamba',
			'kolda'
		]);
		const exported = parse(new TextDecoder().decode(await (await download(owner)).arrayBuffer()), {
			bom: true,
			to: 1
		})[0] as string[];
		expect(new Set(rows.map((row) => row.variable))).toEqual(new Set(exported));
		expect(
			(
				await fetch(`${server.url}/api/v1/campaigns/${campaignId}/codebook.csv`, {
					headers: { authorization: `Bearer ${viewer}` }
				})
			).status
		).toBe(403);
	});

	it('gives SPSS and Stata syntax that read the CSV, and PSPP reads all of it with the labels', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'mesure-syntax-http-'));
		try {
			const csv = await download(owner, '?breaks=space');
			const file = /filename="([^"]+)"/.exec(csv.headers.get('content-disposition') ?? '')![1];
			writeFileSync(join(dir, file), Buffer.from(await csv.arrayBuffer()));
			const syntax = await fetch(`${server.url}/api/v1/campaigns/${campaignId}/responses.sps?lang=en`, {
				headers: { authorization: `Bearer ${owner}` }
			});
			expect(syntax.status).toBe(200);
			expect(syntax.headers.get('content-type')).toBe('text/plain; charset=utf-8');
			const body = await syntax.text();
			expect(body).toContain(`/FILE='${file}'`);
			writeFileSync(
				join(dir, 'read.sps'),
				`${body}SAVE TRANSLATE /OUTFILE='out.csv' /TYPE=CSV /FIELDNAMES /CELLS=LABELS /REPLACE.\n`
			);
			const run = spawnSync('pspp', ['read.sps'], { cwd: dir, encoding: 'utf8' });
			expect(`${run.stdout}${run.stderr}`).not.toMatch(/warning|error/i);
			const read = parse(readFileSync(join(dir, 'out.csv')), { columns: true }) as Record<string, string>[];
			expect(read).toHaveLength(COUNT);
			expect(new Set(read.map((row) => row.D3.trim()))).toEqual(new Set(['Tambacounda', 'Kolda']));
			// The page offers both, and its session downloads them; a viewer gets neither.
			const page = await (await ownerClient.get(`/campaigns/${campaignId}`)).text();
			expect(page).toContain(`href="/campaigns/${campaignId}/responses.do?lang=fr"`);
			const stata = await ownerClient.get(`/campaigns/${campaignId}/responses.do?lang=fr`);
			expect(stata.status).toBe(200);
			expect(await stata.text()).toContain('import delimited using');
			expect((await viewerClient.get(`/campaigns/${campaignId}/responses.sps`)).status).toBe(403);
			const refused = await download(owner, '?breaks=newline');
			expect(refused.status).toBe(422);
			expect(await refused.text()).toContain('Line breaks are keep');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('is refused to viewers (403) and other organisations (404), and each export is an audit event', async () => {
		expect((await download(viewer)).status).toBe(403);
		expect((await download(stranger)).status).toBe(404);
		const organisations = (
			await (
				await fetch(`${server.url}/api/v1/organisations`, { headers: { authorization: `Bearer ${owner}` } })
			).json()
		).organisations;
		const countExports = async () => {
			const audit = await (
				await fetch(`${server.url}/api/v1/organisations/${organisations[0].id}/audit`, {
					headers: { authorization: `Bearer ${owner}` }
				})
			).json();
			return audit.events.filter((event: { action: string }) => event.action === 'responses_exported').length;
		};
		const before = await countExports();
		const exported = await download(owner);
		expect(exported.status).toBe(200);
		await exported.arrayBuffer();
		expect(await countExports()).toBe(before + 1);
	});
});
