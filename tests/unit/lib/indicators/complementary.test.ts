import { describe, expect, it } from 'vitest';
import { INDICATORS } from '$lib/core-module';
import {
	buildCampaignReport,
	DIMENSIONS,
	GROUPS,
	SIMPLE_DESIGN,
	WAVES,
	type CampaignReport,
	type CellSums,
	type Dimension,
	type ReportInput
} from '$lib/indicators';
import { hideSmallCounts } from '$lib/indicators/redact';
import { indicatorOffset, rollUpEach, SUMS_LAYOUT, type LevelledSums } from '$lib/indicators/rollup';
import { recoverHidden } from '../../../helpers/differencing';
import { cell, share } from './cells';

const GENERATED = '2026-12-05T00:00:00Z';

function report(
	input: Omit<ReportInput, 'campaignId' | 'generatedAt' | 'regions'>,
	dimensions: readonly Dimension[]
): CampaignReport {
	return buildCampaignReport({ campaignId: 'c', generatedAt: GENERATED, regions: [], ...input }, dimensions);
}

/** A view of the report that hides each small count on its own, as donors and the public read it before. */
function hideEachAlone(full: CampaignReport): CampaignReport {
	const hide = <T extends { n: number | null }>(cell: T): T =>
		cell.n !== null && cell.n < 5 ? { ...cell, n: null } : cell;
	return {
		...full,
		indicators: full.indicators.map((indicator) => ({
			...indicator,
			cells: indicator.cells.map(hide),
			disaggregations: Object.fromEntries(
				Object.entries(indicator.disaggregations).map(([d, levels]) => [
					d,
					levels!.map((level) => ({ ...level, cells: level.cells.map(hide) }))
				])
			)
		}))
	};
}

describe('a split that would give a hidden group by subtraction', () => {
	// 29 respondents, 3 of whom intend to migrate irregularly: 26 women of whom none, and 3 men, all three.
	const totals = [cell('endline', 'exposed', { INT1: share(3, 29) })];
	const bySex = [
		cell('endline', 'exposed', { INT1: share(0, 26) }, { level: 'female' }),
		cell('endline', 'exposed', { INT1: share(3, 3) }, { level: 'male' })
	];
	const input = { totals, byDimension: { sex: bySex } };
	const full = report(input, ['sex']);

	it('gives the 3 men away when each small count is hidden on its own', () => {
		const recovered = recoverHidden(hideEachAlone(full), input).filter((found) => found.indicator === 'INT1');
		expect(recovered).toEqual(
			expect.arrayContaining([
				{ indicator: 'INT1', place: 'sex|male|endline:exposed', quantity: 'count', truth: 3 },
				{ indicator: 'INT1', place: 'sex|male|endline:exposed', quantity: 'sum', truth: 3 }
			])
		);
	});

	it('hides the women too, saying why, and leaves the total', () => {
		const int1 = hideSmallCounts(full).indicators.find((indicator) => indicator.id === 'INT1')!;
		const [female, male] = int1.disaggregations.sex!.map((level) => level.cells[0]);
		expect(male).toMatchObject({ n: null, value: null, suppressed: true, complementary: false });
		expect(female).toMatchObject({ n: null, value: null, suppressed: true, complementary: true });
		expect(int1.cells[0]).toMatchObject({ n: 29, suppressed: false, complementary: false });
		expect(recoverHidden(hideSmallCounts(full), input)).toEqual([]);
	});
});

describe('which cells are hidden with a small one', () => {
	// Levels as [name, n, x]; what donors then read of each level (n or "hidden", and whether its value shows).
	it.each([
		{
			name: 'nothing hidden: nothing more',
			levels: [
				['a', 60, 30],
				['b', 40, 10]
			],
			shown: [
				['a', 60, true, false],
				['b', 40, true, false]
			]
		},
		{
			name: 'two small levels protect each other',
			levels: [
				['a', 92, 30],
				['b', 4, 1],
				['c', 4, 2]
			],
			shown: [
				['a', 92, true, false],
				['b', null, false, false],
				['c', null, false, false]
			]
		},
		{
			name: 'one small level: the next smallest goes with it',
			levels: [
				['a', 60, 30],
				['b', 36, 10],
				['c', 4, 2]
			],
			shown: [
				['a', 60, true, false],
				['b', null, false, true],
				['c', null, false, false]
			]
		},
		{
			name: 'a value below 25 alone: the next smallest value goes',
			levels: [
				['a', 60, 30],
				['b', 30, 10],
				['c', 10, 2]
			],
			shown: [
				['a', 60, true, false],
				['b', 30, false, true],
				['c', 10, false, false]
			]
		},
		{
			name: 'a count below 5 and a value below 25 share a level',
			levels: [
				['a', 80, 30],
				['b', 16, 10],
				['c', 4, 2]
			],
			shown: [
				['a', 80, true, false],
				['b', null, false, true],
				['c', null, false, false]
			]
		}
	] as const)('$name', ({ levels, shown }) => {
		const n = levels.reduce((sum, [, count]) => sum + count, 0);
		const x = levels.reduce((sum, [, , score]) => sum + score, 0);
		const input = {
			totals: [cell('baseline', 'exposed', { SHR1: share(x, n) })],
			byDimension: {
				region: levels.map(([level, count, score]) =>
					cell('baseline', 'exposed', { SHR1: share(score, count) }, { level })
				)
			}
		};
		const shr1 = hideSmallCounts(report(input, ['region'])).indicators.find((indicator) => indicator.id === 'SHR1')!;
		const read = shr1.disaggregations.region!.map((level) => [
			level.level,
			level.cells[0].n,
			level.cells[0].value !== null,
			level.cells[0].complementary
		]);
		expect(read).toEqual(shown);
		expect(shr1.cells[0].n).toBe(n);
		expect(recoverHidden(hideSmallCounts(report(input, ['region'])), input)).toEqual([]);
	});

	it('counts those who left a dimension unanswered as hidden, and protects them when they are few', () => {
		const input = {
			totals: [cell('baseline', 'exposed', { SHR1: share(40, 100) })],
			byDimension: {
				region: [
					cell('baseline', 'exposed', { SHR1: share(30, 60) }, { level: 'a' }),
					cell('baseline', 'exposed', { SHR1: share(9, 37) }, { level: 'b' })
				]
			}
		};
		const shr1 = hideSmallCounts(report(input, ['region'])).indicators.find((indicator) => indicator.id === 'SHR1')!;
		// Three unanswered: the smaller region goes, so that the three's count and answers stay unknown.
		expect(
			shr1.disaggregations.region!.map((level) => [level.level, level.cells[0].n, level.cells[0].complementary])
		).toEqual([
			['a', 60, false],
			['b', null, true]
		]);
	});

	it('hides a change and an impact that a hidden cell enters, with its own sentence', () => {
		const cells = (level: string, small: boolean) =>
			WAVES.slice(0, 2).flatMap((wave) =>
				GROUPS.map((group) =>
					cell(
						wave,
						group,
						{ SHR1: small && wave === 'endline' && group === 'exposed' ? share(1, 3) : share(20, 50) },
						{ level }
					)
				)
			);
		const totals = WAVES.slice(0, 2).flatMap((wave) =>
			GROUPS.map((group) =>
				cell(wave, group, { SHR1: wave === 'endline' && group === 'exposed' ? share(21, 53) : share(40, 100) })
			)
		);
		const input = { totals, byDimension: { sex: [...cells('female', false), ...cells('male', true)] } };
		const shr1 = hideSmallCounts(report(input, ['sex'])).indicators.find((indicator) => indicator.id === 'SHR1')!;
		const female = shr1.disaggregations.sex!.find((level) => level.level === 'female')!;
		const exposedChange = female.changes.find((change) => change.group === 'exposed')!;
		expect(exposedChange).toMatchObject({
			value: null,
			suppressed: true,
			complementary: true,
			sentence: { key: 'sentence.change_hidden' }
		});
		expect(female.changes.find((change) => change.group === 'comparison')).toMatchObject({
			suppressed: false,
			complementary: false
		});
		expect(female.impact).toMatchObject({
			value: null,
			complementary: true,
			sentence: { key: 'sentence.impact_hidden' }
		});
		expect(recoverHidden(hideSmallCounts(report(input, ['sex'])), input)).toEqual([]);
	});

	it('says of a sample mix only that it passed the limit', () => {
		const mix = {
			code: 'sample_mix_sex',
			wave: 'endline',
			group: 'exposed',
			sentence: { key: 'flag.sample_mix_sex', params: { points: { points: 0.23 } } }
		} as const;
		const shown = hideSmallCounts({
			campaignId: 'c',
			moduleVersion: 1,
			generatedAt: GENERATED,
			design: SIMPLE_DESIGN,
			indicators: [],
			flags: [mix]
		});
		expect(shown.flags[0].sentence).toEqual({ key: 'flag.sample_mix_sex_beyond', params: { limit: { points: 0.1 } } });
	});
});

/** A small seeded generator (mulberry32), so that a failure can be run again. */
function random(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Levels met with very unequal frequencies, so that small levels are common. */
const LEVELS: Record<Dimension, string[]> = {
	sex: ['female', 'male'],
	age_band: ['15-17', '18-24', '25-34', '35+'],
	region: ['r1', 'r2', 'r3', 'r4', 'r5', 'r6'],
	education: ['none', 'primary', 'secondary', 'higher'],
	returnee: ['yes', 'no'],
	exposure: ['yes', 'no', 'dont_know'],
	intention: ['yes', 'no']
};

/** The finest sums of a synthetic campaign: respondents one by one, each a row of its own. */
function syntheticCampaign(seed: number): LevelledSums[] {
	const next = random(seed);
	const rows: LevelledSums[] = [];
	const weights = Object.fromEntries(
		DIMENSIONS.map((dimension) => [dimension, LEVELS[dimension].map(() => next() ** 3)])
	) as Record<Dimension, number[]>;
	const unanswered = next() < 0.5 ? 0 : 0.03;
	for (const wave of WAVES.slice(0, 2)) {
		for (const group of GROUPS) {
			const size = Math.floor(8 + next() * 120);
			for (let r = 0; r < size; r++) {
				const levels = Object.fromEntries(
					DIMENSIONS.map((dimension) => {
						if (next() < unanswered) return [dimension, null];
						const w = weights[dimension];
						let pick = next() * w.reduce((a, b) => a + b, 0);
						const index = w.findIndex((weight) => (pick -= weight) <= 0);
						return [dimension, LEVELS[dimension][index === -1 ? w.length - 1 : index]];
					})
				) as Record<Dimension, string | null>;
				const values = new Float64Array(SUMS_LAYOUT.length);
				values[SUMS_LAYOUT.respondents] = 1;
				INDICATORS.forEach((indicator, index) => {
					if (next() < 0.04) return;
					const score = indicator.type === 'proportion' ? (next() < 0.3 ? 1 : 0) : Math.floor(next() * 5);
					values[indicatorOffset(index)] = 1;
					values[indicatorOffset(index) + 1] = score;
					values[indicatorOffset(index) + 2] = score * score;
				});
				rows.push({ wave, group, levels, values });
			}
		}
	}
	return rows;
}

describe('every subtraction on seeded campaigns', () => {
	const seeds = Array.from({ length: 40 }, (_, i) => 1000 + i);

	it.each(seeds)(
		'recovers nothing hidden from campaign %i, split by every dimension, whatever the reader knows of those who did not answer',
		(seed) => {
			const [totals, ...split] = rollUpEach(syntheticCampaign(seed), [null, ...DIMENSIONS]);
			const byDimension = Object.fromEntries(DIMENSIONS.map((dimension, i) => [dimension, split[i]])) as Record<
				Dimension,
				CellSums[]
			>;
			const full = report({ totals, byDimension }, DIMENSIONS);
			const shown = hideSmallCounts(full);
			expect(recoverHidden(shown, { totals, byDimension })).toEqual([]);
			expect(recoverHidden(shown, { totals, byDimension }, 'knows_unanswered')).toEqual([]);
			// The shown report still shows something, and the counts it shows are the true ones.
			const counts = shown.indicators.flatMap((indicator) => indicator.cells.map((c) => c.n));
			expect(counts).toEqual(
				full.indicators.flatMap((indicator) => indicator.cells.map((c) => (c.n! < 5 ? null : c.n)))
			);
		}
	);

	it('finds the hidden groups of the same campaigns when small counts are hidden each on its own', () => {
		const found = seeds.filter((seed) => {
			const [totals, ...split] = rollUpEach(syntheticCampaign(seed), [null, ...DIMENSIONS]);
			const byDimension = Object.fromEntries(DIMENSIONS.map((dimension, i) => [dimension, split[i]])) as Record<
				Dimension,
				CellSums[]
			>;
			return recoverHidden(hideEachAlone(report({ totals, byDimension }, DIMENSIONS)), { totals, byDimension }).some(
				(recovery) => recovery.truth < 5
			);
		});
		expect(found.length).toBeGreaterThan(seeds.length / 2);
	});
});
