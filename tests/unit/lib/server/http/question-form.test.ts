import { describe, expect, it } from 'vitest';
import { emptyQuestionForm, questionFromForm, questionToForm, readQuestionForm } from '$lib/server/http/question-form';
import type { QuestionFormValues } from '$lib/survey/types';

const form = (fields: Record<string, string>): QuestionFormValues => {
	const data = new FormData();
	for (const [name, value] of Object.entries({
		optionsLanguage: 'fr',
		code: 'heard',
		type: 'single',
		label_fr: 'Entendu ?',
		...fields
	})) {
		data.append(name, value);
	}
	return readQuestionForm(data);
};

describe('the question form', () => {
	it('reads options as `code = label` lines in the first language and labels a line in the others', () => {
		const result = questionFromForm(
			form({
				options: 'often = Souvent\r\n\r\nTrès rarement\nx = ',
				options_ar: 'غالبا\n\nنادرا\n\n',
				options_en: 'Often',
				required: 'on'
			})
		);
		expect(result).toMatchObject({
			ok: true,
			question: {
				code: 'heard',
				required: true,
				label: { fr: 'Entendu ?' },
				options: [
					{ code: 'often', label: { fr: 'Souvent', ar: 'غالبا', en: 'Often' } },
					{ code: 'tres_rarement', label: { fr: 'Très rarement' } },
					{ code: 'x', label: { ar: 'نادرا' } }
				]
			}
		});
	});

	it.each([
		['a bad code', { code: 'Bad Code', options: 'a = A\nb = B' }, { code: 'errors.question_code_invalid' }],
		['one option', { options: 'a = A' }, { options: 'errors.options_required' }],
		['a bad option code', { options: 'a b = A\nb = B' }, { options: 'errors.option_code_invalid' }],
		[
			'more labels than options',
			{ options: 'a = A\nb = B', options_en: 'A\nB\nC' },
			{ options_en: 'errors.option_labels_count' }
		],
		['an unknown type', { type: 'slider' }, { type: 'errors.question_type_invalid' }],
		['a minimum above the maximum', { type: 'integer', min: '10', max: '2' }, { max: 'errors.min_above_max' }],
		['a minimum that is no number', { type: 'decimal', min: 'ten' }, { min: 'errors.number_invalid' }],
		[
			'a rule without a value',
			{ type: 'text', showIfQuestion: 'D1' },
			{ showIfValue: 'errors.show_if_value_required' }
		],
		[
			'a rule on itself',
			{ type: 'text', showIfQuestion: 'heard', showIfValue: 'x' },
			{ showIfQuestion: 'errors.show_if_self' }
		],
		[
			'a comparison with a word',
			{ type: 'text', showIfQuestion: 'D2', showIfOp: 'greater_than', showIfValue: 'old' },
			{ showIfValue: 'errors.number_invalid' }
		],
		['a label too long', { type: 'text', label_ar: 'x'.repeat(2001) }, { label_ar: 'errors.description_too_long' }]
	])('names the field of %s', (_, fields, errors) => {
		expect(questionFromForm(form(fields))).toEqual({ ok: false, errors });
	});

	it('ignores what the chosen type does not use, and reads show-if values by operator', () => {
		const text = questionFromForm(
			form({
				type: 'note',
				required: 'on',
				options: 'a = A',
				min: '1',
				showIfQuestion: 'D1',
				showIfOp: 'one_of',
				showIfValue: 'female, other_or_dk'
			})
		);
		expect(text).toMatchObject({
			ok: true,
			question: {
				type: 'note',
				required: false,
				options: [],
				min: null,
				showIf: { question: 'D1', op: 'one_of', value: ['female', 'other_or_dk'] }
			}
		});
		const age = questionFromForm(
			form({ type: 'decimal', min: '0,5', showIfQuestion: 'D2', showIfOp: 'less_than', showIfValue: '18' })
		);
		expect(age).toMatchObject({ ok: true, question: { min: 0.5, max: null, showIf: { op: 'less_than', value: 18 } } });
	});

	it('shows a stored question as it reads it back', () => {
		const result = questionFromForm(
			form({
				options: 'often = Souvent\nnever = ',
				options_ar: '\nأبدا',
				hint_ar: 'تلميح',
				showIfQuestion: 'E1',
				showIfValue: 'yes'
			})
		);
		if (!result.ok) throw new Error(JSON.stringify(result.errors));
		const values = questionToForm(result.question, ['fr', 'ar']);
		expect(values).toMatchObject({
			options: 'often = Souvent\nnever = ',
			optionLabels: { ar: '\nأبدا' },
			showIfValue: 'yes',
			hint: { ar: 'تلميح' }
		});
		const again = new FormData();
		for (const [name, value] of Object.entries({
			optionsLanguage: 'fr',
			code: values.code,
			type: values.type,
			label_fr: values.label.fr,
			hint_ar: values.hint.ar,
			options: values.options,
			options_ar: values.optionLabels.ar,
			showIfQuestion: values.showIfQuestion,
			showIfOp: values.showIfOp,
			showIfValue: values.showIfValue
		})) {
			again.append(name, value);
		}
		expect(questionFromForm(readQuestionForm(again))).toEqual(result);
		expect(emptyQuestionForm(['ar', 'fr']).optionsLanguage).toBe('ar');
	});

	it('keeps an imported question’s expressions, messages and option columns through an edit', () => {
		const imported = {
			code: 'city',
			type: 'single' as const,
			label: { fr: 'Ville ?' },
			hint: {},
			required: false,
			requiredIf: "${E1} = 'yes'",
			requiredMessage: { fr: 'Dites-le' },
			options: [
				{ code: 'dakar', label: { fr: 'Dakar' }, columns: { country: 'sn' } },
				{ code: 'bamako', label: { fr: 'Bamako' }, columns: { country: 'ml' } }
			],
			min: null,
			max: null,
			showIf: null,
			relevant: 'string-length(${E1}) > 0',
			constraint: ". != 'bamako'",
			constraintMessage: { fr: 'Pas Bamako' },
			choiceFilter: 'country = ${E1}',
			defaultAnswer: 'dakar'
		};
		const values = questionToForm(imported, ['fr']);
		const data = new FormData();
		const fields: Record<string, string> = {
			optionsLanguage: 'fr',
			code: values.code,
			type: values.type,
			label_fr: values.label.fr,
			options: values.options,
			relevant: values.relevant,
			constraint: values.constraint,
			constraintMessage_fr: values.constraintMessage.fr,
			requiredIf: values.requiredIf,
			requiredMessage_fr: values.requiredMessage.fr,
			choiceFilter: values.choiceFilter,
			optionColumns: values.optionColumns,
			defaultAnswer: values.defaultAnswer
		};
		for (const [name, value] of Object.entries(fields)) data.append(name, value);
		expect(questionFromForm(readQuestionForm(data))).toEqual({ ok: true, question: imported });
	});

	it.each([
		['defaultAnswer', 'paris', 'errors.default_answer_invalid'],
		['relevant', "regex(${E1}, 'x')", 'errors.expression_invalid'],
		['constraint', '. <', 'errors.expression_invalid'],
		['choiceFilter', 'country = ${E1} |', 'errors.expression_invalid']
	])('names the field of an expression that cannot run (%s)', (field, expression, error) => {
		const result = questionFromForm(form({ options: 'a = A\nb = B', [field]: expression }));
		expect(result).toEqual({ ok: false, errors: { [field]: error } });
	});

	it('needs a calculation for a calculated question, and keeps none for another type', () => {
		expect(questionFromForm(form({ type: 'calculate', label_fr: '' }))).toEqual({
			ok: false,
			errors: { calculation: 'errors.calculation_misplaced' }
		});
		const made = questionFromForm(form({ type: 'calculate', calculation: '${D2} * 2' }));
		expect(made).toMatchObject({
			ok: true,
			question: { type: 'calculate', calculation: '${D2} * 2', required: false }
		});
		const text = questionFromForm(form({ type: 'text', calculation: '${D2} * 2' }));
		expect(text.ok && text.question.calculation).toBeUndefined();
	});
});
