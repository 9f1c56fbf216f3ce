import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenOverHttp, setUpOverHttp } from '../helpers/accounts';
import { createScratchDatabase, postgresAvailable } from '../helpers/postgres';
import { respondentAnswers } from '../helpers/responses';
import { startServer, type RunningServer } from '../helpers/server';
import { publishOverHttp } from '../helpers/survey-http';

const DATABASES = (await postgresAvailable()) ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const);

const QUESTIONS = [
	{ code: 'members', type: 'repeat', label: { fr: 'Membres du foyer', ar: 'أفراد الأسرة' } },
	{ code: 'name', type: 'text', repeat: 'members', label: { fr: 'Prénom', ar: 'الاسم' } },
	{ code: 'age', type: 'integer', repeat: 'members', min: 0, max: 120, label: { fr: 'Âge', ar: 'العمر' } }
];

describe.each(DATABASES)('repeat groups through the API with a token on %s', (database) => {
	let server: RunningServer;
	let drop: (() => Promise<void>) | undefined;
	let owner: string;
	let published: Awaited<ReturnType<typeof publishOverHttp>>;

	const collect = (clientId: string, answers: Record<string, unknown>) =>
		fetch(`${server.url}/api/v1/collect/${published.link('baseline', 'exposed').token}/responses`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'accept-language': 'en' },
			body: JSON.stringify({ clientId, language: 'fr', answers: respondentAnswers(answers) })
		});
	const get = (path: string) =>
		fetch(`${server.url}/api/v1/campaigns/${published.campaignId}${path}`, {
			headers: { authorization: `Bearer ${owner}` }
		});

	beforeAll(async () => {
		const scratch = database === 'postgres' ? await createScratchDatabase() : null;
		drop = scratch?.drop;
		server = await startServer(scratch ? { DATABASE_URL: scratch.url } : {});
		owner = await createTokenOverHttp(await setUpOverHttp(server.url, 'owner@example.org', 'Sahel Info'));
		published = await publishOverHttp(server.url, owner, {}, QUESTIONS);
	}, 120_000);
	afterAll(async () => {
		await server?.stop();
		await drop?.();
	});

	it('collects instances as lists, refuses a bad one by name, and exports and lists them', async () => {
		const members = [
			{ name: 'Awa', age: 34 },
			{ name: 'Moussa', age: 3 }
		];
		expect((await collect('household-0001', { members })).status).toBe(201);
		expect((await collect('household-0002', { members: [] })).status).toBe(201);
		const refused = await collect('household-0003', { members: [members[0], { name: 'Moussa', age: 300 }] });
		expect(refused.status).toBe(422);
		expect((await refused.json()).error.problems).toEqual([{ field: 'answers.members.2.age', code: 'out_of_range' }]);

		const joined = await get('/responses.csv?repeat=members');
		expect(joined.status).toBe(200);
		expect(joined.headers.get('content-disposition')).toMatch(/-responses-members-\d{4}-\d{2}-\d{2}\.csv"$/);
		expect(parse((await joined.text()).replace(/^\uFEFF/, ''), { columns: true })).toEqual([
			{ _index: '1', _parent_index: 'household-0001', _parent_table_name: 'responses', name: 'Awa', age: '34' },
			{ _index: '2', _parent_index: 'household-0001', _parent_table_name: 'responses', name: 'Moussa', age: '3' }
		]);
		expect((await get('/responses.csv?repeat=nothing')).status).toBe(422);
		const responses = parse((await (await get('/responses.csv')).text()).replace(/^\uFEFF/, ''), {
			columns: true
		}) as Record<string, string>[];
		expect(responses.map((row) => [row.client_id, row.members, 'age' in row])).toEqual([
			['household-0001', '2', false],
			['household-0002', '0', false]
		]);

		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(await (await get('/responses.xlsx')).arrayBuffer());
		expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['responses', 'members', 'codebook']);
		expect(workbook.getWorksheet('members')!.actualRowCount).toBe(3);

		const changes = await (await get('/responses?since=0')).json();
		const byClient = new Map(
			(changes.items as { clientId: string; answers: Record<string, unknown> }[]).map((item) => [
				item.clientId,
				item.answers
			])
		);
		expect(byClient.get('household-0001')?.members).toEqual(members);
		expect(byClient.get('household-0002')?.members).toEqual([]);
	});
});
