import type { Kysely } from 'kysely';
import { requireAdmin } from '../organisations/guards';
import type { Database } from '../db/schema';
import type { User } from '../users/user';
import { readSetting, writeSetting } from './repository';

const OPEN_SIGNUP = 'open_signup';

export interface InstanceSettings {
	openSignup: boolean;
}

export async function getInstanceSettings(db: Kysely<Database>): Promise<InstanceSettings> {
	// Closed unless an administrator opened it: a new instance does not let just anyone in.
	return { openSignup: (await readSetting(db, OPEN_SIGNUP)) === 'true' };
}

export async function setOpenSignup(db: Kysely<Database>, actor: User, open: boolean): Promise<void> {
	requireAdmin(actor);
	await writeOpenSignup(db, open);
}

/** For operators at the command line, who act on the instance itself. */
export async function writeOpenSignup(db: Kysely<Database>, open: boolean): Promise<void> {
	await writeSetting(db, OPEN_SIGNUP, open ? 'true' : 'false');
}
