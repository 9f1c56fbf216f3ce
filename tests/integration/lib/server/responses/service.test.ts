import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sweepExpiredState } from '$lib/server/housekeeping';
import { admitSubmission, COLLECT_ADDRESS_POLICY, deleteFinishedCounts } from '$lib/server/responses/flood';
import { countByLink } from '$lib/server/responses/repository';
import { storeSubmission, type Submission } from '$lib/server/responses/service';
import { findCollectTarget } from '$lib/server/responses/target';
import type { User } from '$lib/server/users/user';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { setUpSahelInfo } from '../../../../helpers/fixtures';
import { publishCampaign, RESPONDENT, type PublishedCampaign } from '../../../../helpers/responses';

const NOW = new Date('2026-06-15T10:00:00.000Z');

function submission(clientId: string, changes: Partial<Submission> = {}): Submission {
	return {
		clientId,
		language: 'fr',
		startedAt: '2026-06-15T09:50:00.000Z',
		submittedAt: '2026-06-15T09:58:30.000Z',
		outcome: 'complete',
		core: RESPONDENT,
		custom: {},
		...changes
	};
}

describe.each(DIALECTS)('responses on %s', (dialect) => {
	let t: TestDatabase;
	let owner: User;
	let published: PublishedCampaign;

	const rows = () => t.db.selectFrom('responses').selectAll().execute();
	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		const setup = await setUpSahelInfo(t.db);
		owner = setup.user;
		published = await publishCampaign(t.db, owner.id);
	});
	afterEach(async () => t.close());

	describe('storeSubmission', () => {
		it('stores a response once, with its answers in columns, its scores, version, wave and group', async () => {
			const target = await findCollectTarget(t.db, published.link('baseline', 'exposed').token);
			const first = await storeSubmission(t.db, target, submission('client-0001'), {
				channel: 'form',
				collectorId: null,
				now: NOW
			});
			const again = await storeSubmission(t.db, target, submission('client-0001'), {
				channel: 'form',
				collectorId: null,
				now: NOW
			});
			expect(first).toEqual({ id: expect.any(String), outcome: 'complete', duplicate: false });
			expect(again).toEqual({ id: first.id, outcome: 'complete', duplicate: true });
			const [row] = await rows();
			expect(await rows()).toHaveLength(1);
			expect(row).toMatchObject({
				id: first.id,
				wave: 'baseline',
				group_name: 'exposed',
				survey_version_id: target.version.id,
				core_module_version: 1,
				language: 'fr',
				mode: 'self',
				channel: 'form',
				duration_seconds: 510,
				d2: 22,
				e2: 'radio school',
				r3: 'dk',
				score_knw1: 1,
				age_band: '18-24',
				custom_answers: '{}'
			});
			expect(Number(row.score_rsk1)).toBe(3.5);
		});

		it('stores one row when the same submission arrives many times at once', async () => {
			const target = await findCollectTarget(t.db, published.link('endline', 'exposed').token);
			const results = await Promise.all(
				Array.from({ length: 20 }, () =>
					storeSubmission(t.db, target, submission('client-race'), { channel: 'api', collectorId: null, now: NOW })
				)
			);
			expect(await rows()).toHaveLength(1);
			expect(results.filter((result) => !result.duplicate)).toHaveLength(1);
			expect(new Set(results.map((result) => result.id)).size).toBe(1);
		});

		it('works inside the caller’s transaction, and stores nothing when that transaction fails', async () => {
			const target = await findCollectTarget(t.db, published.link('endline', 'comparison').token);
			const context = { channel: 'import' as const, collectorId: null, now: NOW };
			await expect(
				t.db.transaction().execute(async (trx) => {
					await storeSubmission(trx, target, submission('client-trx-1'), context);
					await storeSubmission(trx, target, submission('client-trx-2', { outcome: 'refused', core: {} }), context);
					throw new Error('the caller gives up');
				})
			).rejects.toThrow('the caller gives up');
			expect(await rows()).toEqual([]);
			expect(await t.db.selectFrom('survey_endings').selectAll().execute()).toEqual([]);
		});

		it('only counts a refusal, and lets an answer with the same submission id replace it', async () => {
			const link = published.link('baseline', 'comparison');
			const target = await findCollectTarget(t.db, link.token);
			const refused = submission('client-back', { outcome: 'refused', core: { C0: 'no' } });
			expect(await storeSubmission(t.db, target, refused, { channel: 'form', collectorId: null, now: NOW })).toEqual({
				id: null,
				outcome: 'refused',
				duplicate: false
			});
			expect(
				await storeSubmission(t.db, target, refused, { channel: 'form', collectorId: null, now: NOW })
			).toMatchObject({ duplicate: true });
			expect((await countByLink(t.db, published.campaignId)).get(link.id)).toEqual({
				responses: 0,
				refused: 1,
				notEligible: 0
			});
			const endings = await t.db.selectFrom('survey_endings').selectAll().execute();
			expect(endings).toEqual([
				{
					campaign_id: published.campaignId,
					link_id: link.id,
					client_id: 'client-back',
					outcome: 'refused',
					ended_on: '2026-06-15'
				}
			]);

			await storeSubmission(t.db, target, submission('client-back'), { channel: 'form', collectorId: null, now: NOW });
			expect((await countByLink(t.db, published.campaignId)).get(link.id)).toEqual({
				responses: 1,
				refused: 0,
				notEligible: 0
			});
			await sweepExpiredState(t.db, NOW);
			expect(await t.db.selectFrom('survey_endings').selectAll().execute()).toEqual([]);
			expect(
				await storeSubmission(t.db, target, refused, { channel: 'form', collectorId: null, now: NOW })
			).toMatchObject({ outcome: 'complete', duplicate: true });
		});
	});

	describe('flood protection', () => {
		it('forgets the counts once their window has passed', async () => {
			await admitSubmission(t.db, published.links[0].id, '203.0.113.5', NOW);
			await deleteFinishedCounts(t.db, new Date(NOW.getTime() + 5 * 60 * 1000));
			expect(await t.db.selectFrom('throttles').selectAll().execute()).toHaveLength(1);
			await deleteFinishedCounts(t.db, new Date(NOW.getTime() + 11 * 60 * 1000));
			expect(await t.db.selectFrom('throttles').selectAll().execute()).toHaveLength(0);
		});

		it('lets a classroom through one address, then stops a script, per link and address', async () => {
			const [first, second] = published.links;
			for (let i = 0; i < COLLECT_ADDRESS_POLICY.freeFailures; i++)
				await admitSubmission(t.db, first.id, '203.0.113.7', NOW);
			await expect(admitSubmission(t.db, first.id, '203.0.113.7', NOW)).rejects.toMatchObject({
				code: 'too_many_requests'
			});
			await admitSubmission(t.db, first.id, '203.0.113.8', NOW);
			await admitSubmission(t.db, second.id, '203.0.113.7', NOW);
			const later = new Date(NOW.getTime() + (COLLECT_ADDRESS_POLICY.windowSeconds + 1) * 1000);
			await admitSubmission(t.db, first.id, '203.0.113.7', later);
			const keys = await t.db.selectFrom('throttles').select('key').execute();
			expect(keys.some((row) => row.key.includes('203.0.113'))).toBe(false);
		});
	});
});
