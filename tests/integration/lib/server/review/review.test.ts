import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCampaignAccess } from '$lib/server/access/campaign';
import { findCampaign } from '$lib/server/campaigns/repository';
import { BASELINE_PROFILE, insertSyntheticResponses } from '$lib/server/demo/synthetic';
import { getCampaignReport } from '$lib/server/indicators/service';
import { rebuildIndicatorSums } from '$lib/server/indicators/sums';
import { insertMembership } from '$lib/server/organisations/repository';
import { collectResponse } from '$lib/server/respondents/collect';
import { findCollectTarget } from '$lib/server/responses/target';
import { correctResponse } from '$lib/server/review/correct';
import { deleteResponse } from '$lib/server/review/delete';
import { getResponse, listResponses } from '$lib/server/review/list';
import { reviewResponse, reviewResponses } from '$lib/server/review/review';
import { responseListQuerySchema } from '$lib/server/review/schema';
import { expireResponses, setResponseExpiry } from '$lib/server/retention/service';
import { shareCampaign } from '$lib/server/sharing/service';
import { updateLinkSettings } from '$lib/server/surveys/links';
import type { User } from '$lib/server/users/user';
import { isOutsideCampaignDates } from '$lib/survey/campaign-dates';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { createUser, createVerifiedDonor, setUpSahelInfo } from '../../../../helpers/fixtures';
import { publishCampaign, respondentAnswers, type PublishedCampaign } from '../../../../helpers/responses';

const NOW = new Date('2026-06-15T10:00:00.000Z');
const SYNTHETIC = 40;

describe.each(DIALECTS)('reviewing responses on %s', (dialect) => {
	let t: TestDatabase;
	let owner: User;
	let organisationId: string;
	let published: PublishedCampaign;

	const access = async (user: User) => getCampaignAccess(t.db, user.id, published.campaignId);
	const query = (input: Record<string, unknown> = {}) => responseListQuerySchema.parse(input);
	const member = async (name: string, role: 'editor' | 'viewer' | 'enumerator') => {
		const user = await createUser(t.db, name);
		await insertMembership(t.db, { organisationId, userId: user.id, role, createdAt: NOW.toISOString() });
		return user;
	};
	const sums = async () =>
		[
			...(await t.db.selectFrom('indicator_sums').selectAll().execute()),
			...(await t.db.selectFrom('indicator_level_sums').selectAll().execute())
		]
			.map((row) => JSON.stringify(Object.entries(row).map(([key, value]) => [key, asCompared(value)])))
			.sort();
	/** A sum as compared: added and taken away in turn, a decimal may differ from one summed once in its last bits. */
	const asCompared = (value: unknown) =>
		typeof value === 'number' || (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value))
			? Number(value).toFixed(9)
			: String(value);
	/** The sums kept up to date as responses change must be the ones made from the responses counted now. */
	const expectSumsRebuilt = async () => {
		const kept = await sums();
		await rebuildIndicatorSums(t.db, published.campaignId);
		expect(kept).toEqual(await sums());
	};
	const baselineKnw1 = async () =>
		(await getCampaignReport(t.db, await access(owner), [], NOW)).indicators
			.find((indicator) => indicator.id === 'KNW1')!
			.cells.find((cell) => cell.wave === 'baseline' && cell.group === 'exposed')?.n ?? 0;
	const send = (clientId: string, changes: Record<string, unknown> = {}, times: object = {}) =>
		collectResponse(
			t.db,
			published.link('baseline', 'exposed').token,
			{ clientId, language: 'fr', answers: respondentAnswers(changes), ...times },
			null,
			'10.0.0.1',
			NOW
		);
	const idOf = async (clientId: string) =>
		(await t.db.selectFrom('responses').select('id').where('client_id', '=', clientId).executeTakeFirstOrThrow()).id;

	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		const setup = await setUpSahelInfo(t.db);
		owner = setup.user;
		organisationId = setup.organisation.id;
		published = await publishCampaign(t.db, owner.id);
		const target = await findCollectTarget(t.db, published.link('baseline', 'exposed').token);
		await insertSyntheticResponses(t.db, target!, {
			count: SYNTHETIC,
			profile: { ...BASELINE_PROFILE, quick: 0.3 },
			seed: 5,
			submittedOn: '2026-06-01'
		});
	});
	afterEach(async () => t.close());

	it('lists every response once, newest first, a page at a time, and says when the last page is reached', async () => {
		for (let i = 0; i < 3; i++) await send(`api-order-${i}`, {}, { submittedAt: `2026-06-0${2 + i}T09:00:00.000Z` });
		const seen: string[] = [];
		let cursor: string | undefined;
		let pages = 0;
		do {
			const page = await listResponses(t.db, await access(owner), owner.id, query({ limit: '7', cursor }));
			seen.push(...page.items.map((item) => `${item.submittedAt}|${item.id}`));
			cursor = page.nextCursor ?? undefined;
			pages++;
		} while (cursor);
		expect(pages).toBe(Math.ceil((SYNTHETIC + 3) / 7));
		expect(new Set(seen).size).toBe(SYNTHETIC + 3);
		expect(seen).toEqual([...seen].sort().reverse());
		expect(seen[0]).toMatch(/^2026-06-04/);
	});

	it('refuses a cursor it did not write', async () => {
		const holdingNul = Buffer.from(JSON.stringify(['2026-01-01T00:00:00.000Z', '\u0000'])).toString('base64url');
		for (const cursor of ['bm90IGEgY3Vyc29y', holdingNul])
			await expect(listResponses(t.db, await access(owner), owner.id, query({ cursor }))).rejects.toMatchObject({
				code: 'invalid',
				field: 'cursor'
			});
	});

	it.each([
		['quick', { startedAt: '2026-06-15T09:59:20.000Z' }, {}],
		['placebo', {}, { E3_P: 'yes' }],
		['straightline', {}, { K1: 'true', K2: 'true', K3: 'true', K4: 'true', K6: 'true' }],
		['outside_dates', { submittedAt: '2026-02-27T10:00:00.000Z' }, {}]
	] as const)(
		'finds the flag %s on the response that has it, and lists it by that flag',
		async (flag, times, changes) => {
			expect(await send('api-flagged', changes, times)).toMatchObject({ ok: true });
			const detail = await getResponse(t.db, await access(owner), owner.id, await idOf('api-flagged'));
			expect(detail.flags).toContain(flag);
			const listed = await listResponses(t.db, await access(owner), owner.id, query({ flag, limit: '1000' }));
			expect(listed.items.map((item) => item.clientId)).toContain('api-flagged');
			expect(listed.items.every((item) => item.flags.includes(flag))).toBe(true);
		}
	);

	it.each([
		'2026-02-28T23:59:59.000Z',
		'2026-03-01T00:00:00.000Z',
		'2026-02-28T23:00:00.000Z',
		'2026-06-15T09:00:00.000Z'
	])('flags %s outside the campaign’s dates exactly when the import’s rule does', async (submittedAt) => {
		expect(await send('api-dated', {}, { submittedAt })).toMatchObject({ ok: true });
		const detail = await getResponse(t.db, await access(owner), owner.id, await idOf('api-dated'));
		const campaign = await findCampaign(t.db, published.campaignId);
		expect(detail.flags.includes('outside_dates')).toBe(isOutsideCampaignDates(submittedAt, campaign!));
	});

	it('flags as duplicates two responses of one link with the same core answers, and neither alone', async () => {
		await send('api-twin-1');
		let detail = await getResponse(t.db, await access(owner), owner.id, await idOf('api-twin-1'));
		expect(detail.flags).toEqual([]);
		await send('api-twin-2');
		const listed = await listResponses(t.db, await access(owner), owner.id, query({ flag: 'duplicate' }));
		expect(listed.items.map((item) => item.clientId).sort()).toEqual(['api-twin-1', 'api-twin-2']);
		detail = await getResponse(t.db, await access(owner), owner.id, await idOf('api-twin-1'));
		expect(detail.answers).toMatchObject({ D1: 'female', D2: 22, D3: 'tamba' });
	});

	it('takes a rejected response out of the indicators and its sums, and puts it back when restored', async () => {
		await send('api-reject');
		const before = await baselineKnw1();
		const id = await idOf('api-reject');
		await expect(
			reviewResponse(t.db, await access(owner), owner.id, id, { state: 'rejected', comment: ' ' })
		).rejects.toMatchObject({ code: 'invalid', field: 'comment' });
		await reviewResponse(t.db, await access(owner), owner.id, id, { state: 'rejected', comment: 'A test by the team' });
		expect(await baselineKnw1()).toBe(before - 1);
		await expectSumsRebuilt();
		await reviewResponse(t.db, await access(owner), owner.id, id, { state: 'approved', comment: '' });
		expect(await baselineKnw1()).toBe(before);
		await expectSumsRebuilt();
		const detail = await getResponse(t.db, await access(owner), owner.id, id);
		expect(detail.state).toBe('approved');
		expect(detail.history.map((event) => [event.stateBefore, event.stateAfter, event.by, event.comment])).toEqual([
			['received', 'rejected', owner.name, 'A test by the team'],
			['rejected', 'approved', owner.name, '']
		]);
	});

	it('previews, then rejects in one go, every quick response of a link; a selection of none changes nothing', async () => {
		const quick = (await t.db.selectFrom('responses').select('id').where('duration_seconds', '<', 120).execute())
			.length;
		expect(quick).toBeGreaterThan(0);
		const bulk = {
			filter: { wave: 'baseline' as const, group: 'exposed' as const, flag: 'quick' as const },
			state: 'rejected' as const,
			comment: 'Under two minutes',
			dryRun: true
		};
		const before = await baselineKnw1();
		expect(await reviewResponses(t.db, await access(owner), owner.id, bulk)).toEqual({ matched: quick });
		expect(await baselineKnw1()).toBe(before);
		expect(await reviewResponses(t.db, await access(owner), owner.id, { ...bulk, dryRun: false })).toEqual({
			matched: quick
		});
		expect(await baselineKnw1()).toBe(before - quick);
		await expectSumsRebuilt();
		const rejected = await listResponses(
			t.db,
			await access(owner),
			owner.id,
			query({ state: 'rejected', limit: '1000' })
		);
		expect(rejected.items).toHaveLength(quick);
		expect(rejected.items.every((item) => item.durationSeconds! < 120)).toBe(true);
		await expect(
			reviewResponses(t.db, await access(owner), owner.id, { ...bulk, dryRun: false })
		).rejects.toMatchObject({ code: 'invalid', messageKey: 'errors.review_matched_nothing' });
		const events = await t.db.selectFrom('response_events').select('id').execute();
		expect(events).toHaveLength(quick);
		const restore = { filter: { state: 'rejected' as const }, state: 'approved' as const, comment: '', dryRun: false };
		expect(await reviewResponses(t.db, await access(owner), owner.id, restore)).toEqual({ matched: quick });
		expect(await baselineKnw1()).toBe(before);
		await expectSumsRebuilt();
	});

	it('corrects an answer as a new version, checked by the form’s rules, its scores and sums made again', async () => {
		await send('api-typo');
		const id = await idOf('api-typo');
		const bad = await correctResponse(t.db, await access(owner), owner.id, id, {
			answers: { D2: 130 },
			comment: 'Typo'
		});
		expect(bad).toMatchObject({ ok: false, problems: [{ item: 'D2', code: 'out_of_range' }] });
		expect(
			await correctResponse(t.db, await access(owner), owner.id, id, { answers: { D2: 31 }, comment: 'Typo' })
		).toEqual({
			ok: true,
			changed: ['D2']
		});
		const stored = await t.db.selectFrom('responses').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
		expect([Number(stored.d2), stored.age_band, Number(stored.answers_version)]).toEqual([31, '25-34', 2]);
		await expectSumsRebuilt();
		const detail = await getResponse(t.db, await access(owner), owner.id, id);
		expect(detail.history).toMatchObject([
			{ kind: 'edit', comment: 'Typo', answersBefore: { D2: 22 }, answersAfter: { D2: 31 } }
		]);
		await expect(
			correctResponse(t.db, await access(owner), owner.id, id, { answers: { D2: 31 }, comment: 'Again' })
		).rejects.toMatchObject({ messageKey: 'errors.correction_changes_nothing' });
	});

	it('keeps a correction and a review of one response made at the same time, and the sums in step', async () => {
		await send('api-race');
		const id = await idOf('api-race');
		const results = await Promise.allSettled([
			correctResponse(t.db, await access(owner), owner.id, id, { answers: { D3: 'kolda' }, comment: 'Region' }),
			reviewResponse(t.db, await access(owner), owner.id, id, { state: 'rejected', comment: 'A test' })
		]);
		expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled']);
		const stored = await t.db.selectFrom('responses').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
		expect([stored.review_state, stored.d3, Number(stored.answers_version)]).toEqual(['rejected', 'kolda', 2]);
		await expectSumsRebuilt();
	});

	it('changes the indicators a review by filter touches, and no other, after the raw responses expired', async () => {
		await setResponseExpiry(t.db, owner.id, published.campaignId, '2026-06-15', NOW);
		await expireResponses(t.db, new Date('2026-06-16T10:00:00.000Z'));
		expect(await baselineKnw1()).toBe(SYNTHETIC);
		await send('api-after-1');
		await send('api-after-2', { D2: 40 });
		const bulk = { filter: {}, state: 'rejected' as const, comment: 'Late tests', dryRun: false };
		expect(await reviewResponses(t.db, await access(owner), owner.id, bulk)).toEqual({ matched: 2 });
		expect(await baselineKnw1()).toBe(SYNTHETIC);
	});

	it('lets owners delete one response, with why, and no one else', async () => {
		await send('api-delete');
		const id = await idOf('api-delete');
		const editor = await member('Editor', 'editor');
		await expect(deleteResponse(t.db, await access(editor), editor.id, id, 'Test')).rejects.toMatchObject({
			code: 'forbidden'
		});
		const before = await baselineKnw1();
		await deleteResponse(t.db, await access(owner), owner.id, id, 'A test submission');
		expect(await baselineKnw1()).toBe(before - 1);
		await expectSumsRebuilt();
		const audit = await t.db.selectFrom('audit_events').select(['action', 'detail']).execute();
		expect(audit.find((event) => event.action === 'response_deleted')?.detail).toContain('A test submission');
	});

	it('shows viewers every response without letting them change one, and enumerators only their own', async () => {
		const viewer = await member('Viewer', 'viewer');
		const enumerator = await member('Enumerator', 'enumerator');
		const link = published.link('endline', 'exposed');
		await updateLinkSettings(t.db, owner.id, published.campaignId, link.id, {
			mode: 'enumerator',
			opensAt: null,
			closesAt: null
		});
		const input = { clientId: 'enum-interview', language: 'fr' as const, answers: respondentAnswers() };
		expect(await collectResponse(t.db, link.token, input, enumerator, null, NOW)).toMatchObject({ ok: true });
		const id = await idOf('enum-interview');

		const viewed = await listResponses(t.db, await access(viewer), viewer.id, query({ limit: '1000' }));
		expect(viewed.items).toHaveLength(SYNTHETIC + 1);
		await expect(
			reviewResponse(t.db, await access(viewer), viewer.id, id, { state: 'approved', comment: '' })
		).rejects.toMatchObject({ code: 'forbidden' });

		const own = await listResponses(t.db, await access(enumerator), enumerator.id, query());
		expect(own.items.map((item) => item.clientId)).toEqual(['enum-interview']);
		expect((await getResponse(t.db, await access(enumerator), enumerator.id, id)).enumerator).toBe('Enumerator');
		const other = await idOf('synthetic-5-0');
		await expect(getResponse(t.db, await access(enumerator), enumerator.id, other)).rejects.toMatchObject({
			code: 'not_found'
		});
		expect(
			await correctResponse(t.db, await access(enumerator), enumerator.id, id, {
				answers: { D2: 23 },
				comment: 'Misheard'
			})
		).toMatchObject({ ok: true });
		await reviewResponse(t.db, await access(owner), owner.id, id, { state: 'approved', comment: '' });
		await expect(
			correctResponse(t.db, await access(enumerator), enumerator.id, id, { answers: { D2: 24 }, comment: 'Again' })
		).rejects.toMatchObject({ code: 'forbidden' });
	});

	it('never shows a donor a response, nor its state', async () => {
		const donor = await createUser(t.db, 'Donor');
		const fund = await createVerifiedDonor(t.db, donor.id, 'Fonds Sahel');
		await shareCampaign(t.db, owner.id, published.campaignId, fund.id);
		const donorAccess = await access(donor);
		expect(donorAccess.reader).toBe('donor');
		await expect(listResponses(t.db, donorAccess, donor.id, query())).rejects.toMatchObject({ code: 'not_found' });
		await expect(
			reviewResponses(t.db, donorAccess, donor.id, { filter: {}, state: 'approved', comment: '', dryRun: true })
		).rejects.toMatchObject({ code: 'not_found' });
	});
});
