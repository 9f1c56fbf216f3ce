import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportXlsForm, importXlsForm, type XlsFormSurvey } from '$lib/server/xlsform';
import { loadWorkbook, readSheet } from '$lib/server/xlsform/workbook';
import { readFixture, readWorkbook, toRecords } from './workbooks';

// The workbooks of pyxform's own tests that pyxform converts (tests/fixtures/xlsform/pyxform, its README).
const CORPUS = readdirSync(new URL('../../../../fixtures/xlsform/pyxform/', import.meta.url))
	.filter((name) => /\.xlsx?$/.test(name))
	.sort();

// Groups, repeats and loops (`begin loop over list`): what holds questions, not one.
const STRUCTURE = /^(begin|end)[ _](group|repeat|loop)\b/;

/** The survey sheet's rows that hold a question or a tool's metadata: those a form is made of, groups aside. */
async function listQuestionRows(bytes: Uint8Array): Promise<{ row: number; name: string }[]> {
	const loaded = await loadWorkbook(bytes);
	if (!loaded.ok) throw new Error(loaded.error);
	const survey = readSheet(loaded.sheets.survey, 'survey');
	return (survey?.rows ?? [])
		.filter((row) => {
			const type = row.cells.get('type')?.trim().toLowerCase().replace(/\s+/g, ' ') ?? '';
			return type !== '' && !STRUCTURE.test(type);
		})
		.map((row) => ({ row: row.number, name: (row.cells.get('name') ?? '').toLowerCase() }));
}

describe('the XLSForm corpus of pyxform', () => {
	it('holds the workbooks of both formats', () => {
		expect(CORPUS.filter((name) => name.endsWith('.xls')).length).toBeGreaterThan(20);
		expect(CORPUS.filter((name) => name.endsWith('.xlsx')).length).toBeGreaterThan(15);
	});

	it.each(CORPUS)('imports %s, every question row taken in or named as left out', async (name) => {
		const bytes = await readFixture(`pyxform/${name}`);
		const result = await importXlsForm(bytes, { languages: ['en', 'fr'] });
		if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result)}`);
		const codes = new Set(result.questions.map((question) => question.code));
		const named = new Set(result.problems.filter((p) => p.sheet === 'survey').map((p) => p.row));
		const unaccounted = (await listQuestionRows(bytes)).filter((row) => !codes.has(row.name) && !named.has(row.row));
		expect(unaccounted).toEqual([]);
	});

	it.each(['case_insensitivity', 'group', 'loop', 'specify_other', 'text_and_integer', 'yes_or_no_question'])(
		'reads %s the same from its .xls and its .xlsx',
		async (name) => {
			const [xls, xlsx] = await Promise.all(
				['xls', 'xlsx'].map(async (extension) =>
					importXlsForm(await readFixture(`pyxform/${name}.${extension}`), { languages: ['en', 'fr'] })
				)
			);
			expect(xls.ok).toBe(true);
			expect(xls).toEqual(xlsx);
		}
	);

	// What pyxform refuses in a form: a text naming a row the form lacks, a question (not a calculation) or a choice
	// without a label.
	// (pyxform 4.5.0 converted each of these exports without an error or a warning when this was written.)
	it.each(CORPUS)('exports what %s imported as a form whose references and labels hold', async (name) => {
		const result = await importXlsForm(await readFixture(`pyxform/${name}`), { languages: ['en', 'fr'] });
		if (!result.ok) throw new Error(result.error);
		const sheets = await readWorkbook(await exportXlsForm({ ...SURVEY, customQuestions: result.questions }));
		const survey = toRecords(sheets.survey);
		const names = new Set(survey.map((row) => row.name));
		const labels = Object.keys(survey[0]).filter((column) => column.startsWith('label'));
		for (const row of survey) {
			for (const [column, text] of Object.entries(row))
				for (const [, named] of text.matchAll(/\$\{([^}]*)\}/g))
					expect({ row: row.name, column, named: names.has(named) }).toEqual({ row: row.name, column, named: true });
			if (!['start', 'end', 'calculate', 'begin_group', 'end_group', 'end_repeat'].includes(row.type))
				expect({ row: row.name, labelled: labels.some((column) => row[column] !== '') }).toEqual({
					row: row.name,
					labelled: true
				});
		}
		for (const choice of toRecords(sheets.choices))
			expect({ choice: choice.name, labelled: labels.every((column) => choice[column] !== '') }).toEqual({
				choice: choice.name,
				labelled: true
			});
	});
});

const SURVEY: XlsFormSurvey = {
	title: 'Stay safe',
	formId: 'stay_safe',
	version: 3,
	languages: ['en', 'fr'],
	regions: [{ code: 'north', name: 'North' }],
	signatureMessages: [
		{ en: 'The sea does not forgive.', fr: 'La mer ne pardonne pas.' },
		{ en: 'The smuggler lies.', fr: 'Le passeur ment.' }
	],
	placeboMessage: { en: 'The desert is mild.', fr: 'Le désert est doux.' },
	organisation: 'Jappo',
	customQuestions: []
};
