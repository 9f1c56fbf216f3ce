import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportXlsForm, importXlsForm, type XlsFormSurvey } from '$lib/server/xlsform';
import { customQuestionListSchema } from '$lib/survey/question-list';
import { convertAll } from './pyxform-convert';
import { readFixture } from './workbooks';

const CORPUS = readdirSync(new URL('../../../../fixtures/xlsform/pyxform/', import.meta.url))
	.filter((name) => /\.xlsx?$/.test(name))
	.sort();

const both = (en: string, fr: string) => ({ en, fr });
const SURVEY: XlsFormSurvey = {
	title: 'Partir sans papiers ? Parlons-en',
	formId: 'partir_sans_papiers',
	version: 4,
	languages: ['en', 'fr'],
	regions: [{ code: 'tamba', name: 'Tambacounda' }],
	signatureMessages: [
		both('The sea does not forgive.', 'La mer ne pardonne pas.'),
		both('The smuggler lies.', 'Le passeur ment.')
	],
	placeboMessage: both('The desert is mild.', 'Le désert est doux.'),
	organisation: 'Jappo',
	// Every kind of question and expression a survey here can hold.
	customQuestions: customQuestionListSchema.parse([
		{
			code: 'people',
			type: 'integer',
			label: both('People?', 'Personnes ?'),
			required: true,
			min: 1,
			max: 60,
			defaultAnswer: '4'
		},
		{
			code: 'adults',
			type: 'integer',
			label: both('Adults among ${people}?', 'Adultes parmi ${people} ?'),
			constraint: '. <= ${people}',
			constraintMessage: both('No more than the household', 'Pas plus que le foyer')
		},
		{ code: 'children', type: 'calculate', label: {}, calculation: '${people} - ${adults}' },
		{
			code: 'school',
			type: 'yes_no',
			label: both('School?', 'École ?'),
			relevant: '${children} > 0 and ${E1} = "yes"'
		},
		{
			code: 'country',
			type: 'single',
			label: both('Country?', 'Pays ?'),
			options: [
				{ code: 'sn', label: both('Senegal', 'Sénégal') },
				{ code: 'ml', label: both('Mali', 'Mali') }
			]
		},
		{
			code: 'city',
			type: 'multiple',
			label: both('Cities?', 'Villes ?'),
			choiceFilter: 'country = ${country}',
			defaultAnswer: 'dakar bamako',
			options: [
				{ code: 'dakar', label: both('Dakar', 'Dakar'), columns: { country: 'sn' } },
				{ code: 'bamako', label: both('Bamako', 'Bamako'), columns: { country: 'ml' } }
			]
		},
		{
			code: 'why',
			type: 'long_text',
			label: both('Why?', 'Pourquoi ?'),
			requiredIf: "selected(${city}, 'bamako')",
			requiredMessage: both('Please say why', 'Dites pourquoi')
		},
		{ code: 'left', type: 'datetime', label: both('Left when?', 'Parti quand ?'), page: 'journey' },
		{ code: 'woke', type: 'time', label: both('Woke when?', 'Réveillé quand ?'), page: 'journey' },
		{
			code: 'born',
			type: 'date',
			label: both('Born?', 'Né ?'),
			constraint: '. < today()',
			defaultAnswer: '2000-01-31'
		},
		{ code: 'read', type: 'acknowledge', label: both('I have read this', 'J’ai lu ceci') },
		{ code: 'mood', type: 'scale_5', label: both('Mood?', 'Humeur ?') },
		{
			code: 'priorities',
			type: 'rank',
			label: both('Rank what matters', 'Classez ce qui compte'),
			options: [
				{ code: 'work', label: both('Work', 'Travail') },
				{ code: 'family', label: both('Family', 'Famille') }
			]
		},
		{ code: 'info', type: 'note', label: both('Thanks, ${people}', 'Merci, ${people}') }
	])
};

const folder = mkdtempSync(join(tmpdir(), 'mesure-pyxform-'));
const readFileAsBuffer = async (file: string) => new Uint8Array(readFileSync(file));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the XLSForms Mesure exports, converted by pyxform 4.5.0', () => {
	it(
		'converts every export without an error or a warning: a survey with every kind of question, and each form of the corpus once imported',
		{ timeout: 180_000 },
		async () => {
			const files = [join(folder, 'survey.xlsx')];
			writeFileSync(files[0], await exportXlsForm(SURVEY));
			for (const name of CORPUS) {
				const imported = await importXlsForm(await readFixture(`pyxform/${name}`), { languages: ['en', 'fr'] });
				if (!imported.ok) throw new Error(`${name}: ${imported.error}`);
				const file = join(folder, name.replace(/\.xlsx?$/, '.xlsx'));
				writeFileSync(file, await exportXlsForm({ ...SURVEY, customQuestions: imported.questions }));
				files.push(file);
			}
			const results = convertAll(files);
			expect(results.map((result) => result.file)).toEqual(files.map((file) => file.split('/').at(-1)));
			expect(results.filter((result) => result.error !== null || result.warnings.length > 0)).toEqual([]);
		}
	);

	it('writes defaults as the form means them, in a page whatever its name, and reads them back', async () => {
		const questions = customQuestionListSchema.parse([
			{ code: 'place', type: 'text', label: both('Where?', 'Où ?'), defaultAnswer: 'Dakar - Plateau', page: 'start' },
			{ code: 'shop', type: 'text', label: both('Shop?', 'Boutique ?'), defaultAnswer: "Chez Awa | l'autre" },
			{ code: 'share', type: 'decimal', label: both('Share?', 'Part ?'), defaultAnswer: '1,5', page: 'meta' },
			{ code: 'count', type: 'integer', label: both('Count?', 'Nombre ?'), defaultAnswer: '٣', page: 'end' },
			{ code: 'plain', type: 'text', label: both('Name?', 'Nom ?'), defaultAnswer: 'Ndioum' },
			{
				code: 'pick',
				type: 'single',
				label: both('Pick?', 'Choix ?'),
				defaultAnswer: 'a-b',
				options: [
					{ code: 'a-b', label: both('A', 'A') },
					{ code: 'c', label: both('C', 'C') }
				]
			}
		]);
		const file = join(folder, 'defaults.xlsx');
		writeFileSync(file, await exportXlsForm({ ...SURVEY, customQuestions: questions }));
		const [result] = convertAll([file], true);
		expect(result).toMatchObject({ error: null, warnings: [] });
		// A text pyxform would work out as an expression is one that gives the text; numbers as XForms write them.
		expect(result.xml).toContain(`value="concat('Dakar - Plateau', '')"`);
		expect(result.xml).toContain(`value="concat('Chez Awa | l', &quot;'&quot;, 'autre', '')"`);
		expect(result.xml).toContain(`value="concat('a-b', '')"`);
		expect(result.xml).toMatch(/<share>1\.5<\/share>/);
		expect(result.xml).toMatch(/<count>3<\/count>/);
		expect(result.xml).toMatch(/<plain>Ndioum<\/plain>/);
		const imported = await importXlsForm(await readFileAsBuffer(file), { languages: ['en', 'fr'] });
		if (!imported.ok) throw new Error(imported.error);
		expect(Object.fromEntries(imported.questions.map((q) => [q.code, q.defaultAnswer]))).toMatchObject({
			place: 'Dakar - Plateau',
			shop: "Chez Awa | l'autre",
			share: '1.5',
			count: '3',
			plain: 'Ndioum',
			pick: 'a-b'
		});
	});

	it('refuses what pyxform refuses, so that a pass means something', () => {
		const broken = join(folder, 'broken.xlsx');
		writeFileSync(broken, 'not a workbook');
		expect(convertAll([broken])[0].error).not.toBeNull();
	});
});
