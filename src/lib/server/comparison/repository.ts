import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** The names of organisations by id: whoever may read a campaign's results may read who runs it. */
export async function listOrganisationNames(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string>> {
	if (ids.length === 0) return new Map();
	const rows = await db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', [...ids]).execute();
	return new Map(rows.map((row) => [row.id, row.name]));
}
