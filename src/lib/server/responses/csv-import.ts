import { planColumns, type IgnoredColumn } from './csv-columns';
import { readRow, startReading, type Candidate, type ImportProblem, type RowContext } from './csv-rows';
import { readCsvTable } from './csv-table';

export type { Candidate, ImportProblem, RowContext } from './csv-rows';
export type { IgnoredColumn } from './csv-columns';

export type CsvFileError = 'not_utf8' | 'empty' | 'no_rows' | 'malformed';

/** What a file holds for a collection link, read and checked whole; nothing is stored yet. */
export interface CsvReading {
	/** Rows with at least one value. */
	rows: number;
	/** The answer codes read, in the file's order. */
	columns: string[];
	ignoredColumns: IgnoredColumn[];
	hasLanguageColumn: boolean;
	/** Problems of the columns (line 1), then of each row, in file order. */
	problems: ImportProblem[];
	/** The rows without a problem, ready to store. */
	candidates: Candidate[];
}

/**
 * Reads a CSV of responses: columns named by answer codes (as the XLSForm export names the questions, so
 * as KoboToolbox or ODK export what was collected with it, or typed from paper forms), one response a row.
 * Every row is checked as an imported response (missing answers allowed, consent and age not).
 */
export function readResponsesCsv(
	bytes: Uint8Array,
	context: RowContext
): { ok: true; reading: CsvReading } | { ok: false; error: CsvFileError; line: number | null } {
	const table = readCsvTable(bytes);
	if (!table.ok) return table;
	const plan = planColumns(table.header, context.definition);
	const problems: ImportProblem[] = plan.problems.map((problem) => ({
		line: 1,
		column: problem.column,
		value: '',
		code: problem.code,
		min: null,
		max: null,
		firstLine: null
	}));
	const reading = startReading(table.header, plan, context);
	const candidates: Candidate[] = [];
	for (const row of table.rows) {
		const result = readRow(reading, row);
		if ('candidate' in result) candidates.push(result.candidate);
		else problems.push(...result.problems);
	}
	return {
		ok: true,
		reading: {
			rows: table.rows.length,
			columns: plan.answers.map((column) => column.code),
			ignoredColumns: plan.ignored,
			hasLanguageColumn: plan.language !== null,
			problems,
			candidates
		}
	};
}
