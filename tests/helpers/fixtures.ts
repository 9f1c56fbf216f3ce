import type { Kysely } from 'kysely';
import { hashPassword } from '$lib/server/auth/password';
import { createCampaignSchema, type CreateCampaignInput } from '$lib/server/campaigns/schema';
import { generateId } from '$lib/server/crypto';
import type { Database } from '$lib/server/db/schema';
import type { Organisation } from '$lib/server/organisations/organisation';
import { createOrganisation } from '$lib/server/organisations/service';
import { verifyDonorByName } from '$lib/server/organisations/verification';
import { insertUser } from '$lib/server/users/repository';
import { setUpAdministrator } from '$lib/server/accounts/set-up';
import { issueSetupCode } from '$lib/server/users/setup-code';
import type { User } from '$lib/server/users/user';

export const FIXTURE_PASSWORD = 'long enough pw';

let cachedHash: Promise<string> | undefined;

/** A user who belongs to no organisation, straight into the database (argon2 once per run, for speed). */
export async function createUser(db: Kysely<Database>, name: string): Promise<User> {
	cachedHash ??= hashPassword(FIXTURE_PASSWORD);
	const user: User = {
		id: generateId(),
		email: `${name.toLowerCase()}@example.org`,
		name,
		isAdmin: false,
		createdAt: new Date().toISOString(),
		locale: null
	};
	if (!(await insertUser(db, { ...user, passwordHash: await cachedHash }))) throw new Error(`${user.email} exists`);
	return user;
}

/** A valid campaign as an NGO would register it, with the fields given replaced. */
export function campaignBody(
	overrides: Partial<Record<keyof CreateCampaignInput, unknown>> = {}
): Record<string, unknown> {
	return {
		title: 'Partir sans papiers ? Parlons-en',
		description: 'Radio drama and returnee testimonies in Tambacounda.',
		countries: ['SN'],
		regions: [
			{ code: 'tamba', name: 'Tambacounda' },
			{ code: 'kolda', name: 'Kolda' }
		],
		channels: ['radio', 'returnee_testimony'],
		languages: ['fr', 'en'],
		startDate: '2026-03-01',
		endDate: '2026-09-30',
		signatureMessages: ['La mer ne pardonne pas.', 'Le passeur ment.'],
		placeboMessage: { fr: 'Le désert est doux.', en: 'The desert is gentle.' },
		comparisonGroup: true,
		...overrides
	};
}

export function campaignInput(
	overrides: Partial<Record<keyof CreateCampaignInput, unknown>> = {}
): CreateCampaignInput {
	return createCampaignSchema.parse(campaignBody(overrides));
}

/** The instance's first account, owner of the NGO "Sahel Info". */
export function setUpSahelInfo(
	db: Kysely<Database>,
	name = 'Owner',
	email = 'owner@example.org'
): ReturnType<typeof setUpAdministrator> {
	return issueSetupCode(db).then((setupCode) =>
		setUpAdministrator(db, {
			name,
			email,
			password: 'a long enough password',
			organisationName: 'Sahel Info',
			organisationType: 'ngo',
			setupCode: setupCode!
		})
	);
}

/** A donor organisation owned by the user, verified as an administrator would, so that NGOs may share with it. */
export async function createVerifiedDonor(
	db: Kysely<Database>,
	ownerId: string,
	name: string,
	now = new Date()
): Promise<Organisation> {
	await createOrganisation(db, ownerId, { name, type: 'donor' }, null, now);
	return verifyDonorByName(db, name, now);
}
