import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeOrganisationId, inviteOverHttp, setUpOverHttp, signUpOverHttp } from '../helpers/accounts';
import { HttpClient } from '../helpers/http';
import { startServer, type RunningServer } from '../helpers/server';

type Who = 'owner' | 'editor' | 'viewer' | 'enumerator' | 'outsider' | 'admin' | 'anonymous';

// Every organisation route, tried by every role: the server decides, whatever the page shows.
describe('every route with every role', () => {
	let server: RunningServer;
	const as = {} as Record<Who, HttpClient>;
	let orgId: string;
	let viewerId: string;

	beforeAll(async () => {
		server = await startServer();
		as.admin = await setUpOverHttp(server.url, 'admin@example.org', 'Instance');
		as.owner = await signUpOverHttp(server.url, 'owner@example.org', 'Sahel Info');
		as.outsider = await signUpOverHttp(server.url, 'outsider@example.org', 'Elsewhere');
		as.anonymous = new HttpClient(server.url);
		orgId = await activeOrganisationId(as.owner);
		for (const role of ['editor', 'viewer', 'enumerator'] as const) {
			as[role] = await inviteOverHttp(as.owner, orgId, role, `${role}@example.org`);
		}
		const members = await (await as.owner.get(`/organisations/${orgId}/members`)).text();
		const match = [...members.matchAll(/<strong>(\w+)<\/strong>[^]*?name="userId" value="([a-z2-7]+)"/g)];
		viewerId = match.find((m) => m[1] === 'viewer')![2];
	});
	afterAll(async () => server.stop());

	const members = () => `/organisations/${orgId}/members`;
	const expected: [string, () => [string, 'GET' | 'POST', Record<string, string>?], Record<Who, number>][] = [
		[
			'members page',
			() => [members(), 'GET'],
			{ owner: 200, editor: 200, viewer: 200, enumerator: 200, outsider: 404, admin: 404, anonymous: 303 }
		],
		[
			'invite',
			() => [`${members()}?/invite`, 'POST', { role: 'viewer' }],
			{ owner: 200, editor: 403, viewer: 403, enumerator: 403, outsider: 404, admin: 404, anonymous: 303 }
		],
		[
			'change a role',
			() => [`${members()}?/changeRole`, 'POST', { userId: viewerId, role: 'viewer' }],
			{ owner: 200, editor: 403, viewer: 403, enumerator: 403, outsider: 404, admin: 404, anonymous: 303 }
		],
		[
			'remove someone',
			() => [`${members()}?/remove`, 'POST', { userId: 'nosuchmember' }],
			{ owner: 404, editor: 403, viewer: 403, enumerator: 403, outsider: 404, admin: 404, anonymous: 303 }
		],
		[
			'revoke an invitation',
			() => [`${members()}?/revokeInvitation`, 'POST', { invitationId: 'nosuchinvitation' }],
			{ owner: 404, editor: 403, viewer: 403, enumerator: 403, outsider: 404, admin: 404, anonymous: 303 }
		],
		[
			'audit log',
			() => [`/organisations/${orgId}/audit`, 'GET'],
			{ owner: 200, editor: 403, viewer: 403, enumerator: 403, outsider: 404, admin: 404, anonymous: 303 }
		],
		[
			'administration',
			() => ['/admin', 'GET'],
			{ owner: 403, editor: 403, viewer: 403, enumerator: 403, outsider: 403, admin: 200, anonymous: 303 }
		],
		[
			'open sign-up setting',
			() => ['/admin?/signup', 'POST', { openSignup: 'on' }],
			{ owner: 403, editor: 403, viewer: 403, enumerator: 403, outsider: 403, admin: 200, anonymous: 303 }
		],
		[
			'account',
			() => ['/account', 'GET'],
			{ owner: 200, editor: 200, viewer: 200, enumerator: 200, outsider: 200, admin: 200, anonymous: 303 }
		],
		[
			'API tokens',
			() => ['/account/tokens', 'GET'],
			{ owner: 200, editor: 200, viewer: 200, enumerator: 200, outsider: 200, admin: 200, anonymous: 303 }
		],
		[
			'organisations',
			() => ['/organisations', 'GET'],
			{ owner: 200, editor: 200, viewer: 200, enumerator: 200, outsider: 200, admin: 200, anonymous: 303 }
		],
		[
			'switch into it',
			() => ['/organisations?/switch', 'POST', { organisationId: orgId }],
			{ owner: 303, editor: 303, viewer: 303, enumerator: 303, outsider: 404, admin: 404, anonymous: 303 }
		]
	];

	it.each(expected)('%s', async (_name, request, statuses) => {
		const [path, method, form] = request();
		const seen = {} as Record<Who, number>;
		for (const who of Object.keys(statuses) as Who[]) {
			const response = method === 'GET' ? await as[who].get(path) : await as[who].post(path, form ?? {});
			seen[who] = response.status;
			if (who === 'anonymous') expect(response.headers.get('location')).toMatch(/^\/signin\?redirectTo=/);
		}
		expect(seen).toEqual(statuses);
	});
});
