import { describe, expect, it } from 'vitest';
import { findFlags } from '$lib/indicators/flags';
import { cell, share } from './cells';

const levels = (wave: 'baseline' | 'endline', counts: Record<string, number>) =>
	Object.entries(counts).map(([level, n]) => cell(wave, 'exposed', { SHR1: share(0, n) }, { level, respondents: n }));

describe('data-quality flags', () => {
	it.each([
		{ yes: 15, n: 100, flagged: false },
		{ yes: 16, n: 100, flagged: true },
		{ yes: 10, n: 24, flagged: false }
	])('placebo recall of $yes in $n: flagged $flagged', ({ yes, n, flagged }) => {
		const flags = findFlags([cell('endline', 'exposed', { EXP0: share(yes, n) })], [], []);
		expect(
			flags.some((flag) => flag.code === 'placebo_recall_high' && flag.wave === 'endline' && flag.group === 'exposed')
		).toBe(flagged);
	});

	it.each([
		{ endline: { female: 60, male: 40 } as Record<string, number>, flagged: false },
		{ endline: { female: 61, male: 39 }, flagged: true },
		{ endline: { female: 50, male: 38, other_or_dk: 12 }, flagged: true }
	])('a baseline of 50/50 against $endline: flagged $flagged', ({ endline, flagged }) => {
		const bySex = [...levels('baseline', { female: 50, male: 50 }), ...levels('endline', endline)];
		const flags = findFlags([], bySex, []).filter((flag) => flag.code === 'sample_mix_sex');
		expect(flags.length > 0).toBe(flagged);
		if (flagged) expect(flags[0]).toMatchObject({ wave: 'endline', group: 'exposed' });
	});

	it('compares the age-band mix the same way', () => {
		const byAge = [
			...levels('baseline', { '18-24': 80, '25-34': 20 }),
			...levels('endline', { '18-24': 60, '25-34': 40 })
		];
		const [flag] = findFlags([], [], byAge);
		expect(flag.code).toBe('sample_mix_age_band');
		expect(flag.sentence.params.points).toEqual({ points: expect.closeTo(0.2, 12) });
	});

	it('counts the responses that took under two minutes, per cell', () => {
		const flags = findFlags(
			[
				cell('baseline', 'comparison', { SHR1: share(0, 80) }, { quick: 4 }),
				cell('endline', 'comparison', { SHR1: share(0, 80) })
			],
			[],
			[]
		);
		expect(flags).toHaveLength(1);
		expect(flags[0]).toMatchObject({ code: 'quick_responses', wave: 'baseline', group: 'comparison' });
		expect(flags[0].sentence.params).toEqual({ count: { count: 4 }, share: { percent: 0.05 } });
	});
});
