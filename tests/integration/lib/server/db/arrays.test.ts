import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { selectArrays } from '$lib/server/db/arrays';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';

// Reals a report's sums hold: thirds, tenths and large sums, whose last digits a shorter writing would lose.
const REALS = [1 / 3, 0.1 + 0.2, 123456.78901234567, (2 / 3) * 1e5, -4.5e-7, 2 ** 53 - 1, 0];

describe.each(DIALECTS)('rows read as arrays on %s', (dialect) => {
	let t: TestDatabase;

	beforeEach(async () => {
		t = await openTestDatabase(dialect);
	});
	afterEach(async () => t.close());

	it.each([false, true])('gives every value as stored, packed: %s', async (packed) => {
		const rows = sql<unknown>`${sql.join(
			REALS.map(
				(value, i) =>
					sql`select ${sql.lit(i)} as n, ${sql.lit(`text "${i}" é`)} as t, cast(${value} as double precision) as r`
			),
			sql` union all `
		)}`;
		const read = await selectArrays(t.db, { compile: () => rows.compile(t.db) }, { packed });
		const byOrder = [...read].sort((a, b) => Number(a[0]) - Number(b[0]));
		expect(byOrder.map((row) => Number(row[2]))).toEqual(REALS);
		expect(byOrder.map((row) => row[1])).toEqual(REALS.map((_, i) => `text "${i}" é`));
	});

	it('gives no row as none', async () => {
		const none = sql<unknown>`select 1 as n where 1 = 0`;
		expect(await selectArrays(t.db, { compile: () => none.compile(t.db) }, { packed: true })).toEqual([]);
	});
});
