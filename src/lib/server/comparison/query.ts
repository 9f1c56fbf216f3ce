import type { ComparisonQuery } from '$lib/comparison/types';
import type { MessageKey } from '$lib/i18n/types';
import { isMessageKey } from '../i18n/catalogues';
import { comparisonQuerySchema, readComparisonQuery } from './schema';

export type ParsedComparisonQuery = { ok: true; query: ComparisonQuery } | { ok: false; reason: MessageKey };

/** The page's and the CSV's query string, or the first value that is wrong, as the message that says so. */
export function parseComparisonQuery(params: URLSearchParams): ParsedComparisonQuery {
	const parsed = comparisonQuerySchema.safeParse(readComparisonQuery(params));
	if (parsed.success) return { ok: true, query: parsed.data };
	const message = parsed.error.issues[0]?.message ?? '';
	return { ok: false, reason: isMessageKey(message) ? message : 'errors.invalid' };
}
