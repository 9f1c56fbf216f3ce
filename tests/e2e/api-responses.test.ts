import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	activeOrganisationId,
	createTokenOverHttp,
	inviteOverHttp,
	setUpOverHttp,
	signUpOverHttp
} from '../helpers/accounts';
import { respondentAnswers } from '../helpers/responses';
import { startServer, type RunningServer } from '../helpers/server';
import { publishOverHttp } from '../helpers/survey-http';

type Who = 'owner' | 'editor' | 'viewer' | 'donor';

describe('the responses API: list, read, review, correct, delete', () => {
	let server: RunningServer;
	const token = {} as Record<Who, string>;
	let published: Awaited<ReturnType<typeof publishOverHttp>>;
	let base: string;

	const call = async (who: Who | null, method: string, path: string, body?: unknown) => {
		const response = await fetch(`${server.url}/api/v1${path}`, {
			method,
			headers: {
				...(who ? { authorization: `Bearer ${token[who]}` } : {}),
				...(body === undefined ? {} : { 'content-type': 'application/json' }),
				'accept-language': 'fr'
			},
			body: body === undefined ? undefined : JSON.stringify(body)
		});
		const text = await response.text();
		return { status: response.status, body: text ? JSON.parse(text) : null };
	};
	const collect = (clientId: string, answers: object, times: object) =>
		fetch(`${server.url}/api/v1/collect/${published.link('baseline', 'exposed').token}/responses`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', origin: server.url },
			body: JSON.stringify({ clientId, language: 'fr', answers, ...times })
		});

	beforeAll(async () => {
		server = await startServer();
		const owner = await setUpOverHttp(server.url, 'owner@example.org', 'Sahel Info');
		const organisation = await activeOrganisationId(owner);
		token.owner = await createTokenOverHttp(owner);
		token.editor = await createTokenOverHttp(await inviteOverHttp(owner, organisation, 'editor', 'e@example.org'));
		token.viewer = await createTokenOverHttp(await inviteOverHttp(owner, organisation, 'viewer', 'v@example.org'));
		token.donor = await createTokenOverHttp(await signUpOverHttp(server.url, 'd@example.org', 'Fonds', 'donor'));
		published = await publishOverHttp(server.url, token.owner);
		base = `/campaigns/${published.campaignId}/responses`;
		const submitted = Date.parse('2026-06-10T10:00:00.000Z');
		for (let i = 0; i < 12; i++) {
			// Every third response took 40 seconds; the others ten minutes.
			const seconds = i % 3 === 0 ? 40 : 600;
			const at = submitted + i * 60_000;
			const response = await collect(`api-resp-${String(i).padStart(2, '0')}`, respondentAnswers({ D2: 20 + i }), {
				startedAt: new Date(at - seconds * 1000).toISOString(),
				submittedAt: new Date(at).toISOString()
			});
			expect(response.status).toBe(201);
		}
	}, 120_000);
	afterAll(async () => server.stop());

	it('lists pages in the documented shape, and refuses a limit above 1,000 in the caller’s language', async () => {
		const first = await call('viewer', 'GET', `${base}?limit=5&wave=baseline&group=exposed`);
		expect(first.status).toBe(200);
		expect(Object.keys(first.body).sort()).toEqual(['items', 'nextCursor']);
		expect(first.body.items).toHaveLength(5);
		expect(first.body.items[0]).toMatchObject({
			clientId: 'api-resp-11',
			wave: 'baseline',
			group: 'exposed',
			mode: 'self',
			language: 'fr',
			durationSeconds: 600,
			state: 'received',
			flags: [],
			answers: { D1: 'female', D2: 31 }
		});
		expect(first.body.items[0]).toHaveProperty('id');
		expect(first.body.items[0]).toHaveProperty('submittedAt', '2026-06-10T10:11:00.000Z');
		const second = await call('viewer', 'GET', `${base}?limit=5&cursor=${first.body.nextCursor}`);
		const third = await call('viewer', 'GET', `${base}?limit=5&cursor=${second.body.nextCursor}`);
		expect(third.body.items).toHaveLength(2);
		expect(third.body.nextCursor).toBeNull();

		const refused = await call('viewer', 'GET', `${base}?limit=1001`);
		expect(refused.status).toBe(422);
		expect(refused.body.error.fields.limit).toMatch(/1 000/);
		expect((await call('viewer', 'GET', `${base}?state=lost`)).status).toBe(422);
		for (const day of ['2026-02-31', '9999-12-31', '2026-6-1'])
			expect((await call('viewer', 'GET', `${base}?from=${day}`)).status, day).toBe(422);
		expect((await call('viewer', 'GET', `${base}?flag=quick`)).body.items).toHaveLength(4);
	});

	it('gives what changed since a pipeline last asked, a page at a time, and refuses a since it did not give', async () => {
		const seen: string[] = [];
		let since = '0';
		for (;;) {
			const page = await call('viewer', 'GET', `${base}?since=${since}&limit=5`);
			expect(page.status).toBe(200);
			expect(Object.keys(page.body).sort()).toEqual(['hasMore', 'items', 'nextSince']);
			seen.push(
				...page.body.items.map((item: { change: string; clientId: string }) => `${item.change} ${item.clientId}`)
			);
			since = page.body.nextSince;
			if (!page.body.hasMore) break;
		}
		expect(seen.filter((entry) => entry.startsWith('new api-resp-'))).toHaveLength(12);
		expect((await call('viewer', 'GET', `${base}?since=${since}`)).body).toEqual({
			items: [],
			nextSince: since,
			hasMore: false
		});
		const refused = await call('viewer', 'GET', `${base}?since=yesterday`);
		expect(refused.status).toBe(422);
		expect(refused.body.error.fields.since).toMatch(/nextSince/);
		// A pipeline keeps its copy whole: no filter goes with since.
		const filtered = await call('viewer', 'GET', `${base}?since=0&wave=baseline`);
		expect(filtered.status).toBe(422);
		expect((await call('donor', 'GET', `${base}?since=0`)).status).toBe(404);
	});

	it('hides every response from donors and the anonymous', async () => {
		expect((await call('donor', 'GET', base)).status).toBe(404);
		expect((await call(null, 'GET', base)).status).toBe(401);
	});

	it('rejects the quick responses in one transaction after a preview, and the indicators lose them', async () => {
		const n = async () =>
			(await call('viewer', 'GET', `/campaigns/${published.campaignId}/indicators`)).body.indicators
				.find((indicator: { id: string }) => indicator.id === 'KNW1')
				.cells.find((cell: { wave: string; group: string }) => cell.wave === 'baseline' && cell.group === 'exposed').n;
		const before = await n();
		const bulk = { filter: { wave: 'baseline', group: 'exposed', durationBelow: 60 }, state: 'rejected' };
		expect((await call('viewer', 'POST', `${base}/review`, { ...bulk, dryRun: true })).status).toBe(403);
		expect(await call('editor', 'POST', `${base}/review`, { ...bulk, dryRun: true })).toEqual({
			status: 200,
			body: { matched: 4 }
		});
		const withoutWhy = await call('editor', 'POST', `${base}/review`, bulk);
		expect(withoutWhy.status).toBe(422);
		expect(withoutWhy.body.error.fields.comment).toMatch(/pourquoi/i);
		expect(await call('editor', 'POST', `${base}/review`, { ...bulk, comment: 'Moins d’une minute' })).toEqual({
			status: 200,
			body: { matched: 4 }
		});
		expect(await n()).toBe(before - 4);
		const again = await call('editor', 'POST', `${base}/review`, { ...bulk, comment: 'Encore' });
		expect(again.status).toBe(422);
		expect(again.body.error.code).toBe('invalid');
		expect((await call('viewer', 'GET', `${base}?state=rejected`)).body.items).toHaveLength(4);
	});

	it('reads one response with its history, corrects it (422 with fields on a broken rule) and deletes it', async () => {
		const listed = (await call('viewer', 'GET', `${base}?limit=1`)).body.items[0];
		const path = `${base}/${listed.id}`;
		const broken = await call('editor', 'PATCH', path, { answers: { D2: 300 }, comment: 'Faute de frappe' });
		expect(broken.status).toBe(422);
		expect(Object.keys(broken.body.error.fields)).toEqual(['answers.D2']);
		const corrected = await call('editor', 'PATCH', path, { answers: { D2: 33 }, comment: 'Faute de frappe' });
		expect(corrected.status).toBe(200);
		expect(corrected.body).toMatchObject({ answers: { D2: 33 }, answersVersion: 2, surveyVersion: 1 });
		const reviewed = await call('editor', 'PATCH', path, { state: 'has_issues', comment: 'Âge à vérifier' });
		expect(reviewed.body.state).toBe('has_issues');
		expect(reviewed.body.history).toMatchObject([
			{ kind: 'edit', answersBefore: { D2: 31 }, answersAfter: { D2: 33 } },
			{ kind: 'review', stateBefore: 'received', stateAfter: 'has_issues', comment: 'Âge à vérifier' }
		]);
		expect((await call('editor', 'PATCH', path, { state: 'archived' })).status).toBe(422);
		expect((await call('editor', 'PATCH', path, { state: 'approved', answers: { D2: 34 } })).status).toBe(422);
		expect((await call('editor', 'DELETE', `${path}?comment=Test`)).status).toBe(403);
		expect((await call('owner', 'DELETE', path, { comment: 'Un essai de l’équipe' })).status).toBe(204);
		expect((await call('owner', 'GET', path)).status).toBe(404);
	});
});
