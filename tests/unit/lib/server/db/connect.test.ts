import { describe, expect, it } from 'vitest';
import { DEFAULT_SQLITE_PATH, readDatabaseConfig } from '$lib/server/db/connect';

describe('readDatabaseConfig', () => {
	it.each([
		[{}, { dialect: 'sqlite', path: DEFAULT_SQLITE_PATH }],
		[{ DATABASE_URL: '  ' }, { dialect: 'sqlite', path: DEFAULT_SQLITE_PATH }],
		[{ DATABASE_URL: 'sqlite:/var/lib/mesure/m.db' }, { dialect: 'sqlite', path: '/var/lib/mesure/m.db' }],
		[{ DATABASE_URL: 'file:./x.db' }, { dialect: 'sqlite', path: './x.db' }],
		[{ SQLITE_SYNCHRONOUS: 'FULL' }, { dialect: 'sqlite', path: DEFAULT_SQLITE_PATH, synchronous: 'full' }],
		[{ SQLITE_SYNCHRONOUS: 'normal' }, { dialect: 'sqlite', path: DEFAULT_SQLITE_PATH }],
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

	it('refuses an address it cannot serve, naming the accepted forms', () => {
		expect(() => readDatabaseConfig({ DATABASE_URL: 'mysql://h/db' })).toThrow(/postgres:\/\/.*sqlite:/);
	});
});
