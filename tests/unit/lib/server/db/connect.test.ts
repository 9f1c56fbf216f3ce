import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { connectDatabase, DEFAULT_SQLITE_PATH, readDatabaseConfig } from '$lib/server/db/connect';

describe('readDatabaseConfig', () => {
	it.each([
		[{}, { dialect: 'sqlite', path: DEFAULT_SQLITE_PATH }],
		[{ DATABASE_URL: '  ' }, { dialect: 'sqlite', path: DEFAULT_SQLITE_PATH }],
		[{ DATABASE_URL: 'sqlite:/var/lib/mesure/m.db' }, { dialect: 'sqlite', path: '/var/lib/mesure/m.db' }],
		[{ DATABASE_URL: 'file:./x.db' }, { dialect: 'sqlite', path: './x.db' }],
		[{ SQLITE_SYNCHRONOUS: 'FULL' }, { dialect: 'sqlite', path: DEFAULT_SQLITE_PATH, synchronous: 'full' }],
		[{ SQLITE_SYNCHRONOUS: 'normal' }, { dialect: 'sqlite', path: DEFAULT_SQLITE_PATH }],
		[{ SQLITE_MMAP_SIZE: '0' }, { dialect: 'sqlite', path: DEFAULT_SQLITE_PATH, mmapSize: 0 }],
		[
			{ DATABASE_URL: 'sqlite:./m.db', SQLITE_MMAP_SIZE: ' 268435456 ' },
			{ dialect: 'sqlite', path: './m.db', mmapSize: 268435456 }
		],
		[{ DATABASE_URL: 'postgres://u@h/db' }, { dialect: 'postgres', url: 'postgres://u@h/db', poolSize: 10 }],
		[
			{ DATABASE_URL: 'postgresql://u@h/db', DATABASE_POOL_SIZE: '3' },
			{ dialect: 'postgres', url: 'postgresql://u@h/db', poolSize: 3 }
		],
		[
			{ DATABASE_URL: 'postgres://u@h/db', DATABASE_POOL_SIZE: 'lots' },
			{ dialect: 'postgres', url: 'postgres://u@h/db', poolSize: 10 }
		]
	])('%j', (env, expected) => {
		expect(readDatabaseConfig(env)).toEqual(expected);
	});

	it('refuses a synchronous mode it does not know', () => {
		expect(() => readDatabaseConfig({ SQLITE_SYNCHRONOUS: 'off' })).toThrow(/normal or full/);
	});

	it.each(['lots', '-1', '1.5', '256MB'])('refuses a memory map size of %j, saying what it takes', (size) => {
		expect(() => readDatabaseConfig({ SQLITE_MMAP_SIZE: size })).toThrow(
			/SQLITE_MMAP_SIZE must be a whole number of bytes/
		);
	});

	it('refuses an address it cannot serve, naming the accepted forms', () => {
		expect(() => readDatabaseConfig({ DATABASE_URL: 'mysql://h/db' })).toThrow(/postgres:\/\/.*sqlite:/);
	});
});

describe('connectDatabase on SQLite', () => {
	it.each([
		[undefined, 2147418112],
		[0, 0],
		[268435456, 268435456]
	])('maps the file as asked (%j bytes: SQLite maps %j)', async (mmapSize, mapped) => {
		const dir = mkdtempSync(join(tmpdir(), 'mesure-connect-'));
		const db = connectDatabase({ dialect: 'sqlite', path: join(dir, 'm.db'), mmapSize });
		try {
			const { rows } = await sql<{ mmap_size: number }>`pragma mmap_size`.execute(db);
			expect(rows[0].mmap_size).toBe(mapped);
		} finally {
			await db.destroy();
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
