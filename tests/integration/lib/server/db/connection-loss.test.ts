import { createServer, type Server } from 'node:net';
import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectDatabase } from '$lib/server/db/connect';
import { isDatabaseUnavailable, isUniqueViolation, readAgainIfUnavailable } from '$lib/server/db/errors';
import { asDomainError, DomainError } from '$lib/server/errors';
import { createScratchDatabase, POSTGRES_ADMIN_URL, postgresAvailable } from '../../../../helpers/postgres';

const withPostgres = await postgresAvailable();

/** What a query rejects with, as node-postgres makes it. */
async function failureOf(run: () => Promise<unknown>): Promise<unknown> {
	try {
		await run();
	} catch (error) {
		return error;
	}
	throw new Error('it did not fail');
}

/** A port that takes connections and closes each at once, as a database going down does. */
async function openClosingPort(): Promise<{ port: number; server: Server }> {
	const server = createServer((socket) => socket.destroy());
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('no port');
	return { port: address.port, server };
}

/** A port nothing listens on. */
async function findClosedPort(): Promise<number> {
	const { port, server } = await openClosingPort();
	await new Promise((done) => server.close(done));
	return port;
}

describe('a database out of reach, told from other failures', () => {
	it('is a connection refused, or one that ends as it is made', async () => {
		const port = await findClosedPort();
		const refused = await failureOf(() => new pg.Client({ host: '127.0.0.1', port, user: 'postgres' }).connect());
		expect((refused as { code?: string }).code).toBe('ECONNREFUSED');
		expect(isDatabaseUnavailable(refused)).toBe(true);

		const closing = await openClosingPort();
		try {
			const ended = await failureOf(() =>
				new pg.Client({ host: '127.0.0.1', port: closing.port, user: 'postgres' }).connect()
			);
			expect(isDatabaseUnavailable(ended)).toBe(true);
		} finally {
			closing.server.close();
		}
	});

	it('is not anything else', () => {
		expect(isDatabaseUnavailable(new Error('something else'))).toBe(false);
		expect(isDatabaseUnavailable(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
		expect(isDatabaseUnavailable(new DomainError('conflict', 'errors.internal'))).toBe(false);
		expect(isDatabaseUnavailable('Connection terminated')).toBe(false);
		expect(isDatabaseUnavailable(null)).toBe(false);
	});

	it.runIf(withPostgres)('is a session PostgreSQL ended (57P01), not a query it refused', async () => {
		const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
		const emitted: unknown[] = [];
		client.on('error', (error) => emitted.push(error));
		await client.connect();
		const refused = await failureOf(() => client.query('select 1 / 0'));
		expect(isDatabaseUnavailable(refused)).toBe(false);
		await client.query('create temporary table kept (id int primary key)');
		await client.query('insert into kept values (1)');
		const duplicate = await failureOf(() => client.query('insert into kept values (1)'));
		expect(isUniqueViolation(duplicate)).toBe(true);
		expect(isDatabaseUnavailable(duplicate)).toBe(false);

		const ended = await failureOf(() => client.query('select pg_terminate_backend(pg_backend_pid())'));
		expect((ended as { code?: string }).code).toBe('57P01');
		expect(isDatabaseUnavailable(ended)).toBe(true);
		// What the client says once its connection is gone, of the next query.
		const after = await failureOf(() => client.query('select 1'));
		expect(isDatabaseUnavailable(after)).toBe(true);
	});

	it('is an expected failure: a 503 asking to try again, where a fault stays one', () => {
		const unavailable = asDomainError(
			Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })
		);
		expect(unavailable?.code).toBe('unavailable');
		expect(unavailable?.status).toBe(503);
		expect(unavailable?.messageKey).toBe('errors.database_unavailable');
		const domain = new DomainError('not_found', 'errors.internal');
		expect(asDomainError(domain)).toBe(domain);
		expect(asDomainError(new TypeError('a fault'))).toBeNull();
	});
});

describe.runIf(withPostgres)('the app’s PostgreSQL pool when a connection it holds is ended', () => {
	let close: (() => Promise<void>) | undefined;
	afterEach(async () => {
		vi.restoreAllMocks();
		await close?.();
		close = undefined;
	});

	it('fails the statement, logs the loss once by its code, and serves the next query on a new connection', async () => {
		const scratch = await createScratchDatabase();
		// One connection: the next query can only pass if the ended one was not given back as usable.
		const db = connectDatabase({ dialect: 'postgres', url: scratch.url, poolSize: 1 });
		close = async () => {
			await db.destroy();
			await scratch.drop();
		};
		const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
		await admin.connect();
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		try {
			const failure = await failureOf(() =>
				db.transaction().execute(async (trx) => {
					const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
					// Between two statements of the transaction ("idle in transaction"): no query under way to take the error.
					await admin.query('select pg_terminate_backend($1)', [rows[0].pid]);
					for (let poll = 0; poll < 1000; poll++) {
						const { rowCount } = await admin.query('select 1 from pg_stat_activity where pid = $1', [rows[0].pid]);
						if (rowCount === 0) break;
					}
					await sql`select 1`.execute(trx);
				})
			);
			expect(isDatabaseUnavailable(failure)).toBe(true);
			const { rows } = await sql<{ up: number }>`select 1 as up`.execute(db);
			expect(rows).toEqual([{ up: 1 }]);
		} finally {
			await admin.end();
		}
		const lines = logged.mock.calls.map((call) => String(call[0]));
		expect(lines).toEqual(['database: connection lost (error 57P01)']);
	});

	it('reads once more, on a new connection, when the one a read was given has ended; a read that fails otherwise, once', async () => {
		const scratch = await createScratchDatabase();
		const db = connectDatabase({ dialect: 'postgres', url: scratch.url, poolSize: 1 });
		close = async () => {
			await db.destroy();
			await scratch.drop();
		};
		const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
		await admin.connect();
		vi.spyOn(console, 'error').mockImplementation(() => {});
		try {
			let reads = 0;
			const rows = await readAgainIfUnavailable(() =>
				db.transaction().execute(async (trx) => {
					reads++;
					const {
						rows: [{ pid }]
					} = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
					// The first time, the connection ends between two statements, as a failover would end it.
					if (reads === 1) {
						await admin.query('select pg_terminate_backend($1)', [pid]);
						for (let poll = 0; poll < 1000; poll++) {
							const { rowCount } = await admin.query('select 1 from pg_stat_activity where pid = $1', [pid]);
							if (rowCount === 0) break;
						}
					}
					return (await sql<{ up: number }>`select 1 as up`.execute(trx)).rows;
				})
			);
			expect(rows).toEqual([{ up: 1 }]);
			expect(reads).toBe(2);
		} finally {
			await admin.end();
		}
		let tries = 0;
		const refused = await failureOf(() =>
			readAgainIfUnavailable(async () => {
				tries++;
				throw new DomainError('not_found', 'errors.link_not_found');
			})
		);
		expect(refused).toBeInstanceOf(DomainError);
		expect(tries).toBe(1);
	});

	it('says once that it cannot connect, however many queries fail, and fails each as out of reach', async () => {
		const db = connectDatabase({
			dialect: 'postgres',
			url: `postgres://postgres@127.0.0.1:${await findClosedPort()}/none`,
			poolSize: 2
		});
		close = () => db.destroy();
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		for (let i = 0; i < 3; i++)
			expect(isDatabaseUnavailable(await failureOf(() => sql`select 1`.execute(db)))).toBe(true);
		expect(logged.mock.calls.map((call) => String(call[0]))).toEqual(['database: cannot connect (Error ECONNREFUSED)']);
	});
});
