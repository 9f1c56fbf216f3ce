import { json } from '@sveltejs/kit';
import type { ClusterProblem } from '$lib/design/types';
import type { ClusterFileError } from '../imports/cluster-file';
import type { MessageKey } from '$lib/i18n/types';
import { localiseMessage } from './messages';

/**
 * A 422 listing every problem of a design: a message per cluster value in `fields` (as `clusters.0.weight`),
 * and each problem's line, column, value, code and message in `problems`.
 */
export function designProblemResponse(locale: string, problems: readonly ClusterProblem[]): Response {
	const described = describeDesignProblems(locale, problems);
	const fields = Object.fromEntries(
		described.map((problem) => [
			problem.line === null ? 'clusters' : `clusters.${problem.line - 1}.${problem.column}`,
			problem.message
		])
	);
	return json(
		{
			error: {
				code: 'invalid',
				message: localiseMessage(locale, 'errors.design_invalid'),
				fields,
				problems: described
			}
		},
		{ status: 422 }
	);
}

export type DescribedProblem = ClusterProblem & { message: string };

/** Each problem with its message in the reader's language. */
export function describeDesignProblems(locale: string, problems: readonly ClusterProblem[]): DescribedProblem[] {
	return problems.map((problem) => ({
		...problem,
		message: localiseMessage(locale, `design.problem.${problem.code}` as MessageKey)
	}));
}

const FILE_ERRORS: Record<ClusterFileError, MessageKey> = {
	not_utf8: 'errors.csv_not_utf8',
	empty: 'errors.csv_empty',
	malformed: 'errors.csv_malformed',
	no_rows: 'design.file.no_rows',
	no_code_column: 'design.file.no_code_column',
	repeated_column: 'design.file.repeated_column',
	extra_values: 'design.file.extra_values',
	too_many: 'errors.design_too_many_clusters'
};

/** Why a file of clusters could not be read, in the reader's language. */
export function describeClusterFileError(locale: string, error: ClusterFileError, line: number | null): string {
	return localiseMessage(locale, FILE_ERRORS[error], { line: String(line ?? 1) });
}
