/** A unique or primary key refused the row: on PostgreSQL code 23505, on SQLite a SQLITE_CONSTRAINT_* code. */
export function isUniqueViolation(error: unknown): boolean {
	const code = (error as { code?: unknown } | null)?.code;
	return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/**
 * PostgreSQL ended the session (57P01 by an administrator or a failover, 57P02 after a crash, 57P03 while it
 * starts or stops), and the network's own ways of losing a connection or not making one.
 */
const LOST_CODES = new Set([
	'57P01',
	'57P02',
	'57P03',
	'ECONNRESET',
	'ECONNREFUSED',
	'EPIPE',
	'ETIMEDOUT',
	'EHOSTUNREACH',
	'ENETUNREACH',
	'EAI_AGAIN'
]);

/** What node-postgres says, without a code, of a connection that ended or of a client left unusable by that. */
const LOST_MESSAGES = /^(Connection terminated\b|Client has encountered a connection error and is not queryable)/;

/**
 * The database was out of reach for this query: its connection ended or could not be made (class 08 is
 * PostgreSQL's connection exceptions). Not a fault of the request: the same request may pass a moment later.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
	if (!(error instanceof Error)) return false;
	const code = (error as { code?: unknown }).code;
	if (typeof code === 'string' && (LOST_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
	return LOST_MESSAGES.test(error.message);
}

/**
 * A read made once more when the database was out of reach for it: a connection the pool gave out just as it ended
 * (a restart, a failover, an administrator) fails its first query, and the next connection serves. Reads only: a
 * write may have been done before its connection ended.
 */
export async function readAgainIfUnavailable<T>(read: () => Promise<T>): Promise<T> {
	try {
		return await read();
	} catch (error) {
		if (!isDatabaseUnavailable(error)) throw error;
		return read();
	}
}
