import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export async function readSetting(db: Db, key: string): Promise<string | undefined> {
	const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
	return row?.value;
}

export async function writeSetting(db: Db, key: string, value: string): Promise<void> {
	await db
		.insertInto('settings')
		.values({ key, value })
		.onConflict((oc) => oc.column('key').doUpdateSet({ value }))
		.execute();
}

/** Inserts only if absent; false when the key was already there. A primary key makes it safe across processes. */
export async function claimSetting(db: Db, key: string, value: string): Promise<boolean> {
	const result = await db
		.insertInto('settings')
		.values({ key, value })
		.onConflict((oc) => oc.column('key').doNothing())
		.executeTakeFirst();
	return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}
