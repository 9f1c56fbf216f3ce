import { error } from '@sveltejs/kit';
import { fieldErrors } from '../http/form';
import { comparisonQuerySchema, readComparisonQuery, type ComparisonQuery } from './schema';

/** The page's and the CSV's query string, or a 400 that says, in the reader's language, which value is wrong. */
export function parseComparisonQuery(url: URL, locale: string): ComparisonQuery {
	const parsed = comparisonQuerySchema.safeParse(readComparisonQuery(url.searchParams));
	if (!parsed.success) error(400, Object.values(fieldErrors(parsed.error, locale))[0]);
	return parsed.data;
}
