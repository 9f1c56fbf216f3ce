import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ResponseChange } from '$lib/review/types';
import { getCampaignAccess } from '$lib/server/access/campaign';
import { BASELINE_PROFILE, insertSyntheticResponses } from '$lib/server/demo/synthetic';
import { collectResponse } from '$lib/server/respondents/collect';
import { findCollectTarget } from '$lib/server/responses/target';
import { listResponseChanges } from '$lib/server/review/changes';
import { correctResponse } from '$lib/server/review/correct';
import { deleteResponse } from '$lib/server/review/delete';
import { reviewResponse, reviewResponses } from '$lib/server/review/review';
import { deleteCampaignResponses } from '$lib/server/retention/service';
import { findCampaign } from '$lib/server/campaigns/repository';
import type { User } from '$lib/server/users/user';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { setUpSahelInfo } from '../../../../helpers/fixtures';
import { publishCampaign, respondentAnswers, type PublishedCampaign } from '../../../../helpers/responses';

const NOW = new Date('2026-06-15T10:00:00.000Z');

describe.each(DIALECTS)('the changes to a campaign’s responses since a pipeline last asked, on %s', (dialect) => {
	let t: TestDatabase;
	let owner: User;
	let published: PublishedCampaign;

	const access = async () => getCampaignAccess(t.db, owner.id, published.campaignId);
	const changes = async (since: string, limit = 50) =>
		listResponseChanges(t.db, await access(), owner.id, { since, limit });
	const send = (clientId: string, changes: Record<string, unknown> = {}) =>
		collectResponse(
			t.db,
			published.link('baseline', 'exposed').token,
			{ clientId, language: 'fr', answers: respondentAnswers(changes) },
			null,
			'10.0.0.1',
			NOW
		);
	const idOf = async (clientId: string) =>
		(await t.db.selectFrom('responses').select('id').where('client_id', '=', clientId).executeTakeFirstOrThrow()).id;
	const describeChange = (item: ResponseChange) =>
		item.change === 'purged' ? 'purged' : `${item.change} ${item.clientId}`;
	/** Every change since `since`, a page of `limit` at a time, and what to ask next time. */
	const readAll = async (since: string, limit: number) => {
		const items: ResponseChange[] = [];
		for (;;) {
			const page = await changes(since, limit);
			items.push(...page.items);
			since = page.nextSince;
			if (!page.hasMore) return { items, since };
		}
	};

	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		owner = (await setUpSahelInfo(t.db)).user;
		published = await publishCampaign(t.db, owner.id);
	});
	afterEach(async () => t.close());

	it('lists every response once, then only what changed since: new, reviewed, edited, deleted', async () => {
		for (const clientId of ['a', 'b', 'c', 'd']) await send(clientId);
		const first = await readAll('0', 3);
		expect(first.items.map(describeChange).sort()).toEqual(['new a', 'new b', 'new c', 'new d']);
		expect((await changes(first.since)).items).toEqual([]);
		expect((await changes(first.since)).nextSince).toBe(first.since);

		await reviewResponse(t.db, await access(), owner.id, await idOf('a'), { state: 'approved', comment: '' }, NOW);
		await correctResponse(t.db, await access(), owner.id, await idOf('b'), {
			answers: { D2: 31 },
			comment: 'Paper form'
		});
		await deleteResponse(t.db, await access(), owner.id, await idOf('c'), 'Sent twice', NOW);
		await send('e');
		await send('e'); // The same submission again: no change.
		const next = await readAll(first.since, 2);
		expect(next.items.map(describeChange)).toEqual(['reviewed a', 'edited b', 'deleted c', 'new e']);
		const [reviewed, edited, deleted] = next.items;
		expect(reviewed).toMatchObject({ change: 'reviewed', state: 'approved' });
		expect(edited).toMatchObject({ change: 'edited', answers: expect.objectContaining({ D2: 31 }) });
		expect(deleted).toMatchObject({
			change: 'deleted',
			wave: 'baseline',
			group: 'exposed',
			deletedAt: NOW.toISOString()
		});
		// Each later than the one before, so that a pipeline applies them in order.
		const versions = next.items.map((item) => item.version);
		expect(versions).toEqual([...versions].sort((x, y) => x - y));
		expect(versions[0]).toBeGreaterThan(Math.max(...first.items.map((item) => item.version)));

		// From the start, a response changed after it arrived is new, as it is now; the deleted one is listed deleted.
		const all = await readAll('0', 50);
		expect(all.items.map(describeChange).sort()).toEqual(['deleted c', 'new a', 'new b', 'new d', 'new e']);
		expect(all.items.find((item) => item.change === 'new' && item.clientId === 'a')).toMatchObject({
			state: 'approved'
		});
		expect(all.since).toBe(next.since);
	});

	it('lists each response a review by filter changed, and every response gone when they are all deleted', async () => {
		for (const clientId of ['a', 'b', 'c']) await send(clientId);
		const { since } = await readAll('0', 50);
		await reviewResponses(t.db, await access(), owner.id, {
			filter: {},
			state: 'has_issues',
			comment: 'Enumerator unsure',
			dryRun: false
		});
		// One transaction, one version: in the order of their ids.
		const reviewed = (await readAll(since, 2)).items;
		expect(reviewed.map(describeChange).sort()).toEqual(['reviewed a', 'reviewed b', 'reviewed c']);
		expect(new Set(reviewed.map((item) => item.version)).size).toBe(1);
		const after = (await readAll(since, 50)).since;
		const campaign = (await findCampaign(t.db, published.campaignId))!;
		await deleteCampaignResponses(t.db, owner.id, published.campaignId, campaign.title, NOW);
		expect((await readAll(after, 50)).items).toEqual([expect.objectContaining({ change: 'purged' })]);
	});

	it('lists as new a response of the version a page ended in, changed before the next page was read', async () => {
		const target = await findCollectTarget(t.db, published.link('baseline', 'exposed').token);
		// Three responses in one transaction: one version, ordered by their ids.
		await insertSyntheticResponses(t.db, target!, {
			count: 3,
			profile: BASELINE_PROFILE,
			seed: 2,
			submittedOn: '2026-06-01'
		});
		const first = await changes('0', 1);
		expect(first.hasMore).toBe(true);
		const ids = (await t.db.selectFrom('responses').select('id').orderBy('id').execute()).map((row) => row.id);
		expect(first.items.map((item) => (item.change === 'purged' ? '' : item.id))).toEqual([ids[0]]);
		await reviewResponse(t.db, await access(), owner.id, ids[2], { state: 'approved', comment: '' }, NOW);
		const rest = await readAll(first.nextSince, 1);
		expect(rest.items.map((item) => [item.change, item.change === 'purged' ? '' : item.id])).toEqual([
			['new', ids[1]],
			['new', ids[2]]
		]);
	});

	it('refuses a since it did not give', async () => {
		const nul = Buffer.from('[0,0,"\\u0000"]').toString('base64url');
		for (const since of ['1', 'bm90IGEgY3Vyc29y', Buffer.from('[1,2,"x"]').toString('base64url'), nul])
			await expect(changes(since)).rejects.toMatchObject({ code: 'invalid', field: 'since' });
		// Well made, but past every change of the campaign: never one it gave.
		await expect(changes(Buffer.from('[99,0,"a"]').toString('base64url'))).rejects.toMatchObject({
			code: 'invalid',
			field: 'since',
			messageKey: 'errors.since_ahead'
		});
	});
});
