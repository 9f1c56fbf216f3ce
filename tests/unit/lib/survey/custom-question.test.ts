import { describe, expect, it } from 'vitest';
import { customQuestionSchema } from '$lib/survey/custom-question';
import { customQuestionListSchema, MOST_QUESTIONS, storedQuestionListSchema } from '$lib/survey/question-list';

const base = { code: 'water', type: 'text', label: { fr: 'Eau ?' } };
const messageOf = (input: unknown) => {
	const result = customQuestionSchema.safeParse(input);
	return result.success ? null : result.error.issues[0].message;
};

/** A choice question whose options have a column of this name (as a choice filter reads them). */
const withColumn = (column: string) => ({
	...base,
	type: 'single',
	options: ['a', 'b'].map((code) => ({ code, label: {}, columns: { [column]: code } }))
});

describe('customQuestionSchema', () => {
	it.each<[unknown, string | null]>([
		[base, null],
		[{ ...base, code: 'Water' }, 'errors.question_code_invalid'],
		[{ ...base, code: '1water' }, 'errors.question_code_invalid'],
		[{ ...base, code: 'meta' }, 'errors.question_code_reserved'],
		[{ ...base, code: 'language' }, 'errors.question_code_reserved'],
		[{ ...base, code: 'submitted_at' }, 'errors.question_code_reserved'],
		[{ ...base, code: 'constructor' }, 'errors.question_code_reserved'],
		[{ ...base, type: 'slider' }, 'errors.question_type_invalid'],
		[{ ...base, type: 'single', options: [{ code: 'a', label: { fr: 'A' } }] }, 'errors.options_required'],
		[
			{
				...base,
				options: [
					{ code: 'a', label: {} },
					{ code: 'b', label: {} }
				]
			},
			'errors.options_not_allowed'
		],
		[
			{
				...base,
				type: 'single',
				options: [
					{ code: 'a', label: {} },
					{ code: 'a', label: {} }
				]
			},
			'errors.duplicates'
		],
		[{ ...base, type: 'integer', min: 10, max: 1 }, 'errors.min_above_max'],
		[{ ...base, showIf: { question: 'water', op: 'equals', value: 'x' } }, 'errors.show_if_self'],
		[{ ...base, showIf: { question: 'Q9', op: 'equals', value: 'x' } }, 'errors.show_if_unknown'],
		[{ ...base, showIf: { question: 'D1', op: 'equals', value: 'female' } }, null],
		...['name', 'list_name', 'label', 'media', 'image', 'big-image', 'label.fr'].map((column): [unknown, string] => [
			withColumn(column),
			'errors.option_column_invalid'
		]),
		[withColumn('region'), null],
		[withColumn('named'), null]
	])('%j → %s', (input, expected) => {
		expect(messageOf(input)).toBe(expected);
	});
});

describe('customQuestionListSchema', () => {
	it('wants unique codes and show-if rules that look back', () => {
		const later = { ...base, code: 'later', showIf: { question: 'water', op: 'equals', value: 'x' } };
		expect(customQuestionListSchema.safeParse([base, later]).success).toBe(true);
		const issues = (input: unknown[]) => customQuestionListSchema.safeParse(input).error?.issues.map((i) => i.message);
		expect(issues([later, base])).toEqual(['errors.show_if_unknown']);
		expect(issues([base, base])).toEqual(['errors.question_code_taken']);
	});

	it(`holds at most ${MOST_QUESTIONS} questions`, () => {
		const many = (count: number) => Array.from({ length: count }, (_, i) => ({ ...base, code: `q${i}` }));
		expect(customQuestionListSchema.safeParse(many(MOST_QUESTIONS)).success).toBe(true);
		expect(customQuestionListSchema.safeParse(many(MOST_QUESTIONS + 1)).error?.issues.map((i) => i.message)).toEqual([
			'errors.too_many_questions'
		]);
		// A version published before the limit still reads, so that its responses export.
		expect(storedQuestionListSchema.safeParse(many(MOST_QUESTIONS + 1)).success).toBe(true);
	});
});
