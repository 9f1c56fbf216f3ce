import type { Compilable, Kysely } from 'kysely';
import type { Database } from './schema';

export type ArrayReader = (sql: string, parameters: readonly unknown[], packed: boolean) => unknown[][];

const readers = new WeakMap<object, ArrayReader>();

/** How a SQLite connection reads rows as arrays (set up by `connectDatabase`). */
export function registerArrayReader(db: Kysely<Database>, reader: ArrayReader): void {
	readers.set(db, reader);
}

/**
 * A read-only query's rows as arrays of its columns, in the order it selects them. better-sqlite3 makes an
 * object per row at a cost that, for the thousands of wide rows of a campaign's report, is as much as the
 * query itself; asked for arrays it makes none. Elsewhere, Kysely's rows in their columns' order.
 * `packed`: no column holds a blob, and SQLite may hand the rows over as one JSON text.
 */
export async function selectArrays(
	db: Kysely<Database>,
	query: Compilable<unknown>,
	{ packed = false } = {}
): Promise<unknown[][]> {
	const compiled = query.compile();
	const reader = readers.get(db);
	if (reader) return reader(compiled.sql, compiled.parameters, packed);
	const { rows } = await db.executeQuery(compiled);
	return rows.map((row) => Object.values(row as Record<string, unknown>));
}
