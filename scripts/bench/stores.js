// The databases the submission benchmark writes to, and what it reads back from them afterwards.
import Database from 'better-sqlite3';
import pg from 'pg';

/**
 * A new, empty PostgreSQL database on the server of `adminUrl` (which must allow `create database`);
 * `drop` removes it.
 * @param {string} adminUrl
 * @returns {Promise<{ url: string, drop: () => Promise<void> }>}
 */
export async function createScratchPostgres(adminUrl) {
	const name = `mesure_bench_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
	const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
	await admin.connect();
	await admin.query(`create database ${name}`);
	await admin.end();
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	return {
		url: url.toString(),
		drop: async () => {
			const client = new pg.Client({ connectionString: adminUrl });
			await client.connect();
			await client.query(`drop database if exists ${name} with (force)`);
			await client.end();
		}
	};
}

/**
 * The submission ids stored in a table, optionally only those of one collection link. An SQLite file
 * is opened read-only, once its server has stopped.
 * @param {string} databaseUrl `sqlite:<path>` or `postgres://…`
 * @param {'responses'} table
 * @param {string | null} linkId
 * @returns {Promise<Set<string>>}
 */
export async function readStoredClientIds(databaseUrl, table, linkId = null) {
	const where = linkId === null ? '' : ' where link_id = ?';
	if (databaseUrl.startsWith('sqlite:')) {
		const db = new Database(databaseUrl.slice('sqlite:'.length), { readonly: true, fileMustExist: true });
		try {
			const rows = /** @type {{ client_id: string }[]} */ (
				db.prepare(`select client_id from ${table}${where}`).all(...(linkId === null ? [] : [linkId]))
			);
			return new Set(rows.map((row) => row.client_id));
		} finally {
			db.close();
		}
	}
	const client = new pg.Client({ connectionString: databaseUrl });
	await client.connect();
	try {
		const result = await client.query(
			`select client_id from ${table}${where.replace('?', '$1')}`,
			linkId === null ? [] : [linkId]
		);
		return new Set(result.rows.map((row) => String(row.client_id)));
	} finally {
		await client.end();
	}
}
