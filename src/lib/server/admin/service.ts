import type { Kysely } from 'kysely';
import { requireAdmin } from '../auth/guards';
import type { Database } from '../db/schema';
import { listAllOrganisations } from '../organisations/repository';
import { getInstanceSettings, type InstanceSettings } from '../settings/service';
import { listAllUsers } from '../users/repository';
import type { User } from '../users/user';

export interface Administration {
	settings: InstanceSettings;
	users: User[];
	organisations: Awaited<ReturnType<typeof listAllOrganisations>>;
}

export async function getAdministration(db: Kysely<Database>, actor: User): Promise<Administration> {
	requireAdmin(actor);
	const [settings, users, organisations] = await Promise.all([
		getInstanceSettings(db),
		listAllUsers(db),
		listAllOrganisations(db)
	]);
	return { settings, users, organisations };
}
