import type { MessageKey } from '$lib/i18n/types';
import type { ImportProblem } from '../imports/csv-import';
import type { ImportReport, OutsideDates } from '../imports/import-service';
import { describeImportProblem } from '../imports/problem-text';
import { localiseMessage } from './messages';

type LocalisedProblem = ImportProblem & { message: string };

export type LocalisedImportReport = Omit<ImportReport, 'problems' | 'leftOut' | 'outsideDates'> & {
	problems: LocalisedProblem[];
	/** Each left-out row's problems are its `reasons`. */
	leftOut: { line: number; reasons: LocalisedProblem[] }[];
	/** With a sentence saying how many rows are dated outside the campaign's dates, and that they are flagged. */
	outsideDates: OutsideDates & { message: string };
};

/** The report with each problem said in the user's language: the file's own problems, then the answers' as the survey says them. */
export function localiseImportReport(locale: string, report: ImportReport): LocalisedImportReport {
	const localise = (problem: ImportProblem): LocalisedProblem => ({
		...problem,
		message: describeImportProblem(locale, problem)
	});
	const { outsideDates } = report;
	const key: MessageKey = report.imported ? 'imports.outside_dates_done' : 'imports.outside_dates_planned';
	return {
		...report,
		problems: report.problems.map(localise),
		leftOut: report.leftOut.map(({ line, problems }) => ({ line, reasons: problems.map(localise) })),
		outsideDates: {
			...outsideDates,
			message: localiseMessage(locale, key, {
				count: outsideDates.count,
				start: outsideDates.startDate,
				end: outsideDates.endDate
			})
		}
	};
}
