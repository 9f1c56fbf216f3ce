import { describe, expect, it } from 'vitest';
import {
	actionKeepingQuery,
	DEFAULT_COLUMNS,
	keepQuery,
	readColumns,
	readFilterValues,
	withParams
} from '$lib/review/columns';

describe('the responses table’s address', () => {
	it.each([
		['', [...DEFAULT_COLUMNS]],
		['col=K1&col=state&col=submitted', ['submitted', 'state', 'K1']],
		['col=state&col=state', ['state']],
		['col=nonsense', [...DEFAULT_COLUMNS]],
		['col=crops&col=D2', ['D2', 'crops']]
	])('?%s shows %j', (query, expected) => {
		expect(readColumns(new URLSearchParams(query), ['D1', 'D2', 'K1', 'crops'])).toEqual(expected);
	});

	it('reads every filter, empty when absent', () => {
		expect(readFilterValues(new URLSearchParams('link=abc&flag=quick&cursor=x'))).toEqual({
			wave: '',
			group: '',
			link: 'abc',
			mode: '',
			language: '',
			from: '',
			to: '',
			state: '',
			flag: 'quick'
		});
	});

	it.each([
		['flag=quick&col=D1', { cursor: 'abc' }, '?flag=quick&col=D1&cursor=abc'],
		['flag=quick&cursor=abc', { cursor: null }, '?flag=quick'],
		['cursor=abc', { cursor: null }, '?'],
		['col=D1', { col: ['D2', 'K1'] }, '?col=D2&col=K1'],
		['state=', { flag: '' }, '?state='],
		['flag=quick&/bulk', { cursor: 'abc' }, '?flag=quick&cursor=abc']
	])('?%s with %j is %s', (query, changes, expected) => {
		expect(withParams(new URLSearchParams(query), changes)).toBe(expected);
	});

	it.each([
		['', '?', '?/bulk'],
		['flag=quick&link=abc', '?flag=quick&link=abc', '?flag=quick&link=abc&/bulk'],
		['flag=quick&/bulk=', '?flag=quick', '?flag=quick&/bulk']
	])('?%s is kept as %s, posted to %s', (query, kept, action) => {
		const params = new URLSearchParams(query);
		expect(keepQuery(params)).toBe(kept);
		expect(actionKeepingQuery(params, 'bulk')).toBe(action);
	});
});
