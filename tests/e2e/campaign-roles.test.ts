import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	activeOrganisationId,
	createTokenOverHttp,
	inviteOverHttp,
	setUpOverHttp,
	signUpOverHttp
} from '../helpers/accounts';
import { campaignBody } from '../helpers/fixtures';
import { HttpClient, mainOf } from '../helpers/http';
import { startServer, type RunningServer } from '../helpers/server';

type Who = 'owner' | 'editor' | 'viewer' | 'enumerator' | 'outsider' | 'donor' | 'anonymous';
const EVERYONE: Who[] = ['owner', 'editor', 'viewer', 'enumerator', 'outsider', 'donor', 'anonymous'];

const status = (member: number, editor = member): Record<Who, number> => ({
	owner: editor,
	editor,
	viewer: member,
	enumerator: member,
	outsider: 404,
	donor: 404,
	anonymous: 303
});

// Every campaign page, opened by every role: the server decides, whatever the page shows.
describe('every campaign page with every role', () => {
	let server: RunningServer;
	const as = {} as Record<Who, HttpClient>;
	let campaign: string;
	let link: string;

	beforeAll(async () => {
		server = await startServer();
		as.owner = await setUpOverHttp(server.url, 'owner@example.org', 'Sahel Info');
		const orgId = await activeOrganisationId(as.owner);
		for (const role of ['editor', 'viewer', 'enumerator'] as const)
			as[role] = await inviteOverHttp(as.owner, orgId, role, `${role}@example.org`);
		as.outsider = await signUpOverHttp(server.url, 'outsider@example.org', 'Elsewhere');
		as.donor = await signUpOverHttp(server.url, 'donor@example.org', 'Fonds', 'donor');
		as.anonymous = new HttpClient(server.url);
		const token = await createTokenOverHttp(as.editor);
		const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
		const created = await (
			await fetch(`${server.url}/api/v1/campaigns`, {
				method: 'POST',
				headers,
				body: JSON.stringify(campaignBody({ languages: ['fr'] }))
			})
		).json();
		campaign = `/campaigns/${created.id}`;
		await fetch(`${server.url}/api/v1${campaign}/publish`, { method: 'POST', headers });
		link = /href="(\/campaigns\/[a-z2-7]{24}\/links\/[a-z2-7]{24})"/.exec(
			mainOf(await (await as.owner.get(campaign)).text())
		)![1];
	});
	afterAll(async () => server.stop());

	it.each([
		['campaign list', () => '/campaigns', { ...status(200), outsider: 200, donor: 200 }],
		['register a campaign', () => '/campaigns/new', { ...status(403, 200), outsider: 200, donor: 403 }],
		['campaign page', () => campaign, status(200)],
		['edit settings', () => `${campaign}/edit`, status(403, 200)],
		['survey', () => `${campaign}/survey`, status(200)],
		['translations', () => `${campaign}/translations`, status(200)],
		['XLSForm page', () => `${campaign}/xlsform`, status(200)],
		['XLSForm download', () => `${campaign}/xlsform/download`, status(200)],
		['preview', () => `${campaign}/preview?lang=fr`, status(200)],
		['logo page', () => `${campaign}/logo`, status(200)],
		['logo file (none yet)', () => `${campaign}/logo/file`, { ...status(404), anonymous: 303 }],
		['recordings page', () => `${campaign}/recordings`, status(200)],
		['a recording (none yet)', () => `${campaign}/recordings/K1/fr`, { ...status(404), anonymous: 303 }],
		['link page', () => link, status(200)],
		['import responses', () => `${link}/import`, status(403, 200)],
		['flyer', () => `${link}/flyer?lang=fr`, status(200)]
	])('%s', async (_name, path, expected) => {
		const seen = {} as Record<Who, number>;
		for (const who of EVERYONE) seen[who] = (await as[who].get(path())).status;
		expect(seen).toEqual(expected);
	});

	it.each([
		['publish', () => `${campaign}?/publish`],
		['follow-up wave', () => `${campaign}?/followup`],
		['close', () => `${campaign}?/close`],
		['link settings', () => `${link}?/settings`],
		['logo upload', () => `${campaign}/logo?/upload`],
		['logo removal', () => `${campaign}/logo?/remove`],
		['recording upload', () => `${campaign}/recordings?/upload&question=K1&language=fr`],
		['recording removal', () => `${campaign}/recordings?/remove&question=K1&language=fr`],
		['read aloud', () => `${campaign}/recordings?/readAloud`],
		['check a CSV of responses', () => `${link}/import?/check`],
		['import a CSV of responses', () => `${link}/import?/import`]
	])('%s is refused to viewers, enumerators and outsiders', async (_name, path) => {
		const seen = {} as Record<string, number>;
		for (const who of ['viewer', 'enumerator', 'outsider', 'donor', 'anonymous'] as const) {
			seen[who] = (await as[who].post(path(), { mode: 'self', opensAt: '', closesAt: '' })).status;
		}
		expect(seen).toEqual({ viewer: 403, enumerator: 403, outsider: 404, donor: 404, anonymous: 303 });
	});

	it.each([
		['share with a donor', () => `${campaign}?/share`],
		['revoke a share', () => `${campaign}?/revoke`],
		['publish a public report', () => `${campaign}?/publishReport`],
		['withdraw the public report', () => `${campaign}?/withdrawReport`]
	])('%s is for owners only', async (_name, path) => {
		const seen = {} as Record<string, number>;
		for (const who of ['editor', 'viewer', 'enumerator', 'outsider', 'donor', 'anonymous'] as const) {
			seen[who] = (await as[who].post(path(), { organisationId: 'a'.repeat(24) })).status;
		}
		expect(seen).toEqual({ editor: 403, viewer: 403, enumerator: 403, outsider: 404, donor: 404, anonymous: 303 });
	});
});
