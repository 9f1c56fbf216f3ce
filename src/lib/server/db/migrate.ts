import { Migrator, type Kysely } from 'kysely';
import { migrations } from '../../../../migrations/index';
import type { Database } from './schema';

export type MigrationOutcome =
	| { ok: true; applied: string[] }
	/** `failed` is null when no migration ran: the database could not be reached or read. */
	| { ok: false; failed: string | null; error: unknown };

export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationOutcome> {
	const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
	const { error, results } = await migrator.migrateToLatest();
	if (error) {
		const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? null;
		return { ok: false, failed, error };
	}
	return { ok: true, applied: (results ?? []).map((r) => r.migrationName) };
}
