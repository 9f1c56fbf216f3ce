import { describe, expect, it } from 'vitest';
import { checkClusters, type ClusterDraft } from '$lib/design/clusters';

const draft = (fields: Partial<ClusterDraft>, line = 2): ClusterDraft => ({ line, code: 'V01', ...fields });

describe('checkClusters: what a cluster may be', () => {
	it.each<
		[
			string,
			Partial<ClusterDraft>,
			{ code: string; name: string | null; stratum: string | null; weight: number | null }
		]
	>([
		['a code alone', { code: 'V01' }, { code: 'V01', name: null, stratum: null, weight: null }],
		[
			'everything, as JSON gives it',
			{ code: 'ndioum-2', name: 'Ndioum', stratum: 'north', weight: 12.5 },
			{ code: 'ndioum-2', name: 'Ndioum', stratum: 'north', weight: 12.5 }
		],
		['a weight with a decimal comma', { weight: '12,5' }, { code: 'V01', name: null, stratum: null, weight: 12.5 }],
		['a weight with an exponent', { weight: '1.25e1' }, { code: 'V01', name: null, stratum: null, weight: 12.5 }],
		[
			'blank cells as none, spaces trimmed',
			{ code: ' V01 ', name: '  ', stratum: '', weight: ' ' },
			{ code: 'V01', name: null, stratum: null, weight: null }
		],
		[
			'a code of 40 characters',
			{ code: 'A'.repeat(40) },
			{ code: 'A'.repeat(40), name: null, stratum: null, weight: null }
		]
	])('takes %s', (_, fields, cluster) => {
		expect(checkClusters([draft(fields)])).toEqual({ ok: true, clusters: [cluster] });
	});

	it.each<[string, Partial<ClusterDraft>, string, string]>([
		['no code', { code: '' }, 'code', 'code_missing'],
		['a code that is not text', { code: 12 }, 'code', 'code_missing'],
		['a code with a space', { code: 'V 01' }, 'code', 'code_invalid'],
		['a code with an accent', { code: 'Ndioum-é' }, 'code', 'code_invalid'],
		['a code of 41 characters', { code: 'A'.repeat(41) }, 'code', 'code_invalid'],
		['a name over 200 characters', { name: 'n'.repeat(201) }, 'name', 'name_too_long'],
		['a stratum over 80 characters', { stratum: 's'.repeat(81) }, 'stratum', 'stratum_too_long'],
		['a weight of 0', { weight: 0 }, 'weight', 'weight_not_positive'],
		['a negative weight in a cell', { weight: '-3' }, 'weight', 'weight_not_positive'],
		['a weight of words', { weight: 'twelve' }, 'weight', 'weight_not_number'],
		['a weight of two numbers', { weight: '1,2,3' }, 'weight', 'weight_not_number'],
		['a weight past what a number can be', { weight: '1e999' }, 'weight', 'weight_too_large'],
		['1e400 in JSON, read as Infinity', { weight: JSON.parse('1e400') }, 'weight', 'weight_too_large'],
		['a weight given as true', { weight: true }, 'weight', 'weight_not_number'],
		['NaN', { weight: Number.NaN }, 'weight', 'weight_not_number'],
		['a weight over a billion', { weight: 1e200 }, 'weight', 'weight_too_large'],
		['a weight over a billion in a cell', { weight: '1000000001' }, 'weight', 'weight_too_large'],
		['a weight below a billionth', { weight: 1e-320 }, 'weight', 'weight_too_small'],
		['a weight below a billionth in a cell', { weight: '0,0000000001' }, 'weight', 'weight_too_small'],
		['a name that is an object', { name: { a: 1 } }, 'name', 'not_text'],
		['a stratum that is a list', { stratum: ['S'] }, 'stratum', 'not_text'],
		// Nested deeper than a stack goes: named, never written out.
		[
			'a name nested 100,000 deep',
			{ name: Array.from({ length: 100_000 }).reduce<unknown[]>((inner) => [inner], []) },
			'name',
			'not_text'
		]
	])('refuses %s', (_, fields, column, code) => {
		const result = checkClusters([draft(fields, 7)]);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problems).toEqual([expect.objectContaining({ line: 7, column, code })]);
	});
});

describe('checkClusters: a whole list', () => {
	it('lists every problem of every line, with the value as it was, and keeps nothing', () => {
		const result = checkClusters([
			{ line: 2, code: 'V01', weight: '10' },
			{ line: 3, code: 'v01', weight: '0' },
			{ line: 4, code: 'bad code', name: 'x'.repeat(300) }
		]);
		expect(result).toEqual({
			ok: false,
			problems: [
				{ line: 3, column: 'code', value: 'v01', code: 'code_duplicate' },
				{ line: 3, column: 'weight', value: '0', code: 'weight_not_positive' },
				{ line: 4, column: 'code', value: 'bad code', code: 'code_invalid' },
				{ line: 4, column: 'name', value: `${'x'.repeat(99)}…`, code: 'name_too_long' }
			]
		});
	});

	it('takes an empty list (a campaign with no cluster)', () => {
		expect(checkClusters([])).toEqual({ ok: true, clusters: [] });
	});
});
