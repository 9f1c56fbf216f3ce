import { planColumns, type IgnoredColumn } from './csv-columns';
import { readRow, startReading, type Candidate, type ImportProblem, type RowContext } from './csv-rows';
import { CsvTableFailure, readCsvTable, type CsvTableError, type ReadCount } from './csv-table';
import { writeLeftOutCsv, type LeftOutRow } from './left-out-csv';

export type { Candidate, ImportProblem, RowContext } from './csv-rows';
export type { IgnoredColumn } from './csv-columns';

export type CsvFileError = CsvTableError | 'too_many_rows';

/** Enough to see what is wrong with a file; past that, the count says how much more there is. */
export const LISTED_PROBLEMS = 1000;

/** The rows with problems listed with their reasons, likewise; the left-out rows' CSV has them all. */
export const LISTED_LEFT_OUT = 1000;

/** A row with problems, which an import of the valid rows leaves out. */
export interface LeftOutLine {
	line: number;
	problems: ImportProblem[];
}

/** What a file holds for a collection link, read and checked whole; nothing is stored yet. */
export interface CsvReading {
	/** Rows with at least one value. */
	rows: number;
	/** The answer codes read, in the file's order. */
	columns: string[];
	ignoredColumns: IgnoredColumn[];
	hasLanguageColumn: boolean;
	/** The first LISTED_PROBLEMS problems of the columns (line 1), then of each row, in file order. */
	problems: ImportProblem[];
	problemCount: number;
	/** Problems of the header (duplicate or missing columns): no row can be taken while there is one. */
	columnProblems: number;
	rowsWithProblems: number;
	/** The first LISTED_LEFT_OUT rows with problems, each with all of its own. */
	leftOut: LeftOutLine[];
	/** The rows without a problem, ready to store; none on a reading for the left-out rows. */
	candidates: Candidate[];
	/** Every row with problems as a CSV to correct (left-out-csv.ts), when asked for; null otherwise. */
	leftOutCsv: string | null;
}

export type CsvReadResult = { ok: true; reading: CsvReading } | { ok: false; error: CsvFileError; line: number | null };

export interface CsvReadOptions {
	/** Past this many rows the file is refused, read no further. */
	maxRows: number;
	/** Told now and then how far the reading is. */
	onProgress?: (progress: { bytes: number; rows: number }) => void;
	/**
	 * Asks for the rows with problems as a CSV, their reasons in this locale's words: their cells are kept (the
	 * file's size at most) instead of the rows to store, which such a reading does not need.
	 */
	leftOutCsv?: { locale: string };
}

const PROGRESS_EVERY_ROWS = 1000;

/**
 * Reads a CSV of responses: columns named by answer codes (as the XLSForm export names the questions, so
 * as KoboToolbox or ODK export what was collected with it, or typed from paper forms), one response a row.
 * Every row is checked as an imported response (missing answers allowed, consent and age not), as it is
 * read: only the rows to store and the first problems are kept.
 */
export async function readResponsesCsv(
	chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
	context: RowContext,
	options: CsvReadOptions
): Promise<CsvReadResult> {
	const count: ReadCount = { bytes: 0 };
	const problems: ImportProblem[] = [];
	let problemCount = 0;
	let rowsWithProblems = 0;
	const note = (found: readonly ImportProblem[]) => {
		problemCount += found.length;
		for (const problem of found) if (problems.length < LISTED_PROBLEMS) problems.push(problem);
	};
	const candidates: Candidate[] = [];
	const leftOut: LeftOutLine[] = [];
	const leftOutRows: LeftOutRow[] = [];
	let columnProblems = 0;
	let rows = 0;
	let plan: ReturnType<typeof planColumns> | null = null;
	let reading: ReturnType<typeof startReading> | null = null;
	try {
		for await (const row of readCsvTable(chunks, count)) {
			if (reading === null || plan === null) {
				plan = planColumns(row.cells, context.definition);
				note(
					plan.problems.map((problem) => ({
						line: 1,
						column: problem.column,
						value: '',
						code: problem.code,
						min: null,
						max: null,
						firstLine: null
					}))
				);
				columnProblems = plan.problems.length;
				reading = startReading(row.cells, plan, context);
				continue;
			}
			if (rows === options.maxRows) return { ok: false, error: 'too_many_rows', line: row.line };
			rows += 1;
			const result = readRow(reading, row);
			if ('candidate' in result) {
				if (!options.leftOutCsv) candidates.push(result.candidate);
			} else {
				if (result.problems.length > 0) {
					rowsWithProblems += 1;
					if (leftOut.length < LISTED_LEFT_OUT) leftOut.push({ line: row.line, problems: result.problems });
					if (options.leftOutCsv) leftOutRows.push({ line: row.line, cells: row.cells, problems: result.problems });
				}
				note(result.problems);
			}
			if (rows % PROGRESS_EVERY_ROWS === 0) options.onProgress?.({ bytes: count.bytes, rows });
		}
	} catch (error) {
		if (error instanceof CsvTableFailure) return { ok: false, error: error.error, line: error.line };
		throw error;
	}
	if (rows === 0 || plan === null || reading === null) return { ok: false, error: 'no_rows', line: null };
	options.onProgress?.({ bytes: count.bytes, rows });
	return {
		ok: true,
		reading: {
			rows,
			columns: plan.answers.map((column) => column.code),
			ignoredColumns: plan.ignored,
			hasLanguageColumn: plan.language !== null,
			problems,
			problemCount,
			columnProblems,
			rowsWithProblems,
			leftOut,
			candidates,
			leftOutCsv: options.leftOutCsv ? writeLeftOutCsv(reading.header, leftOutRows, options.leftOutCsv.locale) : null
		}
	};
}
