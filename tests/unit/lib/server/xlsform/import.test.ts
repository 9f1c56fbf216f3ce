import { describe, expect, it } from 'vitest';
import { importXlsForm, type ImportResult } from '$lib/server/xlsform';
import { type CustomQuestion, type SurveyLanguage } from '$lib/survey/custom-question';
import { customQuestionListSchema } from '$lib/survey/question-list';
import { buildForm, buildWorkbook, readFixture, type Rows } from './workbooks';

type Success = Extract<ImportResult, { ok: true }>;

async function importForm(
	survey: Rows,
	choices?: Rows,
	settings?: Rows,
	languages: SurveyLanguage[] = ['en']
): Promise<Success> {
	const result = await importXlsForm(await buildForm(survey, choices, settings), { languages });
	if (!result.ok) throw new Error(`import failed: ${result.error}`);
	expect(customQuestionListSchema.safeParse(result.questions).success).toBe(true);
	return result;
}

function question(code: string, changes: Partial<CustomQuestion> = {}): CustomQuestion {
	return {
		code,
		type: 'text',
		label: {},
		hint: {},
		required: false,
		options: [],
		min: null,
		max: null,
		showIf: null,
		...changes
	};
}

const YES_NO_CHOICES: Rows = [
	['list_name', 'name', 'label'],
	['yn', 'yes', 'Yes'],
	['yn', 'no', 'No']
];

describe('importXlsForm on the pyxform samples', () => {
	it.each([
		[
			'yes_or_no_question.xlsx',
			[
				question('good_day', {
					type: 'single',
					label: { en: 'have you had a good day today?' },
					options: [
						{ code: 'yes', label: { en: 'yes' } },
						{ code: 'no', label: { en: 'no' } }
					]
				})
			]
		],
		[
			'text_and_integer.xlsx',
			[
				question('your_name', { label: { en: 'What is your name?' } }),
				question('your_age', { type: 'integer', label: { en: 'How many years old are you?' } })
			]
		],
		[
			'specify_other.xlsx',
			[
				question('sex', {
					type: 'single',
					label: { en: 'What sex are you?' },
					options: [
						{ code: 'male', label: { en: 'Male' } },
						{ code: 'female', label: { en: 'Female' } },
						{ code: 'other', label: { en: 'Other' } }
					]
				}),
				question('sex_other', {
					label: { en: 'Please specify' },
					showIf: { question: 'sex', op: 'equals', value: 'other' }
				})
			]
		]
	])('%s', async (file, questions) => {
		const result = await importXlsForm(await readFixture(file), { languages: ['en'] });
		expect(result).toEqual({ ok: true, questions, problems: [] });
	});
});

describe('importXlsForm: what it takes', () => {
	it('reads labels and hints in every language and form of column name', async () => {
		const result = await importForm([
			[
				'type',
				'name',
				'label::English (en)',
				'Label::Français (fr)',
				'label:Arabic',
				'label::Português (pt)',
				'hint::English (en)',
				'hint:french',
				'label::Español (es)'
			],
			['text', 'city', 'City?', 'Ville ?', 'المدينة؟', 'Cidade?', 'Where you live', 'Où vous vivez', 'Ciudad?']
		]);
		expect(result.questions).toEqual([
			question('city', {
				label: { en: 'City?', fr: 'Ville ?', ar: 'المدينة؟', pt: 'Cidade?', es: 'Ciudad?' },
				hint: { en: 'Where you live', fr: 'Où vous vivez' }
			})
		]);
	});

	it.each([
		['French', 'fr'],
		['Français (fr)', 'fr'],
		['es', 'es'],
		['Swahili', 'pt'],
		[null, 'pt']
	] as const)(
		'puts an unmarked label in the default language %s, else the first survey language',
		async (language, expected) => {
			const settings: Rows | undefined = language
				? [
						['form_title', 'default_language'],
						['A form', language]
					]
				: undefined;
			const result = await importForm(
				[
					['type', 'name', 'label'],
					['text', 'a', 'Hello']
				],
				undefined,
				settings,
				['pt', 'en']
			);
			expect(result.questions[0].label).toEqual({ [expected]: 'Hello' });
		}
	);

	it('lets a marked column win over the unmarked one for the same language', async () => {
		const result = await importForm([
			['type', 'name', 'label', 'label::English (en)', 'label::French (fr)'],
			['text', 'a', 'Plain', 'Marked', 'Marqué'],
			['text', 'b', 'Only plain', null, 'Seul']
		]);
		expect(result.questions.map((q) => q.label)).toEqual([
			{ en: 'Marked', fr: 'Marqué' },
			{ en: 'Only plain', fr: 'Seul' }
		]);
	});

	it('finds the header below blank rows, whatever the case of the column names, and keeps the sheet row numbers', async () => {
		const result = await importForm([
			[],
			[null],
			['TYPE', 'Name', 'LABEL', 'Required'],
			['integer', 'Age', 'Age?', 'yes'],
			[],
			['geopoint', 'gps', 'Where?']
		]);
		expect(result.questions).toEqual([question('age', { type: 'integer', label: { en: 'Age?' }, required: true })]);
		expect(result.problems).toMatchObject([{ sheet: 'survey', row: 6, column: 'type', reason: 'refused_identifying' }]);
	});

	it('lower-cases names, and conditions follow the questions they name', async () => {
		const result = await importForm(
			[
				['type', 'name', 'label', 'relevant'],
				['select_one yn', 'Works', 'Work?'],
				['text', 'Employer', 'Employer?', "${Works} = 'yes'"]
			],
			YES_NO_CHOICES
		);
		expect(result.questions.map((q) => [q.code, q.showIf])).toEqual([
			['works', null],
			['employer', { question: 'works', op: 'equals', value: 'yes' }]
		]);
	});

	it.each([
		['yes', true],
		['Yes', true],
		['true', true],
		['TRUE()', true],
		['1', true],
		[true, true],
		[1, true],
		['no', false],
		['false()', false],
		[false, false],
		[null, false]
	])('reads required %j as %s', async (cell, required) => {
		const result = await importForm([
			['type', 'name', 'label', 'required'],
			['text', 'a', 'A', cell]
		]);
		expect(result.questions[0].required).toBe(required);
		expect(result.problems).toEqual([]);
	});

	it.each([
		["${colour} = 'red'", { question: 'colour', op: 'equals', value: 'red' }],
		['${colour} = "red"', { question: 'colour', op: 'equals', value: 'red' }],
		["selected(${colour}, 'red')", { question: 'colour', op: 'equals', value: 'red' }],
		[
			"selected(${colour}, 'red') or selected(${colour}, 'blue')",
			{ question: 'colour', op: 'one_of', value: ['red', 'blue'] }
		],
		['${age} = 18', { question: 'age', op: 'equals', value: 18 }],
		['${age} > 17', { question: 'age', op: 'greater_than', value: 17 }],
		['${age} < 65', { question: 'age', op: 'less_than', value: 65 }],
		["${M1} = 'yes'", { question: 'M1', op: 'equals', value: 'yes' }]
	])('turns relevant %s into a show-if rule', async (relevant, showIf) => {
		const result = await importForm(
			[
				['type', 'name', 'label', 'relevant'],
				['select_multiple colours', 'colour', 'Colours?'],
				['integer', 'age', 'Age?'],
				['text', 'why', 'Why?', relevant]
			],
			[
				['list_name', 'name', 'label'],
				['colours', 'red', 'Red'],
				['colours', 'blue', 'Blue']
			]
		);
		expect(result.questions[2].showIf).toEqual(showIf);
		expect(result.problems).toEqual([]);
	});

	it.each([
		['integer', '. >= 1', 1, null],
		['integer', '. <= 10', null, 10],
		['integer', '. >= 1 and . <= 10', 1, 10],
		['decimal', '. >= 0.5 and . <= 99.5', 0.5, 99.5]
	])('turns a constraint on %s, %s, into min %s and max %s', async (type, constraint, min, max) => {
		const result = await importForm([
			['type', 'name', 'label', 'constraint'],
			[type, 'n', 'N?', constraint]
		]);
		expect(result.questions[0]).toMatchObject({ type, min, max });
		expect(result.problems).toEqual([]);
	});

	it('maps every type it knows, a multiline text to a long text', async () => {
		const result = await importForm(
			[
				['type', 'name', 'label', 'appearance'],
				['select one from yn', 'a', 'A'],
				['select_multiple yn', 'b', 'B'],
				['int', 'c', 'C'],
				['decimal', 'd', 'D'],
				['string', 'e', 'E'],
				['text', 'f', 'F', 'multiline'],
				['date', 'g', 'G'],
				['note', 'h', 'H']
			],
			YES_NO_CHOICES
		);
		const types = result.questions.map((q) => [q.code, q.type]);
		expect(types).toEqual([
			['a', 'single'],
			['b', 'multiple'],
			['c', 'integer'],
			['d', 'decimal'],
			['e', 'text'],
			['f', 'long_text'],
			['g', 'date'],
			['h', 'note']
		]);
	});

	it('flattens groups, giving a group condition to the questions that have none', async () => {
		const result = await importForm(
			[
				['type', 'name', 'label', 'relevant'],
				['select_one yn', 'works', 'Do you work?'],
				['begin group', 'job', 'Your job', "${works} = 'yes'"],
				['text', 'employer', 'Employer?'],
				['begin_group', 'inner', 'More'],
				['integer', 'hours', 'Hours?'],
				['end_group'],
				['end group', 'job'],
				['text', 'after', 'After?']
			],
			YES_NO_CHOICES
		);
		const rule = { question: 'works', op: 'equals', value: 'yes' };
		expect(result.questions.map((q) => [q.code, q.showIf])).toEqual([
			['works', null],
			['employer', rule],
			['hours', rule],
			['after', null]
		]);
		expect(result.problems).toEqual([]);
	});

	it('joins a group’s condition of `or`s and a question’s in parentheses, as `and` binds before `or`', async () => {
		const result = await importForm([
			['type', 'name', 'label', 'relevant'],
			['integer', 'b', 'B?'],
			['begin group', 'g', 'G', '${b} = 1 or ${b} = 2'],
			['integer', 'child', 'Child?', '${b} != 5 or ${b} = 7'],
			['integer', 'plain', 'Plain?'],
			['end group'],
			['integer', 'alone', 'Alone?', '${b} = 3 or ${b} = 4']
		]);
		expect(result.questions.map((q) => [q.code, q.relevant])).toEqual([
			['b', undefined],
			['child', '(${b} = 1 or ${b} = 2) and (${b} != 5 or ${b} = 7)'],
			['plain', '(${b} = 1 or ${b} = 2)'],
			['alone', '${b} = 3 or ${b} = 4']
		]);
	});

	it('makes the multiple choice “or specify other” a choice plus a text shown when other is among the answers', async () => {
		const result = await importForm(
			[
				['type', 'name', 'label::English (en)', 'label::French (fr)'],
				['select_multiple media or_other', 'media', 'Where?', 'Où ?']
			],
			[
				['list_name', 'name', 'label::English (en)', 'label::French (fr)'],
				['media', 'radio', 'Radio', 'Radio'],
				['media', 'tv', 'TV', 'Télé']
			]
		);
		expect(result.questions).toEqual([
			question('media', {
				type: 'multiple',
				label: { en: 'Where?', fr: 'Où ?' },
				options: [
					{ code: 'radio', label: { en: 'Radio', fr: 'Radio' } },
					{ code: 'tv', label: { en: 'TV', fr: 'Télé' } },
					{ code: 'other', label: { en: 'Other', fr: 'Autre' } }
				]
			}),
			question('media_other', {
				label: { en: 'Please specify', fr: 'Veuillez préciser' },
				showIf: { question: 'media', op: 'equals', value: 'other' }
			})
		]);
	});

	it('returns the title and form id of the settings sheet', async () => {
		const result = await importForm(
			[
				['type', 'name', 'label'],
				['text', 'a', 'A']
			],
			undefined,
			[
				['form_title', 'form_id', 'version'],
				['Household survey', 'household_2024', 3]
			]
		);
		expect(result).toMatchObject({ title: 'Household survey', formId: 'household_2024' });
	});
});

describe('importXlsForm: what it reports', () => {
	it('keeps references to questions imported, under their codes, and shows those to rows left out as “…”', async () => {
		const result = await importForm([
			['type', 'name', 'label', 'hint', 'calculation'],
			['text', 'Name', 'Your name?'],
			['calculate', 'Total', '', '', '1 + 1'],
			['geopoint', 'where', 'Where?'],
			['integer', 'age', 'How old are you, ${Name}?', 'Counted: ${Total}, at ${where}; age: ${D2}']
		]);
		const age = result.questions.find((question) => question.code === 'age')!;
		expect(age.label.en).toBe('How old are you, ${name}?');
		expect(age.hint.en).toBe('Counted: ${total}, at …; age: ${D2}');
		expect(result.problems).toContainEqual(
			expect.objectContaining({ row: 5, reason: 'unsupported_reference', detail: expect.stringContaining('${where}') })
		);
	});

	it('leaves out a question whose label is only an image, saying so, and the conditions that name it', async () => {
		const result = await importForm(
			[
				['type', 'name', 'label', 'media::image', 'relevant'],
				['select_one yn', 'picture', '', 'poster.jpg', ''],
				['text', 'seen', 'Where did you see it?', '', "${picture} = 'yes'"]
			],
			YES_NO_CHOICES
		);
		// The list passes the schema (importForm checks it): no condition names the question left out.
		expect(result.questions.map((question) => [question.code, question.showIf])).not.toContainEqual([
			'seen',
			expect.objectContaining({ question: 'picture' })
		]);
		expect(result.problems).toContainEqual(expect.objectContaining({ row: 2, reason: 'missing_label' }));
	});

	it('reads labels that open a reference and never close it, in time linear in their length', async () => {
		const open = '${' + ' '.repeat(1990) + 'x';
		const result = await importForm([
			['type', 'name', 'label', 'hint'],
			...Array.from({ length: 40 }, (_, i) => ['text', `q${i}`, open, open])
		]);
		expect(result.questions).toHaveLength(40);
		expect(result.questions[0].label.en).toBe(open);
	});

	const CHOICES: Rows = [...YES_NO_CHOICES, ['one', 'only', 'Only one']];
	it.each([
		[
			'a loop over a choice list',
			[['begin loop over one', 'kids', 'Children'], ['text', 'kid', 'Name?'], ['end loop'], ['text', 'after', 'After']],
			['after'],
			[
				[2, 'unsupported_repeat'],
				[3, 'inside_repeat']
			]
		],
		[
			'a calculation with none to make',
			[['calculate', 'total', null, null, null]],
			[],
			[[2, 'unsupported_calculation']]
		],
		[
			'a calculation that cannot run',
			[
				['calculate', 'total', null, null, "regex(${a}, '[0-9]')"],
				['calculate', 'later', null, null, '${after} + 1'],
				['integer', 'after', 'After']
			],
			['after'],
			[
				[2, 'unsupported_calculation'],
				[3, 'unsupported_calculation']
			]
		],
		[
			'metadata',
			[
				['start', 'start'],
				['deviceid', 'device'],
				['username', 'user']
			],
			[],
			[
				[2, 'metadata_skipped'],
				[3, 'refused_identifying'],
				[4, 'refused_identifying']
			]
		],
		[
			'an unknown type, and one that could identify a respondent',
			[
				['geopoint', 'where', 'Where?'],
				['selfie', 'me', 'Me']
			],
			[],
			[
				[2, 'refused_identifying'],
				[3, 'unsupported_type']
			]
		],
		[
			'a row without a type',
			[
				[null, 'lost', 'Lost'],
				['text', 'kept', 'Kept']
			],
			['kept'],
			[[2, 'missing_type']]
		],
		[
			'a bad name',
			[
				['text', '1st', 'A'],
				['text', 'my-name', 'B'],
				['text', 'café', 'C'],
				['text', null, 'D'],
				['text', 'Good_One', 'E']
			],
			['good_one'],
			[
				[2, 'invalid_name'],
				[3, 'invalid_name'],
				[4, 'invalid_name'],
				[5, 'invalid_name']
			]
		],
		[
			'a duplicate name',
			[
				['text', 'age', 'A'],
				['text', 'Age', 'B']
			],
			['age'],
			[[3, 'duplicate_name']]
		],
		[
			'a name kept for response files',
			[
				['text', 'language', 'A'],
				['text', 'submitted_at', 'B'],
				['text', 'lang', 'C']
			],
			['lang'],
			[
				[2, 'invalid_name'],
				[3, 'invalid_name']
			]
		],
		[
			'the name of a core item',
			[
				['text', 'd2', 'A'],
				['integer', 'C0', 'B']
			],
			[],
			[
				[2, 'duplicate_name'],
				[3, 'duplicate_name']
			]
		],
		[
			'a missing choices list',
			[
				['select_one nowhere', 'a', 'A'],
				['select_one one', 'b', 'B'],
				['select_one', 'c', 'C']
			],
			[],
			[
				[2, 'missing_choices'],
				[3, 'missing_choices'],
				[4, 'missing_choices']
			]
		]
	] as const)('%s, leaving it out', async (_, rows, codes, problems) => {
		const result = await importForm(
			[['type', 'name', 'label', 'relevant', 'calculation'], ...rows.map((row) => [...row])],
			CHOICES
		);
		expect(result.questions.map((q) => q.code)).toEqual(codes);
		expect(result.problems.map((p) => [p.row, p.reason])).toEqual(problems);
		expect(result.problems.every((p) => p.sheet === 'survey' && p.detail.length > 0)).toBe(true);
	});

	it.each([
		["${A} = 'x' and ${b} = 'y'", "${a} = 'x' and ${b} = 'y'"],
		["${A} = 'x' or ${b} = 'y'", "${a} = 'x' or ${b} = 'y'"],
		["not(${A} = 'x')", "not(${a} = 'x')"],
		['string-length(${A}) > 3', 'string-length(${a}) > 3'],
		['${A} >= 3', '${a} >= 3']
	])('a relevant beyond one comparison (%s), kept as an expression in our codes', async (relevant, kept) => {
		const result = await importForm([
			['type', 'name', 'label', 'relevant'],
			['text', 'A', 'A'],
			['text', 'b', 'B'],
			['text', 'c', 'C', relevant]
		]);
		expect(result.questions[2]).toMatchObject({ code: 'c', showIf: null, relevant: kept });
		expect(result.problems).toEqual([]);
	});

	it.each([
		['${nowhere} = 1', 'nowhere, which is not a question imported before this one'],
		['${later} = 1', 'later, which is not a question imported before this one'],
		["regex(${a}, 'x')", 'the function regex() is not one a survey here runs'],
		['/data/a = 1', 'cannot be read as an XLSForm expression'],
		['count(${a} | ${b}) > 1', 'the function count() is not one a survey here runs']
	])('a relevant it cannot run (%s), importing the question without it', async (relevant, why) => {
		const result = await importForm([
			['type', 'name', 'label', 'relevant'],
			['text', 'a', 'A'],
			['text', 'b', 'B'],
			['text', 'c', 'C', relevant],
			['text', 'later', 'Later']
		]);
		expect(result.questions.map((q) => [q.code, q.showIf, q.relevant])).toEqual([
			['a', null, undefined],
			['b', null, undefined],
			['c', null, undefined],
			['later', null, undefined]
		]);
		expect(result.problems).toMatchObject([
			{ sheet: 'survey', row: 4, column: 'relevant', reason: 'unsupported_relevant' }
		]);
		expect(result.problems[0].detail).toContain(why);
	});

	it.each([
		['integer', '. > 3', { min: null, max: null, constraint: '. > 3', constraintMessage: { en: 'Not that' } }],
		['text', 'string-length(.) < 10', { constraint: 'string-length(.) < 10', constraintMessage: { en: 'Not that' } }],
		[
			'decimal',
			'. >= 10 and . <= 1',
			{ min: null, max: null, constraint: '. >= 10 and . <= 1', constraintMessage: { en: 'Not that' } }
		],
		['integer', '. >= 1 and . <= 9', { min: 1, max: 9 }],
		['integer', '${A} = . or . < 3', { constraint: '${a} = . or . < 3', constraintMessage: { en: 'Not that' } }]
	])('a constraint on %s (%s), kept as bounds or as an expression', async (type, constraint, expected) => {
		const result = await importForm([
			['type', 'name', 'label', 'constraint', 'constraint_message'],
			[type, 'A', 'A', constraint, 'Not that']
		]);
		expect(result.questions[0]).toMatchObject({ code: 'a', ...expected });
		// Bounds have a message of their own, in every language.
		if (!('constraint' in expected)) expect(result.questions[0].constraintMessage).toBeUndefined();
		expect(result.problems).toEqual([]);
	});

	it("a constraint it cannot run (regex(., '[0-9]')), importing the question without it", async () => {
		const result = await importForm([
			['type', 'name', 'label', 'constraint'],
			['integer', 'a', 'A', "regex(., '[0-9]')"]
		]);
		expect(result.questions[0]).toMatchObject({ code: 'a', min: null, max: null });
		expect(result.questions[0].constraint).toBeUndefined();
		expect(result.problems).toMatchObject([{ row: 2, column: 'constraint', reason: 'unsupported_constraint' }]);
	});

	it('a required that depends on an answer, kept as a condition with its message', async () => {
		const result = await importForm([
			['type', 'name', 'label', 'required', 'required_message::French (fr)'],
			['text', 'b', 'B'],
			['text', 'a', 'A', "${b} = 'yes'", 'Obligatoire ici']
		]);
		expect(result.questions[1]).toMatchObject({ required: false, requiredIf: "${b} = 'yes'" });
		expect(result.questions[1].requiredMessage).toEqual({ fr: 'Obligatoire ici' });
		expect(result.problems).toEqual([]);
	});

	it.each([
		['bind::jr:requiredMsg::French (fr)', 'bind::jr:constraintMsg::French (fr)'],
		['jr:requiredMsg::French (fr)', 'jr:constraintMsg::French (fr)']
	])('messages in pyxform’s other spellings, %s and %s', async (required, constraint) => {
		const result = await importForm([
			['type', 'name', 'label', 'required', 'constraint', required, constraint],
			['integer', 'a', 'A', 'yes', '. > 1', 'Obligatoire', 'Plus que 1']
		]);
		expect(result.questions[0].requiredMessage).toEqual({ fr: 'Obligatoire' });
		expect(result.questions[0].constraintMessage).toEqual({ fr: 'Plus que 1' });
		expect(result.problems).toEqual([]);
	});

	it('a required naming a question not imported before, importing the question as not required', async () => {
		const result = await importForm([
			['type', 'name', 'label', 'required'],
			['text', 'a', 'A', "${b} = 'yes'"]
		]);
		expect(result.questions[0].required).toBe(false);
		expect(result.questions[0].requiredIf).toBeUndefined();
		expect(result.problems).toMatchObject([{ row: 2, column: 'required', reason: 'unsupported_required' }]);
	});

	it('keeps a field-list group’s questions on one page, nested groups inside it included', async () => {
		const result = await importForm([
			['type', 'name', 'label', 'appearance'],
			['text', 'before', 'Before'],
			['begin group', 'household', null, 'field-list'],
			['integer', 'people', 'People'],
			['begin group', 'inner'],
			['integer', 'adults', 'Adults'],
			['end group'],
			['end group'],
			['text', 'after', 'After']
		]);
		expect(result.problems).toEqual([]);
		expect(result.questions.map((q) => [q.code, q.page])).toEqual([
			['before', undefined],
			['people', 'household'],
			['adults', 'household'],
			['after', undefined]
		]);
	});

	it('takes times, dates with times, acknowledgements, rankings and ranges (a number between its ends)', async () => {
		const result = await importForm(
			[
				['type', 'name', 'label', 'parameters'],
				['time', 'woke', 'When?'],
				['dateTime', 'left', 'Left when?'],
				['acknowledge', 'read', 'I have read this'],
				['range', 'score', 'Score', 'start=0 end=10 step=1'],
				['range', 'share', 'Share', 'start=1 end=0 step=0.1'],
				['rank colours', 'favourite', 'Rank the colours']
			],
			[
				['list_name', 'name', 'label'],
				['colours', 'red', 'Red'],
				['colours', 'blue', 'Blue']
			]
		);
		expect(result.problems).toEqual([]);
		expect(result.questions.map((q) => [q.code, q.type, q.min, q.max])).toEqual([
			['woke', 'time', null, null],
			['left', 'datetime', null, null],
			['read', 'acknowledge', null, null],
			['score', 'integer', 0, 10],
			['share', 'decimal', 0, 1],
			['favourite', 'rank', null, null]
		]);
		expect(result.questions[5].options.map((option) => option.code)).toEqual(['red', 'blue']);
	});

	it('a calculation and a choice filter, with the columns of the choices it reads', async () => {
		const result = await importForm(
			[
				['type', 'name', 'label', 'calculation', 'choice_filter'],
				['select_one country', 'country', 'Country'],
				['calculate', 'Twice', null, 'string-length(${country}) * 2'],
				['select_one city', 'city', 'City', null, 'Country = ${country}']
			],
			[
				['list_name', 'name', 'label', 'Country', 'note'],
				['country', 'sn', 'Senegal'],
				['country', 'ml', 'Mali'],
				['city', 'dakar', 'Dakar', 'sn', 'x'],
				['city', 'bamako', 'Bamako', 'ml', 'y']
			]
		);
		expect(result.problems).toEqual([]);
		expect(result.questions[1]).toMatchObject({
			code: 'twice',
			type: 'calculate',
			calculation: 'string-length(${country}) * 2'
		});
		expect(result.questions[2]).toMatchObject({
			choiceFilter: 'country = ${country}',
			options: [
				{ code: 'dakar', columns: { country: 'sn' } },
				{ code: 'bamako', columns: { country: 'ml' } }
			]
		});
	});

	it('group conditions joined to a question’s own and to each other', async () => {
		const result = await importForm(
			[
				['type', 'name', 'label', 'relevant'],
				['select_one yn', 'q1', 'Q1'],
				['select_one yn', 'q2', 'Q2'],
				['begin group', 'g1', null, "${q1} = 'yes'"],
				['text', 'own', 'Own', "${q2} = 'no'"],
				['begin group', 'g2', null, "${q2} = 'yes'"],
				['text', 'deep', 'Deep'],
				['end group'],
				['end group'],
				['begin group', 'g3', null, "${q1} = 'yes' and ${q2} = 'yes'"],
				['text', 'complex', 'Complex'],
				['end group']
			],
			YES_NO_CHOICES
		);
		expect(result.questions.map((q) => [q.code, q.showIf?.question ?? null, q.relevant])).toEqual([
			['q1', null, undefined],
			['q2', null, undefined],
			['own', null, "${q1} = 'yes' and ${q2} = 'no'"],
			['deep', null, "${q1} = 'yes' and ${q2} = 'yes'"],
			['complex', null, "${q1} = 'yes' and ${q2} = 'yes'"]
		]);
		expect(result.problems).toEqual([]);
	});

	it('groups that do not close, and ends without a begin', async () => {
		const result = await importForm([
			['type', 'name', 'label'],
			['end group'],
			['begin group', 'g'],
			['text', 'a', 'A']
		]);
		expect(result.questions.map((q) => q.code)).toEqual(['a']);
		expect(result.problems.map((p) => [p.row, p.reason])).toEqual([
			[2, 'unbalanced_group'],
			[3, 'unbalanced_group']
		]);
	});

	it('columns whose behaviour is lost, and languages we do not offer', async () => {
		const result = await importForm([
			['type', 'name', 'label::English (en)', 'label::Swahili (sw)', 'choice_filter', 'read_only'],
			['text', 'a', 'A', 'A', null, 'yes']
		]);
		expect(result.questions[0].label).toEqual({ en: 'A' });
		expect(result.problems.map((p) => [p.row, p.column, p.reason])).toEqual([
			[1, 'label::Swahili (sw)', 'unsupported_language'],
			[2, 'read_only', 'unsupported_column']
		]);
	});

	it('a default answer the question takes; one it would refuse, or worked out from other answers, reported', async () => {
		const result = await importForm(
			[
				['type', 'name', 'label', 'default'],
				['text', 'greeting', 'Greeting', ' hello there '],
				['integer', 'people', 'People', '4'],
				['select_multiple places', 'cities', 'Cities', 'dakar  bamako'],
				['select_one places', 'city', 'City', 'paris'],
				['date', 'born', 'Born', 'today()'],
				['integer', 'adults', 'Adults', '${people}'],
				['note', 'info', 'Info', 'x'],
				['select_one_from_file places.csv', 'skipped', 'Skipped', '']
			],
			[
				['list_name', 'name', 'label'],
				['places', 'dakar', 'Dakar'],
				['places', 'bamako', 'Bamako']
			]
		);
		const defaults = Object.fromEntries(result.questions.map((q) => [q.code, q.defaultAnswer]));
		expect(defaults).toEqual({
			greeting: 'hello there',
			people: '4',
			cities: 'dakar  bamako',
			city: undefined,
			born: undefined,
			adults: undefined,
			info: undefined
		});
		expect(result.problems.filter((p) => p.column === 'default').map((p) => [p.row, p.reason])).toEqual([
			[5, 'unsupported_default'],
			[6, 'unsupported_default'],
			[7, 'unsupported_default'],
			[8, 'unsupported_default']
		]);
	});

	it('bad and repeated choice names, on the choices sheet', async () => {
		const result = await importForm(
			[
				['type', 'name', 'label'],
				['select_one l', 'a', 'A']
			],
			[
				['list name', 'name', 'label'],
				['l', 'x', 'X'],
				['l', 'has space', 'Bad'],
				['l', 'x', 'X again'],
				['l', 'y', 'Y']
			]
		);
		expect(result.questions[0].options.map((o) => o.code)).toEqual(['x', 'y']);
		expect(result.problems.map((p) => [p.sheet, p.row, p.reason])).toEqual([
			['choices', 3, 'invalid_name'],
			['choices', 4, 'duplicate_name']
		]);
	});

	it('an “other” question whose name is taken', async () => {
		const result = await importForm(
			[
				['type', 'name', 'label'],
				['text', 'a_other', 'Taken'],
				['select_one yn or_other', 'a', 'A']
			],
			YES_NO_CHOICES
		);
		expect(result.questions.map((q) => q.code)).toEqual(['a_other', 'a']);
		expect(result.problems.map((p) => [p.row, p.reason])).toEqual([[3, 'duplicate_name']]);
	});
});

describe('importXlsForm: files it refuses', () => {
	it.each([
		['a text file', async () => new TextEncoder().encode('type,name,label\ntext,a,A\n'), 'not_a_workbook'],
		['nothing', async () => new Uint8Array(), 'not_a_workbook'],
		['a broken zip', async () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]), 'not_a_workbook'],
		[
			'an .xls whose container is broken',
			async () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(2048).fill(0xff)]),
			'not_a_workbook'
		],
		['an .xls cut short', async () => (await readFixture('pyxform/widgets.xls')).slice(0, 3000), 'not_a_workbook'],
		[
			// One sheet of any name is the survey, as pyxform reads it: two, neither of them the survey, are not.
			'a workbook without a survey sheet',
			() =>
				buildWorkbook({
					questions: [
						['type', 'name'],
						['text', 'a']
					],
					notes: [['anything']]
				}),
			'no_survey_sheet'
		],
		['a survey sheet with no row', () => buildWorkbook({ survey: [] }), 'empty_survey'],
		['a survey sheet with a header only', () => buildWorkbook({ survey: [['type', 'name', 'label']] }), 'empty_survey'],
		[
			'a survey sheet without a type column',
			() =>
				buildWorkbook({
					survey: [
						['kind', 'name'],
						['text', 'a']
					]
				}),
			'empty_survey'
		]
	])('%s', async (_, build, error) => {
		expect(await importXlsForm(await build(), { languages: ['en'] })).toEqual({ ok: false, error });
	});

	it('finds the survey sheet whatever its case', async () => {
		const bytes = await buildWorkbook({
			Survey: [
				['type', 'name', 'label'],
				['text', 'a', 'A']
			]
		});
		const result = await importXlsForm(bytes, { languages: ['en'] });
		expect(result).toMatchObject({ ok: true, questions: [{ code: 'a' }] });
	});
});
