import { expect } from 'vitest';
import { HttpClient } from './http';
import { runningServers, setupCodeOf, type RunningServer } from './server';

export const PASSWORD = 'a long enough password';

/** Each instance's administrator, by database: the helpers verify donors as they would. */
const administrators = new Map<string, HttpClient>();

function serverAt(url: string): RunningServer {
	const server = runningServers.get(url);
	if (!server) throw new Error(`No server started by startServer runs at ${url}`);
	return server;
}

function databaseOf(url: string): string {
	return serverAt(url).env.DATABASE_URL;
}

/** Remembers the administrator of the server's database, set up by other means than setUpOverHttp. */
export function registerAdministrator(url: string, client: HttpClient): void {
	administrators.set(databaseOf(url), client);
}

/**
 * The first account of an instance, through /setup with the code the server printed; the client holds its
 * session. Unless told otherwise it then opens sign-up, as most tests need (a new instance has it closed).
 */
export async function setUpOverHttp(
	url: string,
	email: string,
	organisationName: string,
	options: { openSignup?: boolean } = {}
): Promise<HttpClient> {
	const client = new HttpClient(url);
	const setupCode = setupCodeOf(serverAt(url));
	const response = await client.post('/setup', {
		name: email.split('@')[0],
		email,
		password: PASSWORD,
		organisationName,
		organisationType: 'ngo',
		setupCode
	});
	expect(response.status).toBe(303);
	administrators.set(databaseOf(url), client);
	if (options.openSignup ?? true) expect((await client.post('/admin?/signup', { openSignup: 'on' })).status).toBe(200);
	return client;
}

/**
 * A new account and organisation through /signup, then signed in (sign-up itself starts no session, so that
 * it answers the same for a taken address). A donor is verified by the administrator unless told otherwise.
 */
export async function signUpOverHttp(
	url: string,
	email: string,
	organisationName: string,
	organisationType: 'ngo' | 'donor' = 'ngo',
	options: { verify?: boolean } = {}
): Promise<HttpClient> {
	const client = new HttpClient(url);
	const response = await client.post('/signup', {
		name: email.split('@')[0],
		email,
		password: PASSWORD,
		organisationName,
		organisationType
	});
	expect(response.status).toBe(303);
	expect(response.headers.get('location')).toBe('/signin?signed_up=1');
	const signedIn = await client.post('/signin', { email, password: PASSWORD });
	expect(signedIn.status).toBe(303);
	if (organisationType === 'donor' && (options.verify ?? true))
		await verifyOverHttp(url, await activeOrganisationId(client));
	return client;
}

/** The administrator verifies a donor organisation on the administration page. */
export async function verifyOverHttp(url: string, organisationId: string): Promise<void> {
	const admin = administrators.get(databaseOf(url));
	if (!admin) throw new Error('No administrator set up through setUpOverHttp on this database');
	expect((await admin.post('/admin?/verify', { organisationId })).status).toBe(200);
}

/** The id of the organisation the client's home page shows. */
export async function activeOrganisationId(client: HttpClient): Promise<string> {
	const home = await (await client.get('/')).text();
	return /\/organisations\/([a-z2-7]{24})\/members/.exec(home)![1];
}

/** An owner invites someone with a role; they sign up through the link. Returns their client. */
export async function inviteOverHttp(
	owner: HttpClient,
	organisationId: string,
	role: string,
	email: string
): Promise<HttpClient> {
	const page = await (await owner.post(`/organisations/${organisationId}/members?/invite`, { role })).text();
	const token = /\/invite\/([a-z2-7]{32})/.exec(page)![1];
	const member = new HttpClient(owner.baseUrl);
	const joined = await member.post(`/signup?invite=${token}`, { name: email.split('@')[0], email, password: PASSWORD });
	expect(joined.headers.get('location')).toBe(`/organisations/${organisationId}/members`);
	return member;
}

/** A personal API token made on the account page. */
export async function createTokenOverHttp(client: HttpClient, name = 'tests'): Promise<string> {
	const page = await (await client.post('/account/tokens?/create', { name })).text();
	return /mesure_[a-z2-7]{32}/.exec(page)![0];
}
