import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { DIMENSIONS } from '$lib/indicators';
import { BASELINE_PROFILE, insertSyntheticResponses } from '$lib/server/demo/synthetic';
import { sumCells } from '$lib/server/indicators/repository';
import { storeSubmission, type Submission } from '$lib/server/responses/service';
import { findCollectTarget } from '$lib/server/responses/target';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { setUpSahelInfo } from '../../../../helpers/fixtures';
import { publishCampaign, RESPONDENT, type PublishedCampaign } from '../../../../helpers/responses';
import type { CoreAnswers } from '$lib/core-module';

const NOW = new Date('2026-06-15T10:00:00.000Z');

describe.each(DIALECTS)('sums per cell on %s', (dialect) => {
	let t: TestDatabase;
	let published: PublishedCampaign;

	async function store(
		wave: 'baseline' | 'endline',
		group: 'exposed' | 'comparison',
		clientId: string,
		core: CoreAnswers,
		startedAt: string | null = null
	) {
		const target = await findCollectTarget(t.db, published.link(wave, group).token);
		const submission: Submission = {
			clientId,
			language: 'fr',
			startedAt,
			submittedAt: NOW.toISOString(),
			outcome: 'complete',
			core,
			custom: {}
		};
		await storeSubmission(t.db, target, submission, { channel: 'form', collectorId: null, now: NOW });
	}

	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		const { user } = await setUpSahelInfo(t.db);
		published = await publishCampaign(t.db, user.id);
		await store('baseline', 'exposed', 'b-e-1', RESPONDENT, '2026-06-15T09:59:00.000Z');
		await store('baseline', 'exposed', 'b-e-2', {
			...RESPONDENT,
			D1: 'male',
			K1: 'false',
			K2: 'true',
			K3: 'false',
			R1: 'dk',
			R2: 'dk'
		});
		await store('endline', 'exposed', 'e-e-1', { ...RESPONDENT, D2: 40 });
		await store('baseline', 'comparison', 'b-c-1', { ...RESPONDENT, K1: undefined } as CoreAnswers);
	});
	afterEach(async () => t.close());

	it('counts, sums and sums of squares of every indicator per wave and group', async () => {
		const cells = await sumCells(t.db, published.campaignId, null);
		const baseline = cells.find((cell) => cell.wave === 'baseline' && cell.group === 'exposed')!;
		expect(cells).toHaveLength(3);
		expect(baseline).toMatchObject({ level: null, respondents: 2, quick: 1 });
		// RESPONDENT knows all 8 risks; the second knows 5 of them (K1, K2, K3 wrong).
		expect(baseline.indicators.KNW1).toEqual({ n: 2, sum: 1, sumSquares: 1 });
		expect(baseline.indicators.KNW1M).toEqual({ n: 2, sum: 13, sumSquares: 64 + 25 });
		// RSK1: (5+4+3+2)/4 = 3.5, and with R1, R2 dk: (3+2)/2 has fewer than 3 numbers: left out.
		expect(baseline.indicators.RSK1).toEqual({ n: 1, sum: 3.5, sumSquares: 12.25 });
		const comparison = cells.find((cell) => cell.group === 'comparison')!;
		expect(comparison.indicators.KNW1.n).toBe(0);
		expect(comparison.indicators.SHR1).toEqual({ n: 1, sum: 1, sumSquares: 1 });
	});

	it('splits each cell by a dimension’s levels', async () => {
		const bySex = await sumCells(t.db, published.campaignId, 'sex');
		const baseline = bySex
			.filter((cell) => cell.wave === 'baseline' && cell.group === 'exposed')
			.map((cell) => [cell.level, cell.respondents]);
		expect(baseline.sort()).toEqual([
			['female', 1],
			['male', 1]
		]);
		const byAge = await sumCells(t.db, published.campaignId, 'age_band');
		expect(byAge.find((cell) => cell.wave === 'endline')?.level).toBe('35+');
		const byIntention = await sumCells(t.db, published.campaignId, 'intention');
		expect(new Set(byIntention.map((cell) => cell.level))).toEqual(new Set(['yes']));
	});

	it('has nothing for a campaign without responses', async () => {
		expect(await sumCells(t.db, 'no-such-campaign', null)).toEqual([]);
	});

	it.each(DIMENSIONS)('adds up to what the database gives grouped by %s alone', async (dimension) => {
		const target = await findCollectTarget(t.db, published.link('endline', 'exposed').token);
		await insertSyntheticResponses(t.db, target!, {
			count: 300,
			profile: BASELINE_PROFILE,
			seed: 7,
			submittedOn: '2026-06-01'
		});
		const column = {
			sex: 'd1',
			age_band: 'age_band',
			region: 'd3',
			education: 'd4',
			returnee: 'd5',
			exposure: 'e1',
			intention: 'score_int1'
		}[dimension];
		const expected = await sql<{
			wave: string;
			group_name: string;
			level: unknown;
			respondents: number;
			n: number;
			total: number;
			squares: number;
		}>`
			select wave, group_name, ${sql.ref(column)} as level, count(*) as respondents, count(score_rsk1) as n,
				coalesce(sum(score_rsk1), 0) as total, coalesce(sum(score_rsk1 * score_rsk1), 0) as squares
			from responses where campaign_id = ${published.campaignId} group by wave, group_name, ${sql.ref(column)}`.execute(t.db);
		const level = (value: unknown) =>
			value === null ? null : dimension === 'intention' ? (Number(value) === 1 ? 'yes' : 'no') : String(value);
		const rolled = await sumCells(t.db, published.campaignId, dimension);
		expect(rolled).toHaveLength(expected.rows.length);
		for (const row of expected.rows) {
			const cell = rolled.find(
				(candidate) =>
					candidate.wave === row.wave && candidate.group === row.group_name && candidate.level === level(row.level)
			)!;
			expect(cell.respondents).toBe(Number(row.respondents));
			expect(cell.indicators.RSK1.n).toBe(Number(row.n));
			expect(cell.indicators.RSK1.sum).toBeCloseTo(Number(row.total), 9);
			expect(cell.indicators.RSK1.sumSquares).toBeCloseTo(Number(row.squares), 9);
		}
	});
});
