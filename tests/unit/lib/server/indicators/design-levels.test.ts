import { describe, expect, it } from 'vitest';
import {
	addUpLevels,
	DESIGN_WIDTH,
	FULL_PLACES,
	keepUnchangedLevels,
	nameLevelSums,
	PSU_PLACES,
	PSU_WIDTH,
	splitByLevel,
	versionOf,
	widthOf,
	type LevelledDesignSums,
	type LevelSplit
} from '$lib/indicators/design-psus';
import { INDICATORS } from '$lib/core-module';
import { DIMENSIONS, type Dimension } from '$lib/indicators/dimensions';
import { decodeLevels, encodeLevels } from '$lib/server/indicators/design-levels';

// A cluster's sums, and those of the responses that are their own PSU ('', every sum kept).
const PSUS = ['c:1', ''];

function levelSums(seed: number, psu = 'c:1'): Float64Array {
	const width = widthOf(psu);
	return nameLevelSums(Float64Array.from({ length: width + 1 }, (_, i) => (i < width ? seed * 1000 + i / 7 : 0)));
}

function splitOf(levels: readonly (readonly string[])[], psu = 'c:1'): LevelSplit {
	let seed = 0;
	return DIMENSIONS.map((_, d) => new Map((levels[d] ?? []).map((level) => [level, levelSums(++seed, psu)])));
}

function levelled(levels: Partial<Record<Dimension, string>>, seed: number, psu = 'c:1'): LevelledDesignSums {
	return {
		wave: 'baseline',
		group: 'exposed',
		levels: Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, levels[dimension] ?? null])) as Record<
			Dimension,
			string | null
		>,
		psu,
		stratum: 'north',
		respondents: 1,
		values: Float64Array.from({ length: DESIGN_WIDTH }, (_, i) => seed + i)
	};
}

describe('a PSU split by level, as stored', () => {
	it.each([
		['no level at all', []],
		['one level of the first dimension', [['female']]],
		[
			'every dimension, the unanswered level among them',
			[['female', ''], ['15-17', '35+'], ['north'], [''], ['no', 'yes'], ['dk'], ['yes']]
		],
		['levels in any script', [['femme', 'جنس', 'mulher'], [], ['Saint-Louis — Podor']]]
	])('reads back what it wrote: %s', (_, levels) => {
		for (const psu of PSUS) {
			const split = splitOf(levels, psu);
			const read = decodeLevels(encodeLevels(split, psu), psu)!;
			expect(read.map((map) => [...map.keys()])).toEqual(split.map((map) => [...map.keys()]));
			expectSameSplit(read, split);
		}
	});

	function expectSameSplit(read: LevelSplit, split: LevelSplit) {
		read.forEach((map, d) => {
			for (const [level, values] of map) {
				expect(values.length).toBe(split[d].get(level)!.length);
				expect([...values.subarray(0, -1)]).toEqual([...split[d].get(level)!.subarray(0, -1)]);
				// Versions are the process's own: each level read is named anew.
				expect(versionOf(values)).not.toBe(versionOf(split[d].get(level)!));
			}
		});
	}

	it.each([
		['nothing', Buffer.alloc(0)],
		['a header longer than the whole', Buffer.from([255, 255, 0, 0, 1, 2])],
		['a header of other dimensions', encodeLevels(splitOf([['female']]), 'c:1').fill(0x20, 4, 8)],
		['sums cut short', encodeLevels(splitOf([['female']]), 'c:1').subarray(0, 100)],
		['sums of another width', Buffer.concat([encodeLevels(splitOf([['female']]), 'c:1'), Buffer.alloc(8)])],
		// What a cluster's split was before its squared weights were left out: every sum of every indicator.
		['a cluster split with every sum', encodeLevels(splitOf([['female', 'male']], ''), '')]
	])('is refused (and so made again) when it is not a split of this version: %s', (_, stored) => {
		expect(decodeLevels(stored, 'c:1')).toBeNull();
	});

	it('refuses a cluster split as the sums of responses that are their own PSU', () => {
		expect(decodeLevels(encodeLevels(splitOf([['female']]), 'c:1'), '')).toBeNull();
	});

	it('reads sums stored at any offset of the bytes given', () => {
		const bytes = encodeLevels(splitOf([['female', 'male']]), 'c:1');
		const shifted = Buffer.alloc(bytes.length + 3);
		bytes.copy(shifted, 3);
		const read = decodeLevels(shifted.subarray(3), 'c:1')!;
		expect([...read[0].get('male')!.subarray(0, 3)]).toEqual([2000, 2000 + 1 / 7, 2000 + 2 / 7]);
	});
});

describe('splitByLevel and addUpLevels', () => {
	it.each([
		['a cluster', 'c:1', PSU_WIDTH, PSU_PLACES],
		["the responses that are their own PSU ('')", '', DESIGN_WIDTH, FULL_PLACES]
	])('adds each row to its level of every dimension, and the levels up to the whole: %s', (_, psu, width, places) => {
		const rows = [
			levelled({ sex: 'female', age_band: '15-17' }, 1, psu),
			levelled({ sex: 'male' }, 10, psu),
			levelled({ sex: 'female' }, 100, psu)
		];
		const split = splitByLevel(psu, rows);
		expect([...split[0].keys()]).toEqual(['female', 'male']);
		expect(split[0].get('female')!.length).toBe(width + 1);
		expect([...split[1].keys()]).toEqual(['15-17', '']);
		// Row values are seed + i at the i-th of every sum: each kept sum is found at its place.
		const last = INDICATORS.length - 1;
		const mean = INDICATORS.findIndex((indicator) => indicator.type === 'mean');
		expect(split[0].get('female')![places[last].weighted]).toBe(101 + 2 * FULL_PLACES[last].weighted);
		expect(split[0].get('female')![places[mean].squares]).toBe(101 + 2 * FULL_PLACES[mean].squares);
		expect(split[1].get('')![places[mean].weightedSquares]).toBe(110 + 2 * FULL_PLACES[mean].weightedSquares);
		expect(addUpLevels(psu, split)[places[2].weight]).toBe(1 + 10 + 100 + 3 * FULL_PLACES[2].weight);
		expect(addUpLevels(psu, split).length).toBe(width);
		expect(versionOf(split[0].get('female')!)).toBeGreaterThan(0);
	});

	it("keeps a cluster's totals and a mean's squares, not its squared weights nor a share's squares", () => {
		const share = INDICATORS.findIndex((indicator) => indicator.type === 'proportion');
		const mean = INDICATORS.findIndex((indicator) => indicator.type === 'mean');
		expect(PSU_PLACES[share].squares).toBe(PSU_PLACES[share].sum);
		expect(PSU_PLACES[share].weightedSquares).toBe(PSU_PLACES[share].weighted);
		expect(PSU_PLACES[mean].squares).not.toBe(PSU_PLACES[mean].sum);
		expect(PSU_PLACES[mean].squaredWeight).toBe(-1);
		expect(PSU_WIDTH).toBeLessThan(DESIGN_WIDTH / 2);
	});
});

describe('keepUnchangedLevels', () => {
	it('keeps the arrays (and versions) of the levels whose sums did not change, and only those', () => {
		const before = splitOf([['female', 'male'], ['15-17']]);
		const copy = (values: Float64Array) => nameLevelSums(Float64Array.from(values));
		const after: LevelSplit = DIMENSIONS.map(() => new Map());
		after[0].set('female', copy(before[0].get('female')!));
		after[0].set('male', copy(before[0].get('male')!));
		after[0].get('male')![3] += 1;
		after[0].set('other_or_dk', levelSums(9));
		after[1].set('15-17', copy(before[1].get('15-17')!));
		const kept = keepUnchangedLevels(before, after);
		expect(kept[0].get('female')).toBe(before[0].get('female'));
		expect(kept[0].get('male')).toBe(after[0].get('male'));
		expect(kept[0].get('other_or_dk')).toBe(after[0].get('other_or_dk'));
		expect(kept[1].get('15-17')).toBe(before[1].get('15-17'));
	});
});
