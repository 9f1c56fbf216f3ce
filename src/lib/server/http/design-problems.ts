import { json } from '@sveltejs/kit';
import type { ClusterProblem } from '$lib/design/types';
import type { MessageKey } from '$lib/i18n/types';
import { localiseMessage } from './messages';

/**
 * A 422 listing every problem of a design: a message per cluster value in `fields` (as `clusters.0.weight`),
 * and each problem's line, column, value, code and message in `problems`.
 */
export function designProblemResponse(locale: string, problems: readonly ClusterProblem[]): Response {
	const described = problems.map((problem) => ({
		...problem,
		message: localiseMessage(locale, `design.problem.${problem.code}` as MessageKey)
	}));
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
