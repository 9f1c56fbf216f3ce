import { describe, expect, it } from 'vitest';
import { listCampaignItems } from '$lib/core-module';
import { customQuestionListSchema } from '$lib/survey/question-list';
import { advance } from '$lib/survey/flow';
import { planPages } from '$lib/survey/pages';
import { listSurveyFields } from '$lib/survey/fields';
import { listOfferedOptions, makeScope, submissionClock } from '$lib/survey/question-rules';
import { assessAnswers, validateResponse, type SurveyDefinition } from '$lib/survey/response';
import { ADULT, SETTINGS } from '../core-module/respondents';
import { findWords } from '$lib/survey/words';

// A survey written as an imported XLSForm would be: expressions in every column that takes one.
const customQuestions = customQuestionListSchema.parse([
	{ code: 'people', type: 'integer', label: { fr: 'Combien ?' }, required: true },
	{
		code: 'adults',
		type: 'integer',
		label: { fr: 'Adultes ?' },
		constraint: '. <= ${people}',
		constraintMessage: { fr: 'Pas plus que le foyer' }
	},
	{ code: 'children', type: 'calculate', label: {}, calculation: '${people} - ${adults}' },
	{ code: 'school', type: 'yes_no', label: { fr: 'École ?' }, relevant: '${children} > 0 and ${E1} = "yes"' },
	{
		code: 'country',
		type: 'single',
		label: { fr: 'Pays ?' },
		options: [
			{ code: 'sn', label: { fr: 'Sénégal' } },
			{ code: 'ml', label: { fr: 'Mali' } }
		]
	},
	{
		code: 'city',
		type: 'single',
		label: { fr: 'Ville ?' },
		choiceFilter: 'country = ${country}',
		options: [
			{ code: 'dakar', label: { fr: 'Dakar' }, columns: { country: 'sn' } },
			{ code: 'bamako', label: { fr: 'Bamako' }, columns: { country: 'ml' } }
		]
	},
	{
		code: 'why',
		type: 'text',
		label: { fr: 'Pourquoi ?' },
		requiredIf: "${city} = 'bamako'",
		requiredMessage: { fr: 'Dites-le' }
	}
]);
const definition: SurveyDefinition = { settings: SETTINGS, customQuestions };
const ids = listCampaignItems(SETTINGS).map((item) => item.id);

function validate(answers: Record<string, unknown>) {
	return validateResponse(definition, { ...ADULT, E1: 'yes', ...answers });
}

describe('a survey’s XLSForm expressions on the server', () => {
	it('keeps a calculation with the answers, from the answers before it', () => {
		const result = validate({ people: '5', adults: '2', school: 'yes', country: 'sn', city: 'dakar' });
		expect(result).toMatchObject({
			ok: true,
			custom: { people: 5, adults: 2, children: 3, school: 'yes', city: 'dakar' }
		});
	});

	it('asks a question only when its relevant holds, on the answers and the calculations', () => {
		const asked = (answers: Record<string, unknown>) => assessAnswers(definition, { ...ADULT, ...answers }).asked;
		expect(asked({ E1: 'yes', people: '3', adults: '1' }).has('school')).toBe(true);
		expect(asked({ E1: 'yes', people: '3', adults: '3' }).has('school')).toBe(false);
		expect(asked({ E1: 'no', people: '3', adults: '1' }).has('school')).toBe(false);
		// A calculation is never asked: no page is shown for it.
		expect(asked({ people: '3', adults: '1' }).has('children')).toBe(false);
	});

	it('refuses an answer its constraint does not keep, and one to a question not asked', () => {
		expect(validate({ people: '2', adults: '3', country: 'sn' })).toEqual({
			ok: false,
			problems: [{ item: 'adults', code: 'constraint' }]
		});
		expect(validate({ people: '2', adults: '2', school: 'yes', country: 'sn' })).toEqual({
			ok: false,
			problems: [{ item: 'school', code: 'must_be_absent' }]
		});
	});

	it('takes only the choices the filter leaves, and needs an answer when required-if holds', () => {
		expect(validate({ people: '1', adults: '1', country: 'sn', city: 'bamako', why: 'x' })).toEqual({
			ok: false,
			problems: [{ item: 'city', code: 'not_an_option' }]
		});
		expect(validate({ people: '1', adults: '1', country: 'ml', city: 'bamako' })).toEqual({
			ok: false,
			problems: [{ item: 'why', code: 'required' }]
		});
		expect(validate({ people: '1', adults: '1', country: 'ml', city: 'bamako', why: 'family' }).ok).toBe(true);
	});

	it('ignores a calculation a form posts, and keeps one an import brings', () => {
		expect(validate({ people: '4', adults: '1', children: '99', school: 'no', country: 'sn' })).toMatchObject({
			custom: { children: 3 }
		});
		const imported = validateResponse(
			definition,
			{ ...ADULT, people: '4', adults: '1', children: '2' },
			{ allowMissing: true }
		);
		expect(imported).toMatchObject({ ok: true, custom: { children: 2 } });
	});

	it('starts a new page for a question whose expressions look at one on the page, calculations riding along', () => {
		const pages = planPages(new Set(ids), customQuestions).slice(-5);
		expect(pages).toEqual([['people'], ['adults', 'children'], ['school', 'country'], ['city'], ['why']]);
	});

	it('takes the survey through its pages without JavaScript, the server deciding each', () => {
		const pages = planPages(new Set(ids), customQuestions);
		const at = pages.findIndex((page) => page.includes('adults'));
		const posted = {
			...Object.fromEntries(Object.entries(ADULT).map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : String(v)])),
			E1: 'yes',
			people: '2',
			adults: '5'
		};
		const step = advance(definition, pages, posted, { page: at, nav: 'next' });
		expect(step).toMatchObject({ kind: 'page', page: at, problems: [{ item: 'adults', code: 'constraint' }] });
		const fixed = advance(definition, pages, { ...posted, adults: '1' }, { page: at, nav: 'next' });
		expect(fixed).toMatchObject({ kind: 'page', page: pages.findIndex((page) => page.includes('school')) });
	});

	it('keeps the questions of one named page together, whatever their number, apart from the others', () => {
		const text = (code: string, page?: string) => ({ code, type: 'text', label: { fr: code }, ...(page && { page }) });
		const questions = customQuestionListSchema.parse([
			text('a'),
			...['b', 'c', 'd', 'e', 'f'].map((code) => text(code, 'household')),
			text('g', 'journey'),
			text('h')
		]);
		expect(planPages(new Set(), questions)).toEqual([['a'], ['b', 'c', 'd', 'e', 'f'], ['g'], ['h']]);
	});

	it('reads today() as of the response’s submission when it is given', () => {
		const dated = customQuestionListSchema.parse([
			{ code: 'visit', type: 'calculate', label: {}, calculation: 'today()' },
			{ code: 'born', type: 'date', label: { fr: 'Né ?' }, constraint: '. < today()' }
		]);
		const withDates: SurveyDefinition = { settings: SETTINGS, customQuestions: dated };
		const clock = submissionClock('2024-01-01T10:00:00.000Z');
		expect(validateResponse(withDates, { ...ADULT, born: '2023-12-31' }, { clock })).toMatchObject({
			ok: true,
			custom: { visit: '2024-01-01' }
		});
		expect(validateResponse(withDates, { ...ADULT, born: '2024-06-01' }, { clock })).toEqual({
			ok: false,
			problems: [{ item: 'born', code: 'constraint' }]
		});
	});

	it('refuses a question of more than 5,000 options, and expressions too costly to run for every response', () => {
		const options = (count: number) =>
			Array.from({ length: count }, (_, i) => ({ code: `o${i}`, label: { fr: `O${i}` } }));
		const one = (count: number, choiceFilter?: string) => ({
			code: 'many',
			type: 'single',
			label: { fr: 'Laquelle ?' },
			options: options(count),
			...(choiceFilter && { choiceFilter })
		});
		expect(customQuestionListSchema.safeParse([one(5000)]).success).toBe(true);
		expect(customQuestionListSchema.safeParse([one(5001)]).error?.issues[0].message).toBe('errors.too_many_options');
		const filter = `string-length(name) > ${'0'.repeat(400)}`;
		expect(customQuestionListSchema.safeParse([one(3000, filter)]).error?.issues[0].message).toBe(
			'errors.expressions_too_costly'
		);
		expect(customQuestionListSchema.safeParse([one(3000, 'name != ${E1}')]).success).toBe(true);
	});

	it('gives the page every option of a filtered question with its columns, none too, for the filter reads its code', () => {
		const filtered = customQuestionListSchema.parse([
			{
				code: 'seen',
				type: 'multiple',
				label: { fr: 'Vus ?' },
				options: [
					{ code: 'a', label: { fr: 'A' } },
					{ code: 'b', label: { fr: 'B' } }
				]
			},
			{
				code: 'best',
				type: 'single',
				label: { fr: 'Le meilleur ?' },
				choiceFilter: 'selected(${seen}, name)',
				options: [
					{ code: 'a', label: { fr: 'A' } },
					{ code: 'b', label: { fr: 'B' } }
				]
			}
		]);
		const slots = {
			regions: [],
			signatureMessages: [{ fr: 'x' }, { fr: 'y' }],
			placeboMessage: { fr: 'z' },
			organisation: 'O'
		};
		const best = listSurveyFields(findWords('fr'), slots, filtered).find((field) => field.id === 'best')!;
		expect(best.options.map((option) => option.columns)).toEqual([{}, {}]);
		const seen = listSurveyFields(findWords('fr'), slots, filtered).find((field) => field.id === 'seen')!;
		expect(seen.options.map((option) => option.columns)).toEqual([undefined, undefined]);
		const asked = assessAnswers({ settings: SETTINGS, customQuestions: filtered }, { ...ADULT, seen: ['b'] });
		expect(listOfferedOptions(filtered[1], makeScope(asked.values, submissionClock(null))).map((o) => o.code)).toEqual([
			'b'
		]);
	});
});
