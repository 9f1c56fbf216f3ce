import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportXlsForm, importXlsForm, type XlsFormSurvey } from '$lib/server/xlsform';
import { convertAll } from './pyxform-convert';
import { readWorkbook, toRecords } from './workbooks';

const SURVEY: XlsFormSurvey = {
	title: 'Heard questions',
	formId: 'heard',
	version: 1,
	languages: ['fr', 'ar'],
	regions: [{ code: 'dakar', name: 'Dakar' }],
	signatureMessages: [
		{ fr: 'Un', ar: 'واحد' },
		{ fr: 'Deux', ar: 'اثنان' }
	],
	placeboMessage: { fr: 'Placebo', ar: 'بلاسيبو' },
	customQuestions: [
		{
			code: 'water',
			type: 'yes_no',
			label: { fr: 'Eau ?', ar: 'ماء؟' },
			hint: {},
			required: false,
			options: [],
			min: null,
			max: null,
			showIf: null
		}
	]
};

describe('exportXlsForm: recordings', () => {
	it('names each recorded question’s files in XLSForm’s media column, per language', async () => {
		const audio = { K1: { fr: 'K1-fr.opus', ar: 'K1-ar.mp3' }, water: { ar: 'water-ar.m4a' } };
		const sheets = await readWorkbook(await exportXlsForm({ ...SURVEY, audio }));
		expect(sheets.survey[0].slice(-2)).toEqual(['audio::French (fr)', 'audio::Arabic (ar)']);
		const rows = toRecords(sheets.survey);
		const files = (name: string) => {
			const row = rows.find((one) => one.name === name)!;
			return [row['audio::French (fr)'], row['audio::Arabic (ar)']];
		};
		expect(files('K1')).toEqual(['K1-fr.opus', 'K1-ar.mp3']);
		expect(files('water')).toEqual(['', 'water-ar.m4a']);
		expect(files('K2')).toEqual(['', '']);
		// The media column is not a question's: the form imports as it did.
		const imported = await importXlsForm(await exportXlsForm({ ...SURVEY, audio }), { languages: ['fr', 'ar'] });
		if (!imported.ok) throw new Error(imported.error);
		expect(imported.questions.map((question) => question.code)).toEqual(['water']);
	});

	it('makes an XForm pyxform converts, whose questions name their audio', async () => {
		const folder = mkdtempSync(join(tmpdir(), 'mesure-audio-xlsform-'));
		try {
			const file = join(folder, 'audio.xlsx');
			writeFileSync(file, await exportXlsForm({ ...SURVEY, audio: { K1: { fr: 'K1-fr.opus' } } }));
			const [result] = convertAll([file], true);
			expect(result).toMatchObject({ error: null, warnings: [] });
			expect(result.xml).toContain('jr://audio/K1-fr.opus');
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	});

	it('leaves the media columns out of a form without recordings', async () => {
		const sheets = await readWorkbook(await exportXlsForm(SURVEY));
		expect(sheets.survey[0].some((header) => String(header).startsWith('audio'))).toBe(false);
	});
});
