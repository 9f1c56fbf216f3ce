import type { Kysely } from 'kysely';
import { z } from 'zod';
import { createApiTokenForEmail } from '../lib/server/api-tokens/service';
import { createApiTokenSchema } from '../lib/server/api-tokens/schema';
import type { Database } from '../lib/server/db/schema';
import { seedDemo } from '../lib/server/demo/seed';
import { addUserToOrganisation } from '../lib/server/operators/service';
import { roleField } from '../lib/server/organisations/schema';
import { verifyDonorByName } from '../lib/server/organisations/verification';
import { issueSetupCode } from '../lib/server/users/setup-code';
import { writeOpenSignup } from '../lib/server/settings/service';
import {
	emailField,
	nameField,
	newPasswordField,
	organisationNameField,
	organisationTypeField
} from '../lib/server/users/schema';
import type { CliValues, Output } from './run';

const createUserArgs = z.object({
	email: emailField,
	password: newPasswordField,
	org: organisationNameField,
	'org-type': organisationTypeField,
	role: roleField.default('owner'),
	name: nameField.optional(),
	admin: z.boolean().default(false)
});

export async function createUserCommand(
	db: Kysely<Database>,
	values: CliValues,
	_p: string[],
	output: Output
): Promise<number> {
	const args = createUserArgs.parse(values);
	const result = await addUserToOrganisation(db, {
		email: args.email,
		password: args.password,
		name: args.name ?? args.email.split('@')[0],
		isAdmin: args.admin,
		organisationName: args.org,
		organisationType: args['org-type'],
		role: args.role
	});
	output.out(
		`${result.createdOrganisation ? 'Created' : 'Joined'} organisation "${result.organisation.name}" (${result.organisation.id}).`
	);
	output.out(
		`Created user ${result.user.email} (${result.user.id}) as ${args.role}${args.admin ? ', administrator' : ''}.`
	);
	return 0;
}

const createTokenArgs = z.object({ email: emailField, name: createApiTokenSchema.shape.name.default('command line') });

export async function createTokenCommand(
	db: Kysely<Database>,
	values: CliValues,
	_p: string[],
	output: Output
): Promise<number> {
	const args = createTokenArgs.parse(values);
	const { token, apiToken, user } = await createApiTokenForEmail(db, args.email, args.name);
	output.out(`Created API token "${apiToken.name}" for ${user.email}. It is shown once:`);
	output.out(token);
	return 0;
}

const signupArgs = z.tuple([z.enum(['open', 'closed'], { error: 'Say "open" or "closed".' })]);

export async function setSignupCommand(
	db: Kysely<Database>,
	_v: CliValues,
	positionals: string[],
	output: Output
): Promise<number> {
	const [state] = signupArgs.parse(positionals);
	await writeOpenSignup(db, state === 'open');
	output.out(`Open sign-up is now ${state}.`);
	return 0;
}

const verifyOrgArgs = z.object({ org: organisationNameField });

/** An operator vouches for a donor organisation, named as it signed up (case and accents aside). */
export async function verifyOrgCommand(
	db: Kysely<Database>,
	values: CliValues,
	_p: string[],
	output: Output
): Promise<number> {
	const { org } = verifyOrgArgs.parse(values);
	const organisation = await verifyDonorByName(db, org);
	output.out(
		`Donor organisation "${organisation.name}" (${organisation.id}) is verified since ${organisation.verifiedAt} (by ${organisation.verifiedBy}).`
	);
	return 0;
}

/** A new code for the first administrator's set-up, for an operator who no longer has the console npm start printed on. */
export async function setupCodeCommand(
	db: Kysely<Database>,
	_v: CliValues,
	_p: string[],
	output: Output
): Promise<number> {
	const code = await issueSetupCode(db);
	if (!code) {
		output.err('This instance already has an administrator: no set-up code is needed.');
		return 1;
	}
	output.err('Enter this code on /setup to create the administrator (it works once):');
	output.out(code);
	return 0;
}

/** The demo organisations and campaigns; the accounts one a line, `role email password`, to sign in at once. */
export async function seedDemoCommand(
	db: Kysely<Database>,
	_v: CliValues,
	_p: string[],
	output: Output
): Promise<number> {
	const { accounts, campaignIds } = await seedDemo(db);
	output.err(
		`Created the demo: ${campaignIds.length} campaigns with synthetic responses, shared with the donor. Sign in with:`
	);
	for (const account of accounts) output.out(`${account.role} ${account.email} ${account.password}`);
	return 0;
}
