import { isCoreLanguage } from '$lib/core-module';
import { describeProblem } from '$lib/survey/respondent-texts';
import { isMessageKey } from '../i18n/catalogues';
import type { ImportProblem } from '../imports/csv-import';
import type { ImportReport } from '../imports/import-service';
import { localiseMessage } from './messages';

export type LocalisedImportReport = Omit<ImportReport, 'problems'> & {
	problems: (ImportProblem & { message: string })[];
};

/** The report with each problem said in the user's language: the file's own problems, then the answers' as the survey says them. */
export function localiseImportReport(locale: string, report: ImportReport): LocalisedImportReport {
	const language = isCoreLanguage(locale) ? locale : 'en';
	return {
		...report,
		problems: report.problems.map((problem) => {
			const key = `imports.problem.${problem.code}`;
			const message = isMessageKey(key)
				? localiseMessage(locale, key, { firstLine: problem.firstLine ?? '' })
				: describeProblem(language, problem.code, problem);
			return { ...problem, message };
		})
	};
}
