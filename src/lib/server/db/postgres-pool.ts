import type { PostgresPool, PostgresPoolClient } from 'kysely';
import pg from 'pg';
import { describeFailure } from '../describe-failure';
import { isDatabaseUnavailable } from './errors';

/**
 * The connections Kysely takes, made to outlive PostgreSQL ending one of them (an administrator's
 * `pg_terminate_backend`, a restart, a failover). node-postgres emits `error` on a client whose connection
 * ends, and the pool listens only while the client is idle: one ended while Kysely holds it (in a query, or
 * between the statements of a transaction) had nobody listening, and that ended the process. Here each
 * client listens for its whole life; the query under way fails (its request is answered 503), the client
 * goes back to the pool marked lost, which closes it, and the next request gets a new connection.
 */
export function createPostgresPool(config: { url: string; poolSize: number }): PostgresPool {
	const pool = new pg.Pool({ connectionString: config.url, max: config.poolSize });
	const lost = new WeakSet<pg.ClientBase>();
	const markLost = (client: pg.ClientBase, error: unknown) => {
		if (lost.has(client)) return;
		lost.add(client);
		// Once per connection, its kind and code only: the message may quote the query.
		console.error(`database: connection lost (${describeFailure(error)})`);
	};
	pool.on('connect', (client) => client.on('error', (error) => markLost(client, error)));
	// The pool says it again of a client lost while idle, which it has already closed: said above.
	pool.on('error', () => {});

	const wrapped = new WeakMap<pg.PoolClient, PostgresPoolClient>();
	const wrap = (client: pg.PoolClient): PostgresPoolClient => ({
		// Text and parameters only: the dialect is given no cursor, so Kysely never passes one.
		query: ((sql: string, parameters: unknown[]) =>
			client.query(sql, parameters).catch((error: unknown) => {
				// The error may come before the connection's end is read: the client must not go back to the pool as usable.
				if (isDatabaseUnavailable(error)) markLost(client, error);
				throw error;
			})) as unknown as PostgresPoolClient['query'],
		// Kysely discards a client whose rollback failed; one whose connection ended is discarded too.
		release: (destroy?: boolean) => client.release(destroy || lost.has(client))
	});

	let unreachable = false;
	return {
		async connect() {
			let client: pg.PoolClient;
			try {
				client = await pool.connect();
			} catch (error) {
				// Once until a connection is made again, not once per request while the database is away.
				if (!unreachable) console.error(`database: cannot connect (${describeFailure(error)})`);
				unreachable = true;
				throw error;
			}
			unreachable = false;
			let kept = wrapped.get(client);
			if (!kept) wrapped.set(client, (kept = wrap(client)));
			return kept;
		},
		end: () => pool.end()
	};
}
