import type { LocalisedText, SurveyLanguage } from '$lib/survey/custom-question';
import { parseTextColumn, type TextField } from './languages';
import type { ImportProblem } from './types';
import { normaliseColumn, type Sheet, type SheetRow } from './workbook';

export type TextReader = (row: SheetRow, field: TextField) => LocalisedText;

/**
 * Reads labels, hints and messages in every language the sheet has. An unmarked column counts for `fallback` unless a
 * marked column gives that language too; a language we do not offer is reported once per column.
 */
export function makeTextReader(sheet: Sheet, fallback: SurveyLanguage, problems: ImportProblem[]): TextReader {
	const columns = new Map<string, { field: string; language: SurveyLanguage; marked: boolean }>();
	for (const header of sheet.columns) {
		const column = parseTextColumn(header);
		if (!column) continue;
		if (column.kind === 'unsupported') {
			problems.push({
				sheet: sheet.name,
				row: sheet.headerRow,
				column: header,
				reason: 'unsupported_language',
				detail: `“${column.name}” is none of the survey languages (en, fr, pt, es, ar): its texts are left out`
			});
			continue;
		}
		const marked = column.kind === 'language';
		const language = column.kind === 'language' ? column.language : fallback;
		const key = normaliseColumn(header);
		if (!columns.has(key)) columns.set(key, { field: column.field, language, marked });
	}
	// Through the row's own cells, not every text column: a sheet may have thousands of columns and of rows.
	return (row, field) => {
		const text: LocalisedText = {};
		const marked: [SurveyLanguage, string][] = [];
		for (const [key, value] of row.cells) {
			const column = columns.get(key);
			if (column?.field !== field) continue;
			if (column.marked) marked.push([column.language, value]);
			else text[column.language] = value;
		}
		// Marked columns last, so that they win over the unmarked one.
		for (const [language, value] of marked) text[language] = value;
		return text;
	};
}
