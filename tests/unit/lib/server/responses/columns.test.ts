import { describe, expect, it } from 'vitest';
import { fromAnswerColumns, toAnswerColumns, toScoreColumns } from '$lib/server/responses/columns';
import { ADULT, ALL_DK } from '../../core-module/respondents';

describe('answer columns', () => {
	it.each([
		['ADULT', ADULT],
		['ALL_DK', ALL_DK]
	])('store %s in §2b codes and give it back unchanged', (_, answers) => {
		const columns = toAnswerColumns(answers);
		expect(fromAnswerColumns(columns)).toEqual(answers);
	});

	it('joins lists with spaces, keeps dk on scales as text and numbers as numbers, leaves skipped items null', () => {
		const columns = toAnswerColumns(ADULT);
		expect(columns).toMatchObject({
			e2: 'radio school',
			a1: 'ngo intermediary',
			r3: 'dk',
			r1: '5',
			d2: 22,
			i1: 4,
			c1: null,
			e3_4: null
		});
	});

	it('stores the indicators’ scores and the age band beside the answers', () => {
		expect(toScoreColumns(ADULT, 3)).toEqual({
			age_band: '18-24',
			score_exp1: 1,
			score_exp0: 0,
			score_inf1: 1,
			score_knw1: 1,
			score_knw1m: 8,
			score_knw2: 1,
			score_rsk1: 3.5,
			score_att1: 1,
			score_int1: 1,
			score_int2: 1,
			score_tru1: 1,
			score_tru2: 0,
			score_shr1: 1
		});
	});
});
