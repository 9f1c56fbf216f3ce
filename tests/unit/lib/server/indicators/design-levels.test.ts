import { describe, expect, it } from 'vitest';
import {
	addUpLevels,
	DESIGN_STRIDE,
	DESIGN_WIDTH,
	keepUnchangedLevels,
	nameLevelSums,
	splitByLevel,
	versionOf,
	type LevelledDesignSums,
	type LevelSplit
} from '$lib/indicators/design-psus';
import { DIMENSIONS, type Dimension } from '$lib/indicators/dimensions';
import { decodeLevels, encodeLevels } from '$lib/server/indicators/design-levels';

function levelSums(seed: number): Float64Array {
	return nameLevelSums(
		Float64Array.from({ length: DESIGN_STRIDE }, (_, i) => (i < DESIGN_WIDTH ? seed * 1000 + i / 7 : 0))
	);
}

function splitOf(levels: readonly (readonly string[])[]): LevelSplit {
	let seed = 0;
	return DIMENSIONS.map((_, d) => new Map((levels[d] ?? []).map((level) => [level, levelSums(++seed)])));
}

function levelled(levels: Partial<Record<Dimension, string>>, seed: number): LevelledDesignSums {
	return {
		wave: 'baseline',
		group: 'exposed',
		levels: Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, levels[dimension] ?? null])) as Record<
			Dimension,
			string | null
		>,
		psu: 'c:1',
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
		const split = splitOf(levels);
		const read = decodeLevels(encodeLevels(split))!;
		expect(read.map((map) => [...map.keys()])).toEqual(split.map((map) => [...map.keys()]));
		read.forEach((map, d) => {
			for (const [level, values] of map) {
				expect([...values.subarray(0, DESIGN_WIDTH)]).toEqual([...split[d].get(level)!.subarray(0, DESIGN_WIDTH)]);
				// Versions are the process's own: each level read is named anew.
				expect(versionOf(values)).not.toBe(versionOf(split[d].get(level)!));
			}
		});
	});

	it.each([
		['nothing', Buffer.alloc(0)],
		['a header longer than the whole', Buffer.from([255, 255, 0, 0, 1, 2])],
		['a header of other dimensions', encodeLevels(splitOf([['female']])).fill(0x20, 4, 8)],
		['sums cut short', encodeLevels(splitOf([['female']])).subarray(0, 100)],
		['sums of another width', Buffer.concat([encodeLevels(splitOf([['female']])), Buffer.alloc(8)])]
	])('is refused (and so made again) when it is not a split of this version: %s', (_, stored) => {
		expect(decodeLevels(stored)).toBeNull();
	});

	it('reads sums stored at any offset of the bytes given', () => {
		const bytes = encodeLevels(splitOf([['female', 'male']]));
		const shifted = Buffer.alloc(bytes.length + 3);
		bytes.copy(shifted, 3);
		const read = decodeLevels(shifted.subarray(3))!;
		expect([...read[0].get('male')!.subarray(0, 3)]).toEqual([2000, 2000 + 1 / 7, 2000 + 2 / 7]);
	});
});

describe('splitByLevel and addUpLevels', () => {
	it('adds each row to its level of every dimension, and the levels of a dimension up to the whole', () => {
		const rows = [
			levelled({ sex: 'female', age_band: '15-17' }, 1),
			levelled({ sex: 'male' }, 10),
			levelled({ sex: 'female' }, 100)
		];
		const split = splitByLevel(rows);
		expect([...split[0].keys()]).toEqual(['female', 'male']);
		expect(split[0].get('female')![0]).toBe(101);
		expect([...split[1].keys()]).toEqual(['15-17', '']);
		expect(split[1].get('')![DESIGN_WIDTH - 1]).toBe(110 + 2 * (DESIGN_WIDTH - 1));
		expect(addUpLevels(split)[5]).toBe(1 + 10 + 100 + 3 * 5);
		expect(versionOf(split[0].get('female')!)).toBeGreaterThan(0);
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
