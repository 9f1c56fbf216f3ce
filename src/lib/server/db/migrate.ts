import { Migrator, type Kysely, type MigrationResultSet } from 'kysely';
import { migrations } from '../../../../migrations/index';
import type { Database } from './schema';

export type MigrationOutcome = { ok: true; applied: string[] } | { ok: false; failed: string };

export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationOutcome> {
	const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
	const result: MigrationResultSet = await migrator.migrateToLatest();
	if (result.error) {
		const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
		return { ok: false, failed };
	}
	return { ok: true, applied: (result.results ?? []).map((r) => r.migrationName) };
}
