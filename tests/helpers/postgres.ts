import pg from 'pg';
import { announceMissing, isRequired } from './requirements';

/** The server tests create their databases on; the project's machines run one with trust auth. */
export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

let availability: Promise<string | null> | undefined;

/** null when PostgreSQL answers; otherwise why not. */
export function checkPostgres(): Promise<string | null> {
	availability ??= (async () => {
		const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 3000 });
		try {
			await client.connect();
			await client.query('select 1');
			return null;
		} catch (error) {
			return error instanceof Error ? error.message : String(error);
		} finally {
			await client.end().catch(() => {});
		}
	})();
	return availability;
}

/** Whether to run PostgreSQL suites: throws when required and missing, warns and says no when optional. */
export async function postgresAvailable(): Promise<boolean> {
	const problem = await checkPostgres();
	if (!problem) return true;
	if (isRequired('REQUIRE_POSTGRES')) throw new Error(`PostgreSQL is required but not available: ${problem}`);
	announceMissing('PostgreSQL', 'REQUIRE_POSTGRES', problem);
	return false;
}

/** A new, empty database for one test file; `drop` removes it. */
export async function createScratchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
	const name = `mesure_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
	const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
	await admin.connect();
	await admin.query(`create database ${name}`);
	await admin.end();
	const url = new URL(POSTGRES_ADMIN_URL);
	url.pathname = `/${name}`;
	return {
		url: url.toString(),
		drop: async () => {
			const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
			await client.connect();
			await client.query(`drop database if exists ${name} with (force)`);
			await client.end();
		}
	};
}
