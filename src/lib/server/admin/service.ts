import type { Kysely } from 'kysely';
import { requireAdmin } from '../organisations/guards';
import { countAllCampaigns } from '../campaigns/repository';
import type { Database } from '../db/schema';
import { seedDemo, type DemoAccount } from '../demo/seed';
import { listAllOrganisations } from '../organisations/repository';
import { getInstanceSettings, type InstanceSettings } from '../settings/service';
import { listAllUsers } from '../users/repository';
import { listSignupAttempts, type SignupAttempt } from '../users/signup-attempts';
import type { User } from '../users/user';

export interface Administration {
	settings: InstanceSettings;
	/** No campaign yet: the page offers the demo. */
	empty: boolean;
	users: User[];
	organisations: Awaited<ReturnType<typeof listAllOrganisations>>;
	/** Sign-ups tried with the address of an existing account: the administrator tells its owner. */
	signupAttempts: SignupAttempt[];
}

export async function getAdministration(db: Kysely<Database>, actor: User): Promise<Administration> {
	requireAdmin(actor);
	const [settings, users, organisations, campaigns, signupAttempts] = await Promise.all([
		getInstanceSettings(db),
		listAllUsers(db),
		listAllOrganisations(db),
		countAllCampaigns(db),
		listSignupAttempts(db)
	]);
	return { settings, users, organisations, empty: campaigns === 0, signupAttempts };
}

/** The administrator makes the demo (`npm run cli -- seed-demo` does the same): its accounts, shown once. */
export async function createDemo(db: Kysely<Database>, actor: User): Promise<DemoAccount[]> {
	requireAdmin(actor);
	return (await seedDemo(db)).accounts;
}
