import { isOutsideCampaignDates, type CampaignDates } from '$lib/survey/campaign-dates';
import {
	LISTED_LEFT_OUT,
	type Candidate,
	type CsvReading,
	type IgnoredColumn,
	type ImportProblem,
	type LeftOutLine
} from './csv-import';

export interface OutsideDates extends CampaignDates {
	/** Rows to store (or stored) whose submission day is outside the campaign's dates: taken, and flagged. */
	count: number;
	/** The first LISTED_LEFT_OUT of their lines. */
	lines: number[];
}

export interface ImportReport {
	rows: number;
	/** The answer codes read, in the file's order. */
	columns: string[];
	/** Metadata, 0/1 option columns and unknown names, none of them read. */
	ignoredColumns: IgnoredColumn[];
	/** The first LISTED_PROBLEMS problems; while there is any, nothing is imported unless the valid rows are asked for. */
	problems: ImportProblem[];
	problemCount: number;
	rowsWithProblems: number;
	/** Of the rows without problems: refusals (C0 = no) and respondents under 15, only counted, as the survey page does. */
	refusals: number;
	notEligible: number;
	/** Rows whose submission id the campaign already holds: skipped, so a file imported twice adds nothing. */
	alreadyImported: number;
	/** Rows stored by the import (or to be, on a dry run); none while the file has problems, unless only the valid rows are asked for. */
	toImport: number;
	imported: boolean;
	/** The first LISTED_LEFT_OUT rows with problems, with their own: what an import of the valid rows leaves out. */
	leftOut: LeftOutLine[];
	/** Every row with problems. */
	leftOutCount: number;
	outsideDates: OutsideDates;
}

/** What a reading comes to: `taken` are the rows stored (or to be), none while the import is `blocked`. */
export function buildImportReport(
	reading: CsvReading,
	fresh: readonly Candidate[],
	outcome: { taken: readonly Candidate[]; imported: boolean; dates: CampaignDates }
): ImportReport {
	const outside = outcome.taken.filter(
		({ submission }) =>
			submission.outcome === 'complete' && isOutsideCampaignDates(submission.submittedAt, outcome.dates)
	);
	return {
		rows: reading.rows,
		columns: reading.columns,
		ignoredColumns: reading.ignoredColumns,
		problems: reading.problems,
		problemCount: reading.problemCount,
		rowsWithProblems: reading.rowsWithProblems,
		refusals: reading.candidates.filter((candidate) => candidate.submission.outcome === 'refused').length,
		notEligible: reading.candidates.filter((candidate) => candidate.submission.outcome === 'not_eligible').length,
		alreadyImported: reading.candidates.length - fresh.length,
		toImport: outcome.taken.length,
		imported: outcome.imported,
		leftOut: reading.leftOut,
		leftOutCount: reading.rowsWithProblems,
		outsideDates: {
			startDate: outcome.dates.startDate,
			endDate: outcome.dates.endDate,
			count: outside.length,
			lines: outside.slice(0, LISTED_LEFT_OUT).map((candidate) => candidate.line)
		}
	};
}
