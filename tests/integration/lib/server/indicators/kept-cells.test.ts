import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BASELINE_PROFILE, insertSyntheticResponses } from '../../../../../src/lib/server/demo/synthetic';
import { forgetKeptCells, readLevelledSums } from '../../../../../src/lib/server/indicators/kept-cells';
import { sumLevelledCells } from '../../../../../src/lib/server/indicators/repository';
import { writeResponse } from '../../../../../src/lib/server/responses/writer';
import { findCollectTarget } from '../../../../../src/lib/server/responses/target';
import type { LevelledSums } from '../../../../../src/lib/indicators/rollup';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { setUpSahelInfo } from '../../../../helpers/fixtures';
import { publishCampaign, RESPONDENT, type PublishedCampaign } from '../../../../helpers/responses';

const NOW = new Date('2026-06-15T10:00:00.000Z');

/** The sums in one order, whatever order they came in. */
const sorted = (sums: readonly LevelledSums[]) =>
	sums.map((cell) => JSON.stringify([cell.wave, cell.group, cell.levels, [...cell.values]])).sort();

describe.each(DIALECTS)('the sums kept cell by cell on %s', (dialect) => {
	let t: TestDatabase;
	let published: PublishedCampaign;
	let ownerId: string;

	const answer = async (wave: 'baseline' | 'endline', group: 'exposed' | 'comparison', clientId: string) => {
		const target = (await findCollectTarget(t.db, published.link(wave, group).token))!;
		await writeResponse(t.db, {
			target,
			submission: { clientId, language: 'fr', startedAt: null, submittedAt: NOW.toISOString(), outcome: 'complete', core: RESPONDENT, custom: {} },
			context: { channel: 'api', collectorId: ownerId, now: NOW },
			address: '127.0.0.1'
		});
	};

	beforeEach(async () => {
		forgetKeptCells();
		t = await openTestDatabase(dialect);
		ownerId = (await setUpSahelInfo(t.db)).user.id;
		published = await publishCampaign(t.db, ownerId);
		for (const [i, [wave, group]] of (
			[
				['baseline', 'exposed'],
				['endline', 'exposed'],
				['baseline', 'comparison']
			] as const
		).entries()) {
			const target = await findCollectTarget(t.db, published.link(wave, group).token);
			await insertSyntheticResponses(t.db, target!, { count: 60, profile: BASELINE_PROFILE, seed: i + 1, submittedOn: '2026-06-01' });
		}
	});
	afterEach(async () => t.close());

	it('are, after responses to some cells, what the database adds up from nothing', async () => {
		await readLevelledSums(t.db, published.campaignId);
		await answer('endline', 'exposed', 'one-more-endline');
		await answer('endline', 'comparison', 'first-endline-comparison');
		const kept = await readLevelledSums(t.db, published.campaignId);
		expect(sorted(kept)).toEqual(sorted(await sumLevelledCells(t.db, published.campaignId)));
		expect(kept.filter((sums) => sums.wave === 'endline' && sums.group === 'comparison')).toHaveLength(1);
	});

	it('reads again only the cells whose version moved', async () => {
		await readLevelledSums(t.db, published.campaignId);
		// A row slipped into the baseline without its version moving: what was kept of the baseline stays.
		const baseline = (await findCollectTarget(t.db, published.link('baseline', 'exposed').token))!;
		const row = await t.db.selectFrom('responses').selectAll().where('link_id', '=', baseline.link.id).executeTakeFirstOrThrow();
		await t.db.insertInto('responses').values({ ...row, id: 'slipped-in-row-0001', client_id: 'slipped-in' }).execute();
		await answer('endline', 'exposed', 'one-more-endline');
		const respondents = (sums: readonly LevelledSums[], wave: string, group: string) =>
			sums.filter((cell) => cell.wave === wave && cell.group === group).reduce((total, cell) => total + cell.values[0], 0);
		const kept = await readLevelledSums(t.db, published.campaignId);
		expect(respondents(kept, 'endline', 'exposed')).toBe(61);
		expect(respondents(kept, 'baseline', 'exposed')).toBe(60);
		forgetKeptCells();
		expect(respondents(await readLevelledSums(t.db, published.campaignId), 'baseline', 'exposed')).toBe(61);
	});
});
