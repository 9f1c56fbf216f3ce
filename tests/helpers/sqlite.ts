import Database from 'better-sqlite3';

/** Reads a running server's SQLite file (read-only: the server keeps writing). */
function withDatabase<T>(path: string, read: (db: Database.Database) => T): T {
	const db = new Database(path, { readonly: true });
	try {
		return read(db);
	} finally {
		db.close();
	}
}

export function countRows(path: string, table: string, where = '1 = 1'): number {
	return withDatabase(
		path,
		(db) => (db.prepare(`select count(*) as n from ${table} where ${where}`).get() as { n: number }).n
	);
}

/** Every value stored anywhere in the database, as text: to show what is not there. */
export function dumpDatabase(path: string): string {
	return withDatabase(path, (db) => {
		const tables = db.prepare(`select name from sqlite_master where type = 'table'`).all() as { name: string }[];
		return tables.map(({ name }) => JSON.stringify(db.prepare(`select * from "${name}"`).all())).join('\n');
	});
}
