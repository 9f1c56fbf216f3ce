import { Migrator, type Kysely } from 'kysely';
import { migrations } from '../../migrations/index';
import { connectDatabase } from '$lib/server/db/connect';
import type { Database } from '$lib/server/db/schema';
import { createScratchDatabase } from './postgres';

/** A new database migrated up to `migration` (included) and no further, to try the next migrations on. */
export async function openDatabaseAt(
	dialect: 'sqlite' | 'postgres',
	migration: string
): Promise<{ db: Kysely<Database>; close: () => Promise<void> }> {
	const scratch = dialect === 'postgres' ? await createScratchDatabase() : null;
	const db = scratch
		? connectDatabase({ dialect: 'postgres', url: scratch.url, poolSize: 2 })
		: connectDatabase({ dialect: 'sqlite', path: ':memory:' });
	const { error } = await new Migrator({ db, provider: { getMigrations: async () => migrations } }).migrateTo(
		migration
	);
	if (error) throw error;
	return { db, close: async () => (await db.destroy(), await scratch?.drop()) };
}
