import type { AnswerValue, ResponseItem } from '$lib/review/types';
import type { CoreAnswerColumns } from '../db/schema';
import { fromAnswerColumns } from '../responses/columns';
import { readFlags } from './flags';
import type { ResponseRow } from './repository';

/** Core answers by item id, then the custom questions' by code. */
export function readAnswers(row: CoreAnswerColumns & { custom_answers: string }): Record<string, AnswerValue> {
	return { ...(fromAnswerColumns(row) as Record<string, AnswerValue>), ...JSON.parse(row.custom_answers) };
}

export function toResponseItem(row: ResponseRow): ResponseItem {
	return {
		id: row.id,
		clientId: row.client_id,
		linkId: row.link_id,
		wave: row.wave,
		group: row.group_name,
		mode: row.mode,
		language: row.language,
		submittedAt: row.submitted_at,
		durationSeconds: row.duration_seconds === null ? null : Number(row.duration_seconds),
		state: row.review_state,
		flags: readFlags(row),
		cluster: row.cluster_code,
		stratum: row.cluster_stratum,
		weight: row.design_weight === null ? null : Number(row.design_weight),
		panelId: row.panel_code,
		answers: readAnswers(row as unknown as CoreAnswerColumns & { custom_answers: string })
	};
}
