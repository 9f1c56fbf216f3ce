import { checkExpression } from './expressions';
import type { ImportRefusal, SheetName } from './types';
import type { Sheet } from './workbook';

/** The columns whose expressions the import reads. */
const EXPRESSION_COLUMNS = ['relevant', 'constraint'];

export interface RefusedCell {
	error: ImportRefusal;
	sheet: SheetName;
	row: number;
	column: string;
}

/**
 * The first `relevant` or `constraint` too long or too deep to read: the whole file is refused rather than the
 * question imported without it: no form needs one, and reading it could hold the server.
 */
export function findRefusedCell(sheet: Sheet): RefusedCell | null {
	for (const row of sheet.rows) {
		for (const column of EXPRESSION_COLUMNS) {
			const text = row.cells.get(column);
			const problem = text ? checkExpression(text) : null;
			if (problem) {
				const error = problem === 'too_long' ? 'expression_too_long' : 'expression_too_deep';
				return { error, sheet: sheet.name, row: row.number, column };
			}
		}
	}
	return null;
}
