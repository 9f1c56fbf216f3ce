import type { SheetName } from './types';

/** A row of a sheet as read, whatever the file's format: its number and its non-empty cells' texts by column (1, 2…). */
export interface RawRow {
	number: number;
	texts: [column: number, text: string][];
}

/**
 * The sheets an XLSForm is read from, by their name in lower case (a workbook of one sheet, whatever its name, is a
 * survey, as pyxform reads it); a sheet the file lacks is absent.
 */
export type WorkbookSheets = Partial<Record<SheetName, RawRow[]>>;

export const XLSFORM_SHEETS: readonly SheetName[] = ['survey', 'choices', 'settings'];

/** Whether a sheet's name (as a workbook spells it) is that of one of the XLSForm's sheets. */
export function xlsFormSheetOf(name: string): SheetName | null {
	const key = name.trim().toLowerCase();
	return XLSFORM_SHEETS.find((sheet) => sheet === key) ?? null;
}

export type LoadedWorkbook =
	{ ok: true; sheets: WorkbookSheets } | { ok: false; error: 'not_a_workbook' | 'too_large' };
