/** What the responses table can show besides the answers, in its order. */
export const META_COLUMNS = [
	'submitted',
	'wave',
	'group',
	'link',
	'mode',
	'language',
	'duration',
	'state',
	'flags'
] as const;
export type MetaColumn = (typeof META_COLUMNS)[number];

/** What the table shows until its reader chooses. */
export const DEFAULT_COLUMNS: readonly MetaColumn[] = ['submitted', 'link', 'mode', 'duration', 'state', 'flags'];

/** The filters the table's address keeps, by their name there. */
export const FILTER_PARAMS = ['wave', 'group', 'link', 'mode', 'language', 'from', 'to', 'state', 'flag'] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

/** The parameter that lists the chosen columns, once each: `?col=submitted&col=K1`. */
export const COLUMN_PARAM = 'col';

export function isMetaColumn(column: string): column is MetaColumn {
	return (META_COLUMNS as readonly string[]).includes(column);
}

/** The columns the address asks for, in the table's order (answers after), unknown ones left out; none: the default. */
export function readColumns(params: URLSearchParams, answerCodes: readonly string[]): string[] {
	const asked = new Set(params.getAll(COLUMN_PARAM));
	const chosen = [...META_COLUMNS, ...answerCodes].filter((column) => asked.has(column));
	return chosen.length > 0 ? chosen : [...DEFAULT_COLUMNS];
}

/** The filters of an address, as its form fields hold them (empty: no filter). */
export function readFilterValues(params: URLSearchParams): Record<FilterParam, string> {
	return Object.fromEntries(FILTER_PARAMS.map((name) => [name, params.get(name) ?? ''])) as Record<FilterParam, string>;
}

/** An address's query with some parameters replaced (null removes one; a list repeats it). */
export function withParams(params: URLSearchParams, changes: Record<string, string | string[] | null>): string {
	const next = new URLSearchParams([...params].filter(([name]) => !name.startsWith('/')));
	for (const [name, value] of Object.entries(changes)) {
		next.delete(name);
		for (const one of value === null ? [] : Array.isArray(value) ? value : [value])
			if (one !== '') next.append(name, one);
	}
	const query = next.toString();
	return query ? `?${query}` : '?';
}

/** The query of the table's address as it is, without a form action's name (`/bulk`) a post left in it. */
export function keepQuery(params: URLSearchParams): string {
	const kept = new URLSearchParams([...params].filter(([name]) => !name.startsWith('/')));
	const query = kept.toString();
	return query ? `?${query}` : '?';
}

/**
 * A form action's address that keeps the table's query: posted without JavaScript, the page that answers is
 * the same selection, and so is what its confirmation covers.
 */
export function actionKeepingQuery(params: URLSearchParams, action: string): string {
	const query = keepQuery(params);
	return `${query}${query === '?' ? '' : '&'}/${action}`;
}
