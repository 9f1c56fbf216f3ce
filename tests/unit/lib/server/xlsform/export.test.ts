import { beforeAll, describe, expect, it } from 'vitest';
import { CORE_TEXTS, listCampaignItems, type CoreLanguage } from '$lib/core-module';
import { exportXlsForm, importXlsForm, type XlsFormSurvey } from '$lib/server/xlsform';
import { type CustomQuestion } from '$lib/survey/custom-question';
import { customQuestionListSchema } from '$lib/survey/question-list';
import { readWorkbook, toRecords } from './workbooks';

const LANGUAGES: CoreLanguage[] = ['fr', 'en', 'ar'];

function text(write: (language: CoreLanguage) => string): Record<CoreLanguage, string> {
	return Object.fromEntries(LANGUAGES.map((language) => [language, write(language)])) as Record<CoreLanguage, string>;
}

function question(code: string, changes: Partial<CustomQuestion>): CustomQuestion {
	return {
		code,
		type: 'text',
		label: text((language) => `${code} label ${language}`),
		hint: {},
		required: false,
		options: [],
		min: null,
		max: null,
		showIf: null,
		...changes
	};
}

const option = (code: string) => ({ code, label: text((language) => `${code} ${language}`) });

/** Every type of custom question and every kind of show-if rule, on core items and on custom questions. */
const CUSTOM_QUESTIONS: CustomQuestion[] = [
	question('channel', { type: 'single', required: true, options: [option('radio'), option('tv'), option('other')] }),
	question('channel_other', { showIf: { question: 'channel', op: 'equals', value: 'other' } }),
	question('places', {
		type: 'multiple',
		options: [option('market'), option('mosque'), option('school')],
		hint: text((l) => `hint ${l}`)
	}),
	question('place_detail', {
		type: 'long_text',
		showIf: { question: 'places', op: 'one_of', value: ['market', 'school'] }
	}),
	question('church', { type: 'note', showIf: { question: 'places', op: 'equals', value: 'mosque' } }),
	question('heard', { type: 'yes_no', required: true, showIf: { question: 'M1', op: 'equals', value: 'yes' } }),
	question('liked', { type: 'scale_5', showIf: { question: 'heard', op: 'equals', value: 'yes' } }),
	question('times', { type: 'integer', min: 0, max: 50, showIf: { question: 'liked', op: 'greater_than', value: 3 } }),
	question('spent', {
		type: 'decimal',
		min: 0.5,
		max: null,
		showIf: { question: 'times', op: 'less_than', value: 10 }
	}),
	question('when', { type: 'date', showIf: { question: 'E2', op: 'equals', value: 'radio' } }),
	question('age_note', { type: 'note', showIf: { question: 'D2', op: 'equals', value: 16 } }),
	question('region_only', {
		type: 'integer',
		min: null,
		max: 9,
		showIf: { question: 'D3', op: 'one_of', value: ['dakar'] }
	})
];

const SURVEY: XlsFormSurvey = {
	title: 'Stay safe 2025',
	formId: 'stay_safe_2025',
	version: 4,
	languages: LANGUAGES,
	regions: [
		{ code: 'dakar', name: 'Dakar' },
		{ code: 'kolda', name: 'Kolda' },
		{ code: 'saint-louis', name: 'Saint-Louis' }
	],
	signatureMessages: [0, 1, 2].map((i) => text((language) => `signature ${i + 1} ${language}`)),
	placeboMessage: text((language) => `placebo ${language}`),
	organisation: 'Jappo',
	customQuestions: CUSTOM_QUESTIONS
};

const SETTINGS = { regions: ['dakar', 'kolda', 'saint-louis'], signatureMessageCount: 3 };
const CORE_IDS: string[] = listCampaignItems(SETTINGS).map((item) => item.id);

let sheets: Record<string, string[][]>;
let survey: Record<string, string>[];
let choices: Record<string, string>[];
const row = (name: string) => survey.find((r) => r.name === name)!;
const listOf = (name: string) => choices.filter((c) => c.list_name === name).map((c) => c.name);

beforeAll(async () => {
	sheets = await readWorkbook(await exportXlsForm(SURVEY));
	survey = toRecords(sheets.survey);
	choices = toRecords(sheets.choices);
});

describe('exportXlsForm: the workbook', () => {
	it('has the survey, choices and settings sheets with a column per language for every text', () => {
		expect(Object.keys(sheets)).toEqual(['survey', 'choices', 'settings']);
		expect(sheets.survey[0]).toEqual([
			'type',
			'name',
			'label::French (fr)',
			'label::English (en)',
			'label::Arabic (ar)',
			'hint::French (fr)',
			'hint::English (en)',
			'hint::Arabic (ar)',
			'required',
			'relevant',
			'constraint',
			'constraint_message::French (fr)',
			'constraint_message::English (en)',
			'constraint_message::Arabic (ar)',
			'required_message::French (fr)',
			'required_message::English (en)',
			'required_message::Arabic (ar)',
			'appearance',
			'calculation',
			'choice_filter',
			'default',
			'repeat_count'
		]);
		expect(sheets.choices[0]).toEqual([
			'list_name',
			'name',
			'label::French (fr)',
			'label::English (en)',
			'label::Arabic (ar)'
		]);
	});

	it('fills the settings, the first language being the default', () => {
		expect(toRecords(sheets.settings)).toEqual([
			{ form_title: 'Stay safe 2025', form_id: 'stay_safe_2025', version: '4', default_language: 'French (fr)' }
		]);
	});

	it('puts the interview’s times, every core item of the campaign in order, named by its id, then the custom questions', () => {
		expect(survey.map((r) => r.name)).toEqual(['start', 'end', ...CORE_IDS, ...CUSTOM_QUESTIONS.map((q) => q.code)]);
		expect(survey.slice(0, 2).map((r) => r.type)).toEqual(['start', 'end']);
		expect(CORE_IDS).toContain('E3_3');
		expect(CORE_IDS).not.toContain('E3_4');
		expect(survey.filter((r) => CORE_IDS.includes(r.name)).every((r) => r.required === 'yes')).toBe(true);
	});
});

describe('exportXlsForm: the core module', () => {
	it.each([
		['C0', 'select_one core_yes_no', ['yes', 'no']],
		['D1', 'select_one core_D1', ['female', 'male', 'other_or_dk']],
		['D3', 'select_one core_D3', ['dakar', 'kolda', 'saint-louis']],
		['D4', 'select_one core_D4', ['none', 'primary', 'secondary', 'higher']],
		['D5', 'select_one core_yes_no', ['yes', 'no']],
		['E1', 'select_one core_yes_no_dk', ['yes', 'no', 'dk']],
		[
			'E2',
			'select_multiple core_E2',
			['radio', 'tv', 'social_media', 'community_event', 'school', 'returnee_testimony', 'poster', 'other']
		],
		['E3_1', 'select_one core_yes_no_dk', ['yes', 'no', 'dk']],
		['E3_P', 'select_one core_yes_no_dk', ['yes', 'no', 'dk']],
		['I1', 'select_one core_scale_I1', ['1', '2', '3', '4', '5']],
		['K1', 'select_one core_true_false_dk', ['true', 'false', 'dk']],
		[
			'A1',
			'select_multiple core_A1',
			['gov_office', 'ngo', 'un_agency', 'embassy', 'intermediary', 'social_media_ads', 'dk']
		],
		['R3', 'select_one core_scale_R', ['1', '2', '3', '4', '5', 'dk']],
		['M3', 'select_one core_M3', ['regular', 'irregular', 'dk']],
		['P2', 'select_one core_yes_no', ['yes', 'no']],
		['TR6', 'select_one core_scale_TR', ['1', '2', '3', '4', 'dk']],
		['S1', 'select_one core_yes_no_dk', ['yes', 'no', 'dk']]
	])('%s is %s with the answer codes %j', (id, type, codes) => {
		expect(row(id).type).toBe(type);
		expect(listOf(type.split(' ')[1])).toEqual(codes);
	});

	it('asks D2 as an integer from 10 to 99', () => {
		expect(row('D2')).toMatchObject({
			type: 'integer',
			constraint: '. >= 10 and . <= 99',
			'constraint_message::English (en)': 'Please give a number from 10 to 99.'
		});
	});

	it('names D3’s answers by the campaign’s regions, in every language', () => {
		expect(choices.filter((c) => c.list_name === 'core_D3')).toEqual(
			SURVEY.regions.map((r) => ({
				list_name: 'core_D3',
				name: r.code,
				'label::French (fr)': r.name,
				'label::English (en)': r.name,
				'label::Arabic (ar)': r.name
			}))
		);
	});

	it.each([
		['C0', ''],
		['D1', "${C0} = 'yes'"],
		['C1', "${C0} = 'yes' and ${D2} >= 15 and ${D2} <= 17"],
		['D3', "${C0} = 'yes' and ${D2} >= 15 and ${C1} != 'no'"],
		['E2', "${C0} = 'yes' and ${D2} >= 15 and ${C1} != 'no' and ${E1} = 'yes'"],
		['M2', "${C0} = 'yes' and ${D2} >= 15 and ${C1} != 'no' and ${M1} = 'yes'"],
		['M3', "${C0} = 'yes' and ${D2} >= 15 and ${C1} != 'no' and ${M2} = 'yes'"],
		['S1', "${C0} = 'yes' and ${D2} >= 15 and ${C1} != 'no'"]
	])('%s is relevant when %s', (id, relevant) => {
		expect(row(id).relevant).toBe(relevant);
	});

	it('ends the form on a refusal or an age under 15: everything after carries the end rules', () => {
		const after = (id: string) => survey.slice(survey.findIndex((r) => r.name === id) + 1);
		expect(after('C0').every((r) => r.relevant.startsWith("${C0} = 'yes'"))).toBe(true);
		expect(after('D2').every((r) => r.relevant.includes('${D2} >= 15'))).toBe(true);
		expect(after('C1').every((r) => r.relevant.includes("${C1} != 'no'"))).toBe(true);
	});

	it.each(LANGUAGES)('gives every core text in %s', (language) => {
		const column = `label::${{ fr: 'French', en: 'English', ar: 'Arabic', pt: 'Portuguese', es: 'Spanish' }[language]} (${language})`;
		const texts = CORE_TEXTS[language];
		// The interview's times are recorded, never asked: they have no label.
		expect(survey.filter((r) => r.type !== 'start' && r.type !== 'end').every((r) => r[column].length > 0)).toBe(true);
		expect(choices.every((c) => c[column].length > 0)).toBe(true);
		expect(row('C0')[column]).toContain(texts['item.C0.intro'].replace('{organisation}', 'Jappo'));
		expect(row('C0')[column]).toContain(texts['item.C0.text']);
		expect(row('D1')[column]).toBe(texts['item.D1.text']);
		expect(row('K4')[column]).toContain(texts['item.K4.text']);
		expect(row('E3_2')[column]).toContain(`signature 2 ${language}`);
		expect(row('E3_P')[column]).toContain(`placebo ${language}`);
		expect(choices.find((c) => c.list_name === 'core_D1' && c.name === 'male')![column]).toBe(texts['option.D1.male']);
		expect(choices.find((c) => c.list_name === 'core_scale_R' && c.name === 'dk')![column]).toBe(texts['answer.dk']);
	});

	it('asks C1 of the enumerator in enumerator mode', async () => {
		const enumerator = toRecords((await readWorkbook(await exportXlsForm({ ...SURVEY, mode: 'enumerator' }))).survey);
		expect(enumerator.find((r) => r.name === 'C1')!['label::English (en)']).toBe(
			CORE_TEXTS.en['item.C1.text_enumerator']
		);
		expect(row('C1')['label::English (en)']).toBe(CORE_TEXTS.en['item.C1.text']);
	});
});

describe('exportXlsForm: the custom questions', () => {
	it.each([
		['channel', 'select_one list_channel', 'yes', ''],
		['channel_other', 'text', '', "${channel} = 'other'"],
		['places', 'select_multiple list_places', '', ''],
		['place_detail', 'text', '', "(selected(${places}, 'market') or selected(${places}, 'school'))"],
		['heard', 'select_one core_yes_no', 'yes', "${M1} = 'yes'"],
		['liked', 'select_one core_scale_5', '', "${heard} = 'yes'"],
		['times', 'integer', '', '${liked} > 3'],
		['spent', 'decimal', '', '${times} < 10'],
		['when', 'date', '', "selected(${E2}, 'radio')"],
		['age_note', 'note', '', '${D2} = 16'],
		['region_only', 'integer', '', "(${D3} = 'dakar')"]
	])('%s is %s, required %j, relevant when the end rules and %s hold', (code, type, required, showIf) => {
		const exported = row(code);
		expect(exported).toMatchObject({ type, required });
		expect(exported.relevant).toBe(
			["${C0} = 'yes' and ${D2} >= 15 and ${C1} != 'no'", showIf].filter((part) => part).join(' and ')
		);
	});

	it('puts a condition of `or`s in parentheses where it is joined to the end rules by `and`', async () => {
		const relevant = "${D1} = 'female' or ${D5} = 'yes'";
		const question = { code: 'q', type: 'integer', label: { en: 'Q', fr: 'Q', ar: 'Q' }, relevant };
		const survey = { ...SURVEY, customQuestions: customQuestionListSchema.parse([question]) };
		const rows = toRecords((await readWorkbook(await exportXlsForm(survey))).survey);
		expect(rows.find((r) => r.name === 'q')!.relevant).toBe(
			`\${C0} = 'yes' and \${D2} >= 15 and \${C1} != 'no' and (${relevant})`
		);
	});

	it('writes min and max as a constraint, long texts as multiline', () => {
		expect(row('times')).toMatchObject({
			constraint: '. >= 0 and . <= 50',
			'constraint_message::English (en)': 'Please give a number from 0 to 50.'
		});
		expect(row('spent').constraint).toBe('. >= 0.5');
		expect(row('region_only').constraint).toBe('. <= 9');
		expect(row('place_detail').appearance).toBe('multiline');
	});

	it('lists the choices of each choice question under its own name', () => {
		expect(listOf('list_channel')).toEqual(['radio', 'tv', 'other']);
		expect(listOf('list_places')).toEqual(['market', 'mosque', 'school']);
		expect(listOf('core_scale_5')).toEqual(['1', '2', '3', '4', '5']);
	});
});

describe('exportXlsForm then importXlsForm', () => {
	it('gives back the same custom questions, leaving the core items out as such', async () => {
		const result = await importXlsForm(await exportXlsForm(SURVEY), { languages: LANGUAGES });
		if (!result.ok) throw new Error(result.error);
		expect(result.questions).toEqual(CUSTOM_QUESTIONS);
		expect(result.problems.map((p) => p.reason)).toEqual([
			'metadata_skipped',
			'metadata_skipped',
			...CORE_IDS.map(() => 'core_item')
		]);
		expect(result).toMatchObject({ title: 'Stay safe 2025', formId: 'stay_safe_2025' });
	});

	it('keeps a survey without custom questions importable, with nothing to import', async () => {
		const result = await importXlsForm(await exportXlsForm({ ...SURVEY, customQuestions: [] }), {
			languages: LANGUAGES
		});
		expect(result).toMatchObject({ ok: true, questions: [] });
	});

	it('refuses a survey without 2 to 5 signature messages, as the core module does', async () => {
		await expect(exportXlsForm({ ...SURVEY, signatureMessages: [SURVEY.placeboMessage] })).rejects.toThrow(RangeError);
	});
});
