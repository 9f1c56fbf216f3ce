import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportXlsForm, importXlsForm, type XlsFormSurvey } from '$lib/server/xlsform';
import { type CustomQuestion } from '$lib/survey/custom-question';
import { customQuestionListSchema } from '$lib/survey/question-list';
import { convertAll } from './pyxform-convert';
import { readWorkbook, toRecords } from './workbooks';

const both = (en: string, fr: string) => ({ en, fr });

// A household roster counted by an earlier answer, with a sibling condition and a group-wide condition, then a
// repeat whose instances the respondent adds, and questions after them that count the instances.
const QUESTIONS = customQuestionListSchema.parse([
	{ code: 'people', type: 'integer', label: both('People?', 'Personnes ?'), min: 1, max: 30 },
	{
		code: 'members',
		type: 'repeat',
		label: both('Household member', 'Membre du foyer'),
		hint: both('One for each person', 'Un par personne'),
		relevant: '${people} > 1 and ${E1} = "yes"',
		repeatCount: '${people}'
	},
	{ code: 'age', type: 'integer', label: both('Age?', 'Âge ?'), repeat: 'members', required: true, min: 0, max: 120 },
	{
		code: 'school',
		type: 'yes_no',
		label: both('At school, at ${age}?', 'À l’école, à ${age} ans ?'),
		repeat: 'members',
		showIf: { question: 'age', op: 'less_than', value: 18 }
	},
	{
		code: 'job',
		type: 'text',
		label: both('Job?', 'Métier ?'),
		repeat: 'members',
		relevant: '${age} >= 18 and ${people} > 2'
	},
	{ code: 'trips', type: 'repeat', label: both('Trips', 'Voyages') },
	{ code: 'dest', type: 'text', label: both('Where to?', 'Où ?'), repeat: 'trips', page: 'trip' },
	{ code: 'months', type: 'integer', label: both('How long?', 'Combien de temps ?'), repeat: 'trips', page: 'trip' },
	{ code: 'fewer', type: 'calculate', label: {}, calculation: '${people} - ${trips}' },
	{
		code: 'many',
		type: 'note',
		label: both('Many trips', 'Beaucoup de voyages'),
		showIf: { question: 'trips', op: 'greater_than', value: 2 }
	}
]);

const SURVEY: XlsFormSurvey = {
	title: 'Foyers',
	formId: 'foyers',
	version: 1,
	languages: ['en', 'fr'],
	regions: [{ code: 'tamba', name: 'Tambacounda' }],
	signatureMessages: [both('One', 'Un'), both('Two', 'Deux')],
	placeboMessage: both('Placebo', 'Placebo'),
	customQuestions: QUESTIONS
};

const folder = mkdtempSync(join(tmpdir(), 'mesure-repeat-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A question as it comes back from a form: a page is the form's own grouping, which a group's members lose. */
function withoutPage({ page: _page, ...question }: CustomQuestion): CustomQuestion {
	return question;
}

describe('exportXlsForm: repeat groups', () => {
	it('writes each group between begin_repeat and end_repeat, its count, and count() for its number', async () => {
		const survey = toRecords((await readWorkbook(await exportXlsForm(SURVEY))).survey);
		const custom = survey.slice(survey.findIndex((row) => row.name === 'people'));
		expect(custom.map((row) => [row.type, row.name, row.repeat_count])).toEqual([
			['integer', 'people', ''],
			['begin_repeat', 'members', '${people}'],
			['integer', 'age', ''],
			['select_one core_yes_no', 'school', ''],
			['text', 'job', ''],
			['end_repeat', '', ''],
			['begin_repeat', 'trips', ''],
			['text', 'dest', ''],
			['integer', 'months', ''],
			['end_repeat', '', ''],
			['calculate', 'fewer', ''],
			['note', 'many', '']
		]);
		const byName = new Map(custom.map((row) => [row.name, row]));
		expect(byName.get('members')?.['label::English (en)']).toBe('Household member');
		expect(byName.get('members')?.required).toBe('');
		expect(byName.get('job')?.relevant).toContain('${age} >= 18 and ${people} > 2');
		expect(byName.get('fewer')?.calculation).toBe('${people} - count(${trips})');
		expect(byName.get('many')?.relevant).toContain('count(${trips}) > 2');
	});

	it('converts with pyxform without an error or a warning, members naming their own instance', async () => {
		const file = join(folder, 'repeats.xlsx');
		writeFileSync(file, await exportXlsForm(SURVEY));
		const [result] = convertAll([file], true);
		expect(result).toMatchObject({ error: null, warnings: [] });
		expect(result.xml).toContain('<repeat nodeset="/data/members" jr:count=" /data/people ">');
		expect(result.xml).toContain('<repeat nodeset="/data/trips">');
		expect(result.xml).toMatch(/nodeset="\/data\/members\/job"[^>]*relevant="[^"]*\.\.\/age {2}&gt;= 18/);
		expect(result.xml).toContain('calculate=" /data/people  - count( /data/trips )"');
	});

	it('reads back the questions it wrote', async () => {
		const imported = await importXlsForm(await exportXlsForm(SURVEY), { languages: ['en', 'fr'] });
		if (!imported.ok) throw new Error(imported.error);
		expect(
			imported.problems.filter((problem) => problem.reason !== 'core_item' && problem.reason !== 'metadata_skipped')
		).toEqual([]);
		expect(imported.questions).toEqual(QUESTIONS.map(withoutPage));
	});
});
