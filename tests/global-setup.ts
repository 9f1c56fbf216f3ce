import { checkPostgres } from './helpers/postgres';

/** Says once, at the start, what this run can reach. */
export default async function setup(): Promise<void> {
	const postgres = await checkPostgres();
	console.log(`PostgreSQL: ${postgres === null ? 'available' : `not available (${postgres})`}`);
}
