import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCampaignAccess } from '$lib/server/access/campaign';
import { answerCollectRequest, toCollectResponse } from '$lib/server/http/collect-api';
import { listResponseChanges } from '$lib/server/review/changes';
import { correctResponse } from '$lib/server/review/correct';
import { correctOneAnswer } from '$lib/server/review/correct-one';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { setUpSahelInfo } from '../../../../helpers/fixtures';
import { publishRosterCampaign } from '../../../../helpers/repeat-survey';
import { respondentAnswers } from '../../../../helpers/responses';

const MEMBERS = [
	{ name: 'Awa', age: 34, likes: ['fm'] },
	{ name: 'Moussa', age: 3 }
];

describe.each(DIALECTS)('repeat groups through the collection API on %s', (dialect) => {
	let t: TestDatabase;
	let owner: string;
	let campaignId: string;
	let token: string;

	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		owner = (await setUpSahelInfo(t.db)).user.id;
		const published = await publishRosterCampaign(t.db, owner);
		campaignId = published.campaignId;
		token = published.links.find((link) => link.wave === 'baseline' && link.group === 'exposed')!.token;
	});
	afterEach(async () => t.close());

	async function post(clientId: string, custom: Record<string, unknown>): Promise<Response> {
		const body = JSON.stringify({ clientId, language: 'en', answers: { ...respondentAnswers(), ...custom } });
		const answer = await answerCollectRequest(t.db, {
			token,
			locale: 'en',
			acceptLanguage: 'en',
			contentType: 'application/json',
			user: null,
			readBody: async () => ({ ok: true, text: body }),
			readAddress: () => '10.0.0.1'
		});
		return toCollectResponse(answer);
	}

	async function readAnswers(): Promise<Record<string, unknown>[]> {
		const access = await getCampaignAccess(t.db, owner, campaignId);
		const page = await listResponseChanges(t.db, access, owner, { since: '0', limit: 10 });
		return page.items.map((item) => ('answers' in item ? item.answers : {}));
	}

	it('takes a group’s instances as a list of objects and gives them back nested as stored', async () => {
		expect((await post('roster-000001', { members: MEMBERS, pets: [], comment: 'ok' })).status).toBe(201);
		const [answers] = await readAnswers();
		expect(answers.members).toEqual(MEMBERS);
		expect(answers.pets).toEqual([]);
		expect(answers.comment).toBe('ok');
		expect(answers).not.toHaveProperty('age');
		expect(Object.keys(answers)).not.toContain('members.1.age');
	});

	it('takes instances written out as group.N.member too, and stores them nested', async () => {
		const flat = { members: 2, 'members.1.name': 'Awa', 'members.1.age': 34, 'members.1.likes': ['fm'] };
		expect((await post('roster-000002', { ...flat, 'members.2.name': 'Moussa', 'members.2.age': 3 })).status).toBe(201);
		expect((await readAnswers())[0].members).toEqual(MEMBERS);
	});

	it('refuses a bad instance with 422, naming the member in its instance', async () => {
		const response = await post('roster-000003', { members: [MEMBERS[0], { name: 'Moussa', age: 300 }] });
		expect(response.status).toBe(422);
		const { error } = (await response.json()) as { error: { problems: { field: string; code: string }[] } };
		expect(error.problems).toEqual([{ field: 'answers.members.2.age', code: 'out_of_range' }]);
		expect(await readAnswers()).toEqual([]);
	});

	it('refuses more instances than a group may have, and an instance that is not an object', async () => {
		const many = Array.from({ length: 31 }, () => ({ age: 1 }));
		expect((await post('roster-000004', { members: many })).status).toBe(422);
		expect((await post('roster-000005', { members: [MEMBERS[0], 'Moussa'] })).status).toBe(422);
		expect(await readAnswers()).toEqual([]);
	});

	it('corrects one instance’s answer by its name, and replaces the instances sent whole', async () => {
		expect((await post('roster-000009', { members: MEMBERS })).status).toBe(201);
		const access = await getCampaignAccess(t.db, owner, campaignId);
		const { id } = await t.db.selectFrom('responses').select('id').executeTakeFirstOrThrow();
		const one = await correctOneAnswer(t.db, access, owner, id, {
			question: 'members.2.likes',
			value: 'fm tv',
			comment: 'Read again'
		});
		expect(one).toEqual({ ok: true, changed: ['members'] });
		expect((await readAnswers())[0].members).toEqual([MEMBERS[0], { ...MEMBERS[1], likes: ['fm', 'tv'] }]);
		const bad = await correctResponse(t.db, access, owner, id, { answers: { 'members.1.age': 300 }, comment: 'x' });
		expect(bad).toMatchObject({ ok: false, problems: [{ item: 'members.1.age', code: 'out_of_range' }] });
		const whole = await correctResponse(t.db, access, owner, id, {
			answers: { members: [{ name: 'Fatou', age: 50 }] },
			comment: 'One person only'
		});
		expect(whole).toEqual({ ok: true, changed: ['members'] });
		expect((await readAnswers())[0].members).toEqual([{ name: 'Fatou', age: 50 }]);
	});

	it.each([
		['a list of 10,000 instances', { members: Array.from({ length: 10_000 }, () => ({ age: 1 })) }],
		['an instance inside an instance', { members: 1, 'members.1.members.1.age': 3 }],
		['a number with a leading zero', { members: 1, 'members.01.age': 3 }],
		['an instance past the count', { members: 1, 'members.31.age': 3 }],
		['a member’s code alone', { members: [MEMBERS[0]], age: 3 }],
		['an instance’s constructor', { members: [{ name: 'Awa', constructor: 3 }] }],
		['an answer both nested and written out', { members: [MEMBERS[0]], 'members.1.age': 40 }],
		['a count of a billion', { members: 1e9 }],
		['a count of “-1”', { members: '-1' }],
		['a count of “2.5”', { members: '2.5' }]
	])('refuses %s with 422 naming it, storing nothing', async (_, custom) => {
		const response = await post('roster-000007', custom);
		expect(response.status).toBe(422);
		const { error } = (await response.json()) as { error: { problems?: unknown[] } };
		expect(error.problems?.length ?? 1).toBeGreaterThan(0);
		expect(await readAnswers()).toEqual([]);
	});

	it('corrects one member of one instance, written out, keeping the others', async () => {
		expect((await post('roster-000006', { members: MEMBERS })).status).toBe(201);
		const access = await getCampaignAccess(t.db, owner, campaignId);
		const page = await listResponseChanges(t.db, access, owner, { since: '0', limit: 10 });
		const id = (page.items[0] as { id: string }).id;
		const corrected = await correctResponse(t.db, access, owner, id, {
			answers: { 'members.2.age': 4 },
			comment: 'Age misheard'
		});
		expect(corrected).toEqual({ ok: true, changed: ['members'] });
		expect((await readAnswers())[0].members).toEqual([MEMBERS[0], { ...MEMBERS[1], age: 4 }]);
		const typed = { question: 'members.2.likes', value: 'fm tv', comment: 'Both' };
		expect(await correctOneAnswer(t.db, access, owner, id, typed)).toEqual({ ok: true, changed: ['members'] });
		expect((await readAnswers())[0].members).toEqual([MEMBERS[0], { ...MEMBERS[1], age: 4, likes: ['fm', 'tv'] }]);
	});
});
