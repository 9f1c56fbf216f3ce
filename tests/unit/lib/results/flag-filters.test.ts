import { describe, expect, it } from 'vitest';
import { flagFilter } from '$lib/results/flag-filters';

describe('the responses a data-quality flag links to', () => {
	it.each([
		['quick_responses', 'quick'],
		['placebo_recall_high', 'placebo'],
		['sample_mix_sex', null],
		['sample_mix_age_band', null]
	] as const)('%s: %s', (code, filter) => {
		expect(flagFilter(code)).toBe(filter);
	});
});
