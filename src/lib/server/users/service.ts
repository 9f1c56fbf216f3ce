import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import * as repo from './repository';

export async function isSetupNeeded(db: Kysely<Database>): Promise<boolean> {
	return (await repo.countUsers(db)) === 0;
}

export async function updateProfile(db: Kysely<Database>, userId: string, input: { name: string }): Promise<void> {
	await repo.updateUserName(db, userId, input.name);
}
