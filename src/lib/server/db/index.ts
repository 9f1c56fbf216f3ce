import type { Kysely } from 'kysely';
import { connectDatabase, readDatabaseConfig } from './connect';
import type { Database } from './schema';

export type { Database } from './schema';

let instance: Kysely<Database> | undefined;

/** The process's one database handle, opened on first use so that building the app opens nothing. */
export function getDb(): Kysely<Database> {
	instance ??= connectDatabase(readDatabaseConfig(process.env));
	return instance;
}
