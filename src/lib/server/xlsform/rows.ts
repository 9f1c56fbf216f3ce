import ExcelJS from 'exceljs';
import type { LocalisedText, SurveyLanguage } from '$lib/survey/custom-question';
import { formatLanguage, formatTextColumn } from './languages';

export interface SurveyRow {
	type: string;
	name: string;
	label: LocalisedText;
	hint: LocalisedText;
	required: boolean;
	relevant: string;
	constraint: string;
	constraintMessage: LocalisedText;
	appearance: string;
}

export interface ChoiceRow {
	listName: string;
	name: string;
	label: LocalisedText;
}

export interface SettingsRow {
	title: string;
	formId: string;
	version: string;
	defaultLanguage: SurveyLanguage;
}

export function localise(
	languages: readonly SurveyLanguage[],
	write: (language: SurveyLanguage) => string
): LocalisedText {
	return Object.fromEntries(languages.map((language) => [language, write(language)]));
}

/** One column per language; a language with no text gets an empty cell, never another language's text. */
function writeTexts(text: LocalisedText, languages: readonly SurveyLanguage[]): string[] {
	return languages.map((language) => text[language] ?? '');
}

export async function writeWorkbook(
	survey: readonly SurveyRow[],
	choices: readonly ChoiceRow[],
	settings: SettingsRow,
	languages: readonly SurveyLanguage[]
): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	const columns = (field: 'label' | 'hint' | 'constraint_message') =>
		languages.map((language) => formatTextColumn(field, language));

	const surveySheet = workbook.addWorksheet('survey');
	surveySheet.addRow([
		'type',
		'name',
		...columns('label'),
		...columns('hint'),
		'required',
		'relevant',
		'constraint',
		...columns('constraint_message'),
		'appearance'
	]);
	for (const row of survey) {
		surveySheet.addRow([
			row.type,
			row.name,
			...writeTexts(row.label, languages),
			...writeTexts(row.hint, languages),
			row.required ? 'yes' : '',
			row.relevant,
			row.constraint,
			...writeTexts(row.constraintMessage, languages),
			row.appearance
		]);
	}

	const choicesSheet = workbook.addWorksheet('choices');
	choicesSheet.addRow(['list_name', 'name', ...columns('label')]);
	for (const row of choices) choicesSheet.addRow([row.listName, row.name, ...writeTexts(row.label, languages)]);

	const settingsSheet = workbook.addWorksheet('settings');
	settingsSheet.addRow(['form_title', 'form_id', 'version', 'default_language']);
	settingsSheet.addRow([settings.title, settings.formId, settings.version, formatLanguage(settings.defaultLanguage)]);

	for (const sheet of [surveySheet, choicesSheet, settingsSheet]) {
		sheet.getRow(1).font = { bold: true };
		sheet.views = [{ state: 'frozen', ySplit: 1 }];
	}
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}
