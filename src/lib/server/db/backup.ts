import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';

export type BackupResult = { ok: true; bytes: number } | { ok: false; problem: string };

/**
 * A consistent copy of a live SQLite database: `VACUUM INTO` reads one snapshot, in one read transaction,
 * while the app goes on writing (WAL lets writers and this reader run together). The copy is checked before
 * it is called done; an existing file is never overwritten.
 */
export function backUpSqlite(databasePath: string, target: string): BackupResult {
	if (!existsSync(databasePath)) return { ok: false, problem: `there is no database at ${databasePath}` };
	if (existsSync(target)) return { ok: false, problem: `${target} exists already: give a new file name` };
	const source = new SqliteDatabase(databasePath, { fileMustExist: true });
	try {
		source.pragma('busy_timeout = 5000');
		source.prepare('vacuum into ?').run(resolve(target));
	} finally {
		source.close();
	}
	const problem = checkBackup(target);
	if (problem) {
		rmSync(target, { force: true });
		return { ok: false, problem };
	}
	return { ok: true, bytes: statSync(target).size };
}

/**
 * Puts a backup in place of the database. A database that holds data is replaced only when `force` is given,
 * and then through SQLite's backup API, page by page under SQLite's own locks, so that a process that still
 * has it open reads either the old database or the restored one, never a mix.
 */
export async function restoreSqlite(backupPath: string, databasePath: string, force: boolean): Promise<BackupResult> {
	if (!existsSync(backupPath)) return { ok: false, problem: `there is no backup at ${backupPath}` };
	const problem = checkBackup(backupPath);
	if (problem) return { ok: false, problem };
	if (existsSync(databasePath) && !force && holdsData(databasePath)) {
		return {
			ok: false,
			problem: `the database at ${databasePath} holds data: stop the app and add --force to replace it`
		};
	}
	const backup = new SqliteDatabase(backupPath, { readonly: true, fileMustExist: true });
	try {
		if (existsSync(databasePath)) {
			await backup.backup(databasePath);
		} else {
			// A new database: written beside, then renamed, so that a failure leaves no half-written file.
			const partial = join(dirname(resolve(databasePath)), `.restoring-${process.pid}-${Date.now()}`);
			await backup.backup(partial);
			renameSync(partial, databasePath);
		}
	} finally {
		backup.close();
	}
	return { ok: true, bytes: statSync(databasePath).size };
}

/** Why a file is not a usable backup of this app's database; null when it is. */
function checkBackup(path: string): string | null {
	let copy: SqliteDatabase.Database | undefined;
	try {
		copy = new SqliteDatabase(path, { readonly: true, fileMustExist: true });
		const integrity = copy.pragma('integrity_check', { simple: true });
		if (integrity !== 'ok') return `${path} is damaged (${String(integrity)})`;
		const migrations = copy
			.prepare("select count(*) as n from sqlite_master where type = 'table' and name = 'kysely_migration'")
			.get() as { n: number };
		if (migrations.n === 0) return `${path} is not a database of this app`;
		return null;
	} catch {
		return `${path} is not a SQLite database`;
	} finally {
		copy?.close();
	}
}

function holdsData(path: string): boolean {
	const live = new SqliteDatabase(path, { readonly: true, fileMustExist: true });
	try {
		const tables = live.prepare("select count(*) as n from sqlite_master where type = 'table'").get() as { n: number };
		return tables.n > 0;
	} finally {
		live.close();
	}
}
