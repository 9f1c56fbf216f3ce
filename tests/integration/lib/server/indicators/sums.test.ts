import { Migrator } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../../../../migrations/index';
import { afterCampaign, BASELINE_PROFILE, insertSyntheticResponses } from '$lib/server/demo/synthetic';
import { rebuildIndicatorSums } from '$lib/server/indicators/sums';
import { importResponsesCsv } from '$lib/server/imports/import-service';
import { writeResponse } from '$lib/server/responses/writer';
import { findCollectTarget } from '$lib/server/responses/target';
import type { Submission } from '$lib/server/responses/service';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { setUpSahelInfo } from '../../../../helpers/fixtures';
import { publishCampaign, RESPONDENT, type PublishedCampaign } from '../../../../helpers/responses';
import { buildCsv, toCells } from '../../../../helpers/responses-csv';

const NOW = new Date('2026-06-15T10:00:00.000Z');

describe.each(DIALECTS)('the indicator sums kept with the responses on %s', (dialect) => {
	let t: TestDatabase;
	let published: PublishedCampaign;
	let ownerId: string;

	/**
	 * Every row of sums (in all and by level), as text in one order, numbers as numbers whatever the driver gives:
	 * to 9 decimals, as decimals added in another order may differ in their last bits.
	 */
	const readSums = async () =>
		[
			...(await t.db.selectFrom('indicator_sums').selectAll().execute()),
			...(await t.db.selectFrom('indicator_level_sums').selectAll().execute())
		]
			.map((row) =>
				JSON.stringify(
					Object.entries(row).map(([column, value]) => [
						column,
						typeof value === 'number' || (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value))
							? Number(Number(value).toFixed(9))
							: value
					])
				)
			)
			.sort();

	const send = async (
		wave: 'baseline' | 'endline',
		group: 'exposed' | 'comparison',
		submission: Partial<Submission> & { clientId: string }
	) => {
		const target = (await findCollectTarget(t.db, published.link(wave, group).token))!;
		return writeResponse(t.db, {
			target,
			submission: {
				language: 'fr',
				startedAt: '2026-06-15T09:59:00.000Z',
				submittedAt: NOW.toISOString(),
				outcome: 'complete',
				core: RESPONDENT,
				custom: {},
				...submission
			},
			context: { channel: 'api', collectorId: ownerId, now: NOW },
			address: '127.0.0.1'
		});
	};

	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		ownerId = (await setUpSahelInfo(t.db)).user.id;
		published = await publishCampaign(t.db, ownerId);
		const target = await findCollectTarget(t.db, published.link('baseline', 'exposed').token);
		await insertSyntheticResponses(t.db, target!, {
			count: 80,
			profile: BASELINE_PROFILE,
			seed: 3,
			submittedOn: '2026-06-01'
		});
	});
	afterEach(async () => t.close());

	it('are, after responses, an import and synthetic data, what the stored responses add up to', async () => {
		await send('endline', 'exposed', { clientId: 'endline-quick' });
		await send('endline', 'exposed', {
			clientId: 'endline-no-answers',
			core: { ...RESPONDENT, D1: undefined, R1: 'dk', R2: 'dk', R3: 'dk' } as typeof RESPONDENT
		});
		const endline = await findCollectTarget(t.db, published.link('endline', 'comparison').token);
		await insertSyntheticResponses(t.db, endline!, {
			count: 40,
			profile: afterCampaign(BASELINE_PROFILE, 0.3),
			seed: 9,
			submittedOn: '2026-06-10'
		});
		const csv = new TextEncoder().encode(
			buildCsv([
				{ client_id: 'paper-0001', ...toCells(RESPONDENT) },
				{ client_id: 'paper-0002', ...toCells({ ...RESPONDENT, D1: 'male' }) }
			])
		);
		await importResponsesCsv(t.db, ownerId, published.campaignId, { wave: 'baseline', group: 'comparison' }, csv, {
			language: 'fr',
			dryRun: false,
			now: NOW
		});
		const kept = await readSums();
		await rebuildIndicatorSums(t.db, published.campaignId);
		expect(kept).toEqual(await readSums());
		const respondents = await t.db
			.selectFrom('indicator_sums')
			.select((eb) => eb.fn.sum<number>('respondents').as('all'))
			.executeTakeFirstOrThrow();
		expect(Number(respondents.all)).toBe(80 + 2 + 40 + 2);
	});

	it('count responses written together once each, those who share their levels in one row', async () => {
		const before = (await t.db.selectFrom('indicator_sums').select('wave').where('wave', '=', 'endline').execute())
			.length;
		const written = await Promise.all([
			send('endline', 'exposed', { clientId: 'together-1' }),
			send('endline', 'exposed', { clientId: 'together-2' }),
			send('endline', 'exposed', { clientId: 'together-3', core: { ...RESPONDENT, D1: 'male' } }),
			send('endline', 'exposed', { clientId: 'together-1' })
		]);
		expect(written.map((result) => 'duplicate' in result && result.duplicate)).toEqual([false, false, false, true]);
		const rows = await t.db
			.selectFrom('indicator_sums')
			.select(['sex', 'respondents', 'knw1_n', 'rsk1_sum'])
			.where('wave', '=', 'endline')
			.orderBy('sex')
			.execute();
		expect(before).toBe(0);
		expect(rows.map((row) => [row.sex, Number(row.respondents), Number(row.knw1_n)])).toEqual([
			['female', 2, 2],
			['male', 1, 1]
		]);
		const kept = await readSums();
		await rebuildIndicatorSums(t.db, published.campaignId);
		expect(await readSums()).toEqual(kept);
	});

	it('take nothing from a duplicate, a refusal or a respondent under 15', async () => {
		await send('endline', 'exposed', { clientId: 'sent-twice' });
		const before = await readSums();
		expect(await send('endline', 'exposed', { clientId: 'sent-twice' })).toMatchObject({ duplicate: true });
		await send('endline', 'exposed', { clientId: 'refused-here', outcome: 'refused', core: {} as typeof RESPONDENT });
		expect(await readSums()).toEqual(before);
	});

	it('are made from the responses already stored when the migration first runs', async () => {
		await send('endline', 'exposed', { clientId: 'before-the-migration' });
		const kept = await readSums();
		const migrator = new Migrator({ db: t.db, provider: { getMigrations: async () => migrations } });
		// Back to before the sums existed, whatever came after them, then forward again.
		expect((await migrator.migrateTo('20261201120000_responses')).error).toBeUndefined();
		expect(await t.db.introspection.getTables()).not.toContainEqual(
			expect.objectContaining({ name: 'indicator_sums' })
		);
		expect((await migrator.migrateToLatest()).error).toBeUndefined();
		expect(await readSums()).toEqual(kept);
	});
});
