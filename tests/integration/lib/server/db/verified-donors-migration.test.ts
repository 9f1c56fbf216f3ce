import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from '$lib/server/db/migrate';
import type { Database } from '$lib/server/db/schema';
import { getInstanceSettings } from '$lib/server/settings/service';
import { DIALECTS } from '../../../../helpers/db';
import { openDatabaseAt } from '../../../../helpers/migrations';

const BEFORE = '20261202170000_retention';

const openBefore = (dialect: 'sqlite' | 'postgres') => openDatabaseAt(dialect, BEFORE);

async function insertOrganisation(db: Kysely<Database>, id: string, name: string, createdAt: string): Promise<void> {
	// The columns of the time, before name_key existed.
	await (db as Kysely<any>)
		.insertInto('organisations')
		.values({ id, name, type: 'donor', created_at: createdAt })
		.execute();
}

describe.each(DIALECTS)('the migration to verified donors and unique names on %s', (dialect) => {
	let close: (() => Promise<void>) | undefined;
	afterEach(async () => close?.());

	it('keeps the oldest of two same names, renames the later ones, and keeps open sign-up open where it was', async () => {
		const opened = await openBefore(dialect);
		close = opened.close;
		const { db } = opened;
		await insertOrganisation(db, 'a', 'Rabat Fund', '2026-01-01T00:00:00.000Z');
		await insertOrganisation(db, 'b', 'rabat  Fünd', '2026-02-01T00:00:00.000Z');
		await insertOrganisation(db, 'c', 'RABAT FUND', '2026-03-01T00:00:00.000Z');
		await db
			.insertInto('users')
			.values({
				id: 'u',
				email: 'u@example.org',
				name: 'U',
				password_hash: 'x',
				created_at: '2026-01-01T00:00:00.000Z'
			})
			.execute();
		expect(await migrateToLatest(db)).toMatchObject({ ok: true });
		const rows = await db.selectFrom('organisations').select(['id', 'name', 'verified_at']).orderBy('id').execute();
		expect(rows).toEqual([
			{ id: 'a', name: 'Rabat Fund', verified_at: null },
			{ id: 'b', name: 'rabat  Fünd (2)', verified_at: null },
			{ id: 'c', name: 'RABAT FUND (3)', verified_at: null }
		]);
		// An instance that had accounts, and no setting, had open sign-up: it keeps it.
		expect(await getInstanceSettings(db)).toEqual({ openSignup: true });
	});

	it('leaves sign-up closed on a new instance', async () => {
		const opened = await openBefore(dialect);
		close = opened.close;
		expect(await migrateToLatest(opened.db)).toMatchObject({ ok: true });
		expect(await getInstanceSettings(opened.db)).toEqual({ openSignup: false });
	});
});
