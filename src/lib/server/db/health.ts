import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';

/** How long a health check waits for the database before calling it unreachable. */
const HEALTH_TIMEOUT_MS = 2000;

/** Whether the database answers a query within the health check's time. */
export async function isDatabaseReachable(db: Kysely<Database>): Promise<boolean> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<false>((done) => (timer = setTimeout(() => done(false), HEALTH_TIMEOUT_MS)));
	const query = sql`select 1 as up`
		.execute(db)
		.then(() => true)
		.catch(() => false);
	try {
		return await Promise.race([query, timeout]);
	} finally {
		clearTimeout(timer);
	}
}
