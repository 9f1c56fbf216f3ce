import { createHash } from 'node:crypto';
import { ITEM_IDS } from '$lib/core-module';
import type { CoreAnswerColumns } from '../db/schema';
import { columnOf } from './columns';

const COLUMNS = ITEM_IDS.map((id) => columnOf(id));

/**
 * A hash of a response's core answers as stored: two responses of one link with the same one answered every
 * core item alike, which a real second respondent almost never does (the same interview sent twice, a test).
 */
export function fingerprintAnswers(row: CoreAnswerColumns): string {
	const values = COLUMNS.map((column) => row[column] ?? null);
	return createHash('sha256').update(JSON.stringify(values)).digest('base64url').slice(0, 22);
}
