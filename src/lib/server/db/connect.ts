import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { registerArrayReader, type ArrayReader } from './arrays';
import { createPostgresPool } from './postgres-pool';
import type { Database } from './schema';

export type DatabaseConfig =
	| { dialect: 'sqlite'; path: string; synchronous?: 'normal' | 'full'; mmapSize?: number }
	| { dialect: 'postgres'; url: string; poolSize: number };

export const DEFAULT_SQLITE_PATH = './data/mesure.db';

/**
 * How much of the database file SQLite reads through memory mapping rather than a read call per page: a report's
 * stored sums (megabytes for a clustered campaign) are then read where the system already holds them. SQLite maps
 * at most about 2 GB, whatever is asked.
 */
export const DEFAULT_SQLITE_MMAP_SIZE = 2 * 1024 ** 3;

/** Reads DATABASE_URL: `postgres://…` or `postgresql://…` for PostgreSQL, `sqlite:<path>` or nothing for SQLite. */
export function readDatabaseConfig(env: Record<string, string | undefined>): DatabaseConfig {
	const url = env.DATABASE_URL?.trim();
	const sqliteOptions = { ...readSynchronous(env.SQLITE_SYNCHRONOUS), ...readMmapSize(env.SQLITE_MMAP_SIZE) };
	if (!url) return { dialect: 'sqlite', path: DEFAULT_SQLITE_PATH, ...sqliteOptions };
	if (/^postgres(ql)?:\/\//.test(url)) {
		const poolSize = Number(env.DATABASE_POOL_SIZE ?? 10);
		return { dialect: 'postgres', url, poolSize: Number.isInteger(poolSize) && poolSize > 0 ? poolSize : 10 };
	}
	const sqlite = /^(sqlite|file):(.+)$/.exec(url);
	if (sqlite) return { dialect: 'sqlite', path: sqlite[2], ...sqliteOptions };
	throw new Error('DATABASE_URL must start with postgres://, postgresql://, sqlite: or file:');
}

/**
 * WAL with `synchronous = NORMAL` (the default) loses nothing when the process dies, but a power cut may take
 * the last commits; `full` survives that too, at some cost (respondents' answers are written together, so
 * one sync serves many).
 */
function readSynchronous(value: string | undefined): { synchronous?: 'full' } {
	const mode = value?.trim().toLowerCase();
	if (!mode || mode === 'normal') return {};
	if (mode === 'full') return { synchronous: 'full' };
	throw new Error('SQLITE_SYNCHRONOUS must be normal or full');
}

/** SQLITE_MMAP_SIZE: bytes of the file mapped, 0 for none (where an I/O error must be an error, not a signal). */
function readMmapSize(value: string | undefined): { mmapSize?: number } {
	const text = value?.trim();
	if (!text) return {};
	if (!/^\d{1,15}$/.test(text)) throw new Error('SQLITE_MMAP_SIZE must be a whole number of bytes (0 for none)');
	return { mmapSize: Number(text) };
}

export function connectDatabase(config: DatabaseConfig): Kysely<Database> {
	if (config.dialect === 'postgres') {
		return new Kysely<Database>({ dialect: new PostgresDialect({ pool: createPostgresPool(config) }) });
	}
	if (config.path !== ':memory:') mkdirSync(dirname(resolve(config.path)), { recursive: true });
	const sqlite = new SqliteDatabase(config.path);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma(config.synchronous === 'full' ? 'synchronous = FULL' : 'synchronous = NORMAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	sqlite.pragma(`mmap_size = ${config.mmapSize ?? DEFAULT_SQLITE_MMAP_SIZE}`);
	const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: reusingStatements(sqlite) }) });
	registerArrayReader(db, readingArrays(sqlite));
	return db;
}

/**
 * Statements that read rows as arrays, prepared once each: their own, since a statement's mode is its state.
 * `packed`: the rows come as one JSON text made by SQLite and parsed at once, which for thousands of rows costs
 * half of making each value apart (SQLite writes a real with 17 digits: read back, it is the same double).
 */
function readingArrays(sqlite: SqliteDatabase.Database): ArrayReader {
	const statements = new Map<string, SqliteDatabase.Statement>();
	const prepare = (key: string, make: () => SqliteDatabase.Statement) => {
		let statement = statements.get(key);
		if (!statement) {
			statement = make();
			if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value!);
			statements.set(key, statement);
		}
		return statement;
	};
	const plain = (sql: string) => prepare(sql, () => sqlite.prepare(sql).raw(true));
	return (sql, parameters, packed) => {
		if (!packed) return plain(sql).all(...parameters) as unknown[][];
		const statement = prepare(`packed:${sql}`, () => {
			const columns = plain(sql)
				.columns()
				.map((column) => `"${column.name.replaceAll('"', '""')}"`);
			return sqlite.prepare(`select json_group_array(json_array(${columns.join(', ')})) from (${sql})`).pluck(true);
		});
		return JSON.parse(statement.get(...parameters) as string) as unknown[][];
	};
}

/** Statements kept at most, the least recently used going first. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query anew, and preparing costs more than running most of ours: the same SQL text
 * gets the statement already prepared (parameters are bound at each run). A statement still being read by a
 * stream is busy, and gets a fresh one.
 */
function reusingStatements(sqlite: SqliteDatabase.Database): Pick<SqliteDatabase.Database, 'prepare' | 'close'> {
	// A Map keeps insertion order: taken out and put back on each use, its first key is the least recently used.
	const statements = new Map<string, SqliteDatabase.Statement>();
	return {
		prepare(sql: string) {
			const kept = statements.get(sql);
			if (kept && !kept.busy) {
				statements.delete(sql);
				statements.set(sql, kept);
				return kept;
			}
			const statement = sqlite.prepare(sql);
			if (!kept) {
				statements.set(sql, statement);
				if (statements.size > STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value!);
			}
			return statement;
		},
		close() {
			statements.clear();
			return sqlite.close();
		}
	} as Pick<SqliteDatabase.Database, 'prepare' | 'close'>;
}
