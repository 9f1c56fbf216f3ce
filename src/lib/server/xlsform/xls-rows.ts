import { read, type CellObject } from '@e965/xlsx';
import { xlsFormSheetOf, type LoadedWorkbook, type RawRow, type WorkbookSheets } from './sheets';

/**
 * The XLSForm's sheets of an .xls workbook (Excel 97–2003, as older KoboToolbox and ODK forms come): cells' values,
 * never their formulas, styles or macros. Run where a hostile file can take only bounded memory and time.
 */
export function readXls(bytes: Uint8Array): LoadedWorkbook {
	let sheets: WorkbookSheets;
	const text = { characters: 0 };
	try {
		const workbook = read(bytes, {
			type: 'array',
			dense: true,
			cellDates: true,
			cellFormula: false,
			cellHTML: false,
			cellStyles: false,
			bookVBA: false
		});
		sheets = {};
		for (const name of workbook.SheetNames) {
			const sheet = xlsFormSheetOf(name);
			if (sheet && !sheets[sheet]) sheets[sheet] = readRows(workbook.Sheets[name]['!data'] ?? [], text);
		}
		const [only, ...others] = workbook.SheetNames;
		if (only && others.length === 0 && !sheets.survey)
			sheets.survey = readRows(workbook.Sheets[only]['!data'] ?? [], text);
	} catch (error) {
		return { ok: false, error: error instanceof TooMuchText ? 'too_large' : 'not_a_workbook' };
	}
	return { ok: true, sheets };
}

/**
 * The most text the sheets may hold once each cell is its own (an .xls keeps a text used many times once): an
 * XLSForm holds a few hundred kB; the .xlsx path unpacks at most 50 MB.
 */
export const MOST_TEXT_CHARACTERS = 20_000_000;

class TooMuchText extends Error {}

function readRows(data: (CellObject | undefined)[][], text: { characters: number }): RawRow[] {
	const rows: RawRow[] = [];
	data.forEach((cells, r) => {
		const texts: RawRow['texts'] = [];
		cells?.forEach((cell, c) => {
			const value = cell ? readCell(cell) : '';
			text.characters += value.length;
			if (text.characters > MOST_TEXT_CHARACTERS) throw new TooMuchText();
			if (value !== '') texts.push([c + 1, value]);
		});
		rows.push({ number: r + 1, texts });
	});
	return rows;
}

function readCell(cell: CellObject): string {
	if (cell.t === 's') return String(cell.v ?? '').trim();
	if (cell.t === 'n' || cell.t === 'b') return String(cell.v);
	if (cell.t === 'd' && cell.v instanceof Date) return cell.v.toISOString().slice(0, 10);
	return '';
}
