import ExcelJS from 'exceljs';
import { CHOICE_SHEET_COLUMN, type LocalisedText, type SurveyLanguage } from '$lib/survey/custom-question';
import { formatLanguage, formatTextColumn, type TextField } from './languages';

export interface SurveyRow {
	type: string;
	name: string;
	label: LocalisedText;
	hint: LocalisedText;
	/** True, or a condition under which an answer is needed. */
	required: boolean | string;
	relevant: string;
	constraint: string;
	constraintMessage: LocalisedText;
	appearance: string;
	requiredMessage?: LocalisedText;
	calculation?: string;
	choiceFilter?: string;
	defaultAnswer?: string;
	/** A repeat group's `repeat_count`. */
	repeatCount?: string;
	/** The question's recording per language, by its file name (the form's media). */
	audio?: LocalisedText;
}

export interface ChoiceRow {
	listName: string;
	name: string;
	label: LocalisedText;
	/** Read by choice filters. */
	columns?: Record<string, string>;
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
	const columns = (field: TextField) => languages.map((language) => formatTextColumn(field, language));
	const none: LocalisedText = {};

	// Only a form with recordings has the media columns: others stay as they were.
	const audio = survey.some((row) => row.audio) ? languages : [];
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
		...columns('required_message'),
		'appearance',
		'calculation',
		'choice_filter',
		'default',
		'repeat_count',
		...audio.map((language) => `audio::${formatLanguage(language)}`)
	]);
	for (const row of survey) {
		surveySheet.addRow([
			row.type,
			row.name,
			...writeTexts(row.label, languages),
			...writeTexts(row.hint, languages),
			row.required === true ? 'yes' : row.required || '',
			row.relevant,
			row.constraint,
			...writeTexts(row.constraintMessage, languages),
			...writeTexts(row.requiredMessage ?? none, languages),
			row.appearance,
			row.calculation ?? '',
			row.choiceFilter ?? '',
			row.defaultAnswer ?? '',
			row.repeatCount ?? '',
			...writeTexts(row.audio ?? none, audio)
		]);
	}

	const choicesSheet = workbook.addWorksheet('choices');
	// A version stored before the choices sheet's own column names were refused keeps its data, not such a column.
	const extra = [...new Set(choices.flatMap((row) => Object.keys(row.columns ?? {})))].filter(
		(name) => !CHOICE_SHEET_COLUMN.test(name)
	);
	choicesSheet.addRow(['list_name', 'name', ...columns('label'), ...extra]);
	for (const row of choices) {
		const cells = extra.map((name) => row.columns?.[name] ?? '');
		choicesSheet.addRow([row.listName, row.name, ...writeTexts(row.label, languages), ...cells]);
	}

	const settingsSheet = workbook.addWorksheet('settings');
	settingsSheet.addRow(['form_title', 'form_id', 'version', 'default_language']);
	settingsSheet.addRow([settings.title, settings.formId, settings.version, formatLanguage(settings.defaultLanguage)]);

	for (const sheet of [surveySheet, choicesSheet, settingsSheet]) {
		sheet.getRow(1).font = { bold: true };
		sheet.views = [{ state: 'frozen', ySplit: 1 }];
	}
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}
