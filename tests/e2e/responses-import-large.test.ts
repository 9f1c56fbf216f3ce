import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenOverHttp, setUpOverHttp } from '../helpers/accounts';
import { campaignBody } from '../helpers/fixtures';
import { mainOf, type HttpClient } from '../helpers/http';
import { startServer, type RunningServer } from '../helpers/server';

const BODY = campaignBody({
	signatureMessages: [
		{ fr: 'La mer ne pardonne pas.', en: 'The sea does not forgive.' },
		{ fr: 'Le passeur ment.', en: 'The smuggler lies.' }
	]
});

/** 50,001 responses: one past the limit of an import. */
const OVER_LIMIT = `C0,D2\n${'yes,30\n'.repeat(50_001)}`;
/** 1,000,000 short rows, 4 MB: what froze the server when a file was read whole on its event loop. */
const MILLION_ROWS = `C0,D2\n${'y,1\n'.repeat(1_000_000)}`;

describe('importing a large CSV of responses', () => {
	let server: RunningServer;
	let owner: HttpClient;
	let token: string;
	let campaignId: string;
	let linkPath: string;

	const importApi = (query: string, body: string) =>
		fetch(
			`${server.url}/api/v1/campaigns/${campaignId}/responses/import?wave=baseline&group=exposed&language=fr&${query}`,
			{
				method: 'POST',
				headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv', 'accept-language': 'en' },
				body
			}
		);

	/** The page's check of a file, with the token its script sends to follow the progress. */
	const checkOnPage = (csv: string, progress?: string) => {
		const form = new FormData();
		form.append('file', new Blob([csv], { type: 'text/csv' }), 'responses.csv');
		form.append('language', 'fr');
		if (progress) form.append('progress', progress);
		return owner.postMultipart(`${linkPath}/import?/check`, form);
	};

	/** Polls the progress of an upload until the server says it is checking rows; false if the answer came first. */
	const waitUntilChecking = async (progress: string, answered: () => boolean): Promise<boolean> => {
		while (!answered()) {
			const response = await owner.get(`${linkPath}/import/progress?token=${progress}`);
			if (response.ok && (await response.json()).rows > 0) return true;
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
		return false;
	};

	beforeAll(async () => {
		server = await startServer();
		owner = await setUpOverHttp(server.url, 'owner@example.org', 'Sahel Info');
		token = await createTokenOverHttp(owner);
		const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
		campaignId = (
			await (
				await fetch(`${server.url}/api/v1/campaigns`, { method: 'POST', headers, body: JSON.stringify(BODY) })
			).json()
		).id;
		expect(
			(await fetch(`${server.url}/api/v1/campaigns/${campaignId}/publish`, { method: 'POST', headers })).status
		).toBe(200);
		const survey = await (await fetch(`${server.url}/api/v1/campaigns/${campaignId}/survey`, { headers })).json();
		const link = survey.links.find(
			(l: { wave: string; group: string }) => l.wave === 'baseline' && l.group === 'exposed'
		);
		linkPath = `/campaigns/${campaignId}/links/${link.id}`;
	});
	afterAll(async () => server.stop());

	it('refuses a file past 50,000 rows with its message, on the API and the page, storing nothing', async () => {
		const refused = await importApi('', OVER_LIMIT);
		expect(refused.status).toBe(422);
		const { error } = await refused.json();
		expect(error.message).toBe(
			'This file has more than 50,000 responses (line 50002 is past them): import it in several parts of 50,000 at most. Nothing was imported.'
		);
		const first = await importApi('dryRun=1', `C0,D2\n${'yes,30\n'.repeat(10)}`);
		expect(await first.json()).toMatchObject({ rows: 10, alreadyImported: 0, toImport: 10 });

		const page = await checkOnPage(OVER_LIMIT);
		expect(page.status).toBe(422);
		expect(mainOf(await page.text())).toContain('This file has more than 50,000 responses');
	});

	it('keeps answering /healthz while a file of a million rows is checked, then refuses it', async () => {
		const progress = crypto.randomUUID();
		let answered = false;
		const upload = checkOnPage(MILLION_ROWS, progress).finally(() => (answered = true));
		expect(await waitUntilChecking(progress, () => answered)).toBe(true);
		const health = await fetch(`${server.url}/healthz`);
		expect(health.status).toBe(200);
		const page = await upload;
		expect(page.status).toBe(422);
		expect(mainOf(await page.text())).toContain('line 50002 is past them');
		expect((await owner.get(`${linkPath}/import/progress?token=${progress}`)).status).toBe(404);
	});

	it('checks two files at once and refuses a third meanwhile, with its message', async () => {
		const tokens = [crypto.randomUUID(), crypto.randomUUID()];
		let answered = false;
		const uploads = Promise.all(tokens.map((progress) => checkOnPage(MILLION_ROWS, progress))).finally(
			() => (answered = true)
		);
		for (const progress of tokens) expect(await waitUntilChecking(progress, () => answered)).toBe(true);
		const third = await importApi('dryRun=1', MILLION_ROWS);
		expect(third.status).toBe(503);
		expect((await third.json()).error.message).toBe('Other files are being imported right now: try again in a minute.');
		expect((await uploads).map((page) => page.status)).toEqual([422, 422]);
		expect((await importApi('dryRun=1', `C0,D2\n${'yes,30\n'.repeat(3)}`)).status).toBe(200);
	});
});
