import { expect } from 'vitest';
import { HttpClient } from './http';

export const PASSWORD = 'a long enough password';

/** The first account of an instance, through /setup; the client holds its session. */
export async function setUpOverHttp(url: string, email: string, organisationName: string): Promise<HttpClient> {
	const client = new HttpClient(url);
	const response = await client.post('/setup', { name: email.split('@')[0], email, password: PASSWORD, organisationName, organisationType: 'ngo' });
	expect(response.status).toBe(303);
	return client;
}

export async function signUpOverHttp(
	url: string,
	email: string,
	organisationName: string,
	organisationType: 'ngo' | 'donor' = 'ngo'
): Promise<HttpClient> {
	const client = new HttpClient(url);
	const response = await client.post('/signup', { name: email.split('@')[0], email, password: PASSWORD, organisationName, organisationType });
	expect(response.status).toBe(303);
	return client;
}

/** The id of the organisation the client's home page shows. */
export async function activeOrganisationId(client: HttpClient): Promise<string> {
	const home = await (await client.get('/')).text();
	return /\/organisations\/([a-z2-7]{24})\/members/.exec(home)![1];
}

/** An owner invites someone with a role; they sign up through the link. Returns their client. */
export async function inviteOverHttp(owner: HttpClient, organisationId: string, role: string, email: string): Promise<HttpClient> {
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
