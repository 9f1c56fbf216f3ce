import type { Kysely } from 'kysely';
import { connectDatabase } from '$lib/server/db/connect';
import { migrateToLatest } from '$lib/server/db/migrate';
import type { Database } from '$lib/server/db/schema';
import { createScratchDatabase, postgresAvailable } from './postgres';

export interface TestDatabase {
	db: Kysely<Database>;
	close: () => Promise<void>;
}

export type Dialect = 'sqlite' | 'postgres';

/** A migrated, empty database of the dialect: SQLite in memory, or a scratch PostgreSQL database. */
export async function openTestDatabase(dialect: Dialect): Promise<TestDatabase> {
	if (dialect === 'sqlite') {
		const db = connectDatabase({ dialect: 'sqlite', path: ':memory:' });
		await mustMigrate(db);
		return { db, close: () => db.destroy() };
	}
	const scratch = await createScratchDatabase();
	const db = connectDatabase({ dialect: 'postgres', url: scratch.url, poolSize: 4 });
	await mustMigrate(db);
	return {
		db,
		close: async () => {
			await db.destroy();
			await scratch.drop();
		}
	};
}

async function mustMigrate(db: Kysely<Database>): Promise<void> {
	const outcome = await migrateToLatest(db);
	if (!outcome.ok) throw new Error(`migration ${outcome.failed} failed`);
}

/** The dialects this run covers: SQLite always, PostgreSQL when it answers (or when it is required). */
export const DIALECTS: Dialect[] = (await postgresAvailable()) ? ['sqlite', 'postgres'] : ['sqlite'];
