import type { LocalisedText, SurveyLanguage } from '$lib/survey/custom-question';
import { parseTextColumn } from './languages';
import type { ImportProblem } from './types';
import { normaliseColumn, type Sheet, type SheetRow } from './workbook';

export type TextReader = (row: SheetRow, field: 'label' | 'hint') => LocalisedText;

/**
 * Reads labels and hints in every language the sheet has. An unmarked column counts for `fallback` unless a
 * marked column gives that language too; a language we do not offer is reported once per column.
 */
export function makeTextReader(sheet: Sheet, fallback: SurveyLanguage, problems: ImportProblem[]): TextReader {
	const columns: { key: string; field: string; language: SurveyLanguage; marked: boolean }[] = [];
	for (const header of sheet.columns) {
		const column = parseTextColumn(header);
		if (!column || column.field === 'constraint_message') continue;
		if (column.language === 'unsupported') {
			problems.push({
				sheet: sheet.name,
				row: sheet.headerRow,
				column: header,
				reason: 'unsupported_language',
				detail: `“${column.name}” is none of the survey languages (en, fr, pt, es, ar): its texts are left out`
			});
			continue;
		}
		const marked = column.language !== 'default';
		const language = column.language === 'default' ? fallback : column.language;
		columns.push({ key: normaliseColumn(header), field: column.field, language, marked });
	}
	// Marked columns last, so that they win over the unmarked one.
	columns.sort((a, b) => Number(a.marked) - Number(b.marked));
	return (row, field) => {
		const text: LocalisedText = {};
		for (const column of columns) {
			const value = row.cells.get(column.key);
			if (column.field === field && value) text[column.language] = value;
		}
		return text;
	};
}
