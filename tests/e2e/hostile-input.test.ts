import { Agent, request as httpRequest } from 'node:http';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeOrganisationId, createTokenOverHttp, setUpOverHttp } from '../helpers/accounts';
import { messages as en } from '$lib/i18n/catalogues/en';
import { campaignBody } from '../helpers/fixtures';
import type { HttpClient } from '../helpers/http';
import { respondentAnswers } from '../helpers/responses';
import { listRoutes, fillRoute, TAKE_NO_INPUT, type AppRoute, type RouteValues } from '../helpers/routes';
import { startServer, type RunningServer } from '../helpers/server';
import { publishOverHttp } from '../helpers/survey-http';

/**
 * Forms whose every field may be left out, each left-out field meaning "none" (a translation not given, sign-up
 * closed): any body is a valid answer to them, stored as nothing; they must still never fail. The respondent's
 * send endpoint redirects every post (307) to the survey page, which validates it.
 */
const ACCEPT_ANY_FORM = new Set([
	'/(app)/campaigns/[id=id]/translations default',
	'/(app)/admin signup',
	'/(respondent)/s/[token]/send POST',
	// Read aloud is on when the box is ticked, off otherwise.
	'/(app)/campaigns/[id=id]/recordings readAloud',
	// Closed once the instance is set up: every post is sent home, unread.
	'/(app)/setup default'
]);
/** Forms for people without an account: walked without a session (a signed-in user is sent home from them). */
const ANONYMOUS_FORMS = new Set(['/(app)/signin default', '/(app)/signup default']);
/** Tables whose rows invalid input must never change. */
const GUARDED_TABLES = [
	'users',
	'organisations',
	'memberships',
	'campaigns',
	'responses',
	'response_events',
	'campaign_shares',
	'public_reports',
	'api_tokens',
	'invitations',
	'collection_links',
	'campaign_clusters',
	'design_sums',
	'design_psus',
	'design_psu_levels',
	'indicator_level_sums',
	'response_deletions',
	'question_recordings'
];
const MEGABYTE = 'x'.repeat(1_048_576);
const FIELDS = [
	'title',
	'name',
	'email',
	'password',
	'organisationId',
	'organisationName',
	'confirmation',
	'expiresOn',
	'role',
	'code',
	'locale',
	'tokenId',
	'target',
	'mode',
	'_client',
	'_page'
];

/** Invalid bodies of every kind a form or an endpoint may be sent: none of them is a valid request. */
function hostileBodies(): { name: string; contentType: string; body: string | Uint8Array }[] {
	const form = (values: Record<string, string>) => new URLSearchParams(values).toString();
	return [
		{ name: 'empty form', contentType: 'application/x-www-form-urlencoded', body: '' },
		{
			name: '1 MB in every field',
			contentType: 'application/x-www-form-urlencoded',
			body: form(Object.fromEntries(FIELDS.map((field) => [field, MEGABYTE.slice(0, 200_000)])))
		},
		{
			name: 'a 1 MB field',
			contentType: 'application/x-www-form-urlencoded',
			body: form({ title: MEGABYTE, name: MEGABYTE.slice(1) })
		},
		{
			name: 'invalid UTF-8',
			contentType: 'application/x-www-form-urlencoded',
			body: new Uint8Array([
				0x74, 0x69, 0x74, 0x6c, 0x65, 0x3d, 0xff, 0xfe, 0xc3, 0x28, 0x26, 0x6e, 0x3d, 0xed, 0xa0, 0x80
			])
		},
		{
			name: 'broken multipart',
			contentType: 'multipart/form-data; boundary=zzz',
			body: '--zzz\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\n\r\nPK\u0003\u0004garbage'
		},
		{
			name: 'wrong JSON types',
			contentType: 'application/json',
			body: JSON.stringify({
				title: 12,
				countries: 'SN',
				languages: { fr: true },
				organisationId: [1],
				answers: 'yes',
				clientId: null
			})
		},
		{ name: 'JSON array', contentType: 'application/json', body: '[]' },
		{ name: 'JSON null', contentType: 'application/json', body: 'null' },
		{ name: 'malformed JSON', contentType: 'application/json', body: '{"title": "a",' },
		{ name: 'deep JSON', contentType: 'application/json', body: '['.repeat(100_000) + ']'.repeat(100_000) },
		{
			name: 'JSON prototype keys',
			contentType: 'application/json',
			body: '{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"x": 1}}}'
		},
		{
			name: 'invalid UTF-8 JSON',
			contentType: 'application/json',
			body: new Uint8Array([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xc0, 0xaf, 0x22, 0x7d])
		},
		{ name: 'text', contentType: 'text/plain', body: "'; drop table campaigns; --" }
	];
}

describe('hostile input on every form action and API endpoint', () => {
	let server: RunningServer;
	let owner: HttpClient;
	let token: string;
	let values: RouteValues;
	let routes: AppRoute[];

	const countRows = () => {
		const db = new SqliteDatabase(server.databasePath!, { readonly: true });
		try {
			return Object.fromEntries(
				GUARDED_TABLES.map((table) => [
					table,
					(db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n
				])
			);
		} finally {
			db.close();
		}
	};
	/**
	 * One request on a connection of its own, kept alive as a browser's is: a server that answers before it has read
	 * the whole body then reads the rest and drops it, where a connection the client asked to close would be closed
	 * under the body still on its way.
	 */
	const send = (
		path: string,
		method: string,
		contentType: string,
		body: string | Uint8Array | undefined,
		api: boolean,
		anonymous = false,
		chunked = false
	): Promise<{ status: number; text: string }> => {
		const agent = new Agent({ keepAlive: true, maxSockets: 1 });
		return new Promise<{ status: number; text: string }>((resolve, reject) => {
			const request = httpRequest(
				`${server.url}${path}`,
				{
					method,
					agent,
					headers: {
						'content-type': contentType,
						origin: server.url,
						accept: api ? 'application/json' : 'text/html',
						...(anonymous
							? {}
							: api
								? { authorization: `Bearer ${token}` }
								: { cookie: `mesure_session=${owner.cookie('mesure_session')}` })
					}
				},
				(response) => {
					const chunks: Buffer[] = [];
					const answer = () =>
						resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') });
					answered = answer;
					response.on('data', (chunk: Buffer) => chunks.push(chunk));
					response.on('end', answer);
					response.on('error', answer);
				}
			);
			// A server that answers before it has read the whole body closes the connection: the rest cannot be
			// written, but the answer came.
			let answered: (() => void) | null = null;
			request.on('error', (error) => (answered ? answered() : reject(error)));
			if (chunked && body !== undefined) {
				// Without a length given, the server learns the body is too large only while reading it.
				const bytes = Buffer.from(body);
				for (let at = 0; at < bytes.length; at += 65_536) request.write(bytes.subarray(at, at + 65_536));
				request.end();
			} else request.end(body === undefined ? undefined : Buffer.from(body));
		}).finally(() => agent.destroy());
	};

	/**
	 * A body refused while it is still being written: the server answers and closes, and when the client's next
	 * write meets the closed connection, TCP may drop the answer already on its way (EPIPE, ECONNRESET). Asked
	 * again, up to three times, as a browser's user would; any other failure, or the same one three times, is kept.
	 */
	const sendRefused = async (
		attempt: () => Promise<{ status: number; text: string }>
	): Promise<{ status: number; text: string } | Error> => {
		let failure: Error | null = null;
		for (let tries = 0; tries < 3; tries++) {
			const outcome = await attempt().catch((error: Error) => error);
			if (!(outcome instanceof Error)) return outcome;
			failure = outcome;
			if (!['EPIPE', 'ECONNRESET'].includes((outcome as NodeJS.ErrnoException).code ?? '')) break;
		}
		return failure!;
	};

	beforeAll(async () => {
		server = await startServer();
		owner = await setUpOverHttp(server.url, 'owner@example.org', 'Sahel Info');
		token = await createTokenOverHttp(owner);
		const published = await publishOverHttp(server.url, token);
		const link = published.link('baseline', 'exposed');
		values = {
			campaign: published.campaignId,
			link: link.id,
			organisation: await activeOrganisationId(owner),
			code: 'q_custom',
			token: link.token,
			publicToken: 'a'.repeat(32),
			invitation: 'b'.repeat(32),
			subjectOrganisation: 'c'.repeat(24),
			response: 'd'.repeat(24)
		};
		routes = await listRoutes();
	});
	afterAll(async () => server.stop());

	it(
		'answers each with a 4xx and a message (never a 5xx), stores nothing, and keeps serving',
		{ timeout: 300_000 },
		async () => {
			const before = countRows();
			const problems: string[] = [];
			let sent = 0;
			for (const route of routes) {
				const path = fillRoute(route.id, values);
				const api = path.startsWith('/api/');
				const targets =
					route.kind === 'page'
						? route.actions.map((action) => ({
								key: `${route.id} ${action}`,
								method: 'POST',
								path: action === 'default' ? path : `${path}?/${action}`
							}))
						: // A DELETE carries no body (adapter-node refuses one with a bare 400 before the app sees it).
							route.methods
								.filter((method) => !['GET', 'HEAD', 'DELETE', 'fallback'].includes(method))
								.map((method) => ({ key: `${route.id} ${method}`, method, path }));
				for (const target of targets.filter((candidate) => !TAKE_NO_INPUT.has(candidate.key))) {
					for (const hostile of hostileBodies()) {
						const response = await sendRefused(() =>
							send(target.path, target.method, hostile.contentType, hostile.body, api, ANONYMOUS_FORMS.has(target.key))
						);
						sent++;
						if (response instanceof Error) {
							problems.push(`${target.method} ${target.path} (${hostile.name}): ${response.cause ?? response.message}`);
							continue;
						}
						const text = response.text;
						const where = `${target.method} ${target.path} (${hostile.name}): ${response.status}`;
						if (response.status >= 500) problems.push(where);
						else if (response.status < 400 && !ACCEPT_ANY_FORM.has(target.key)) problems.push(`${where}, accepted`);
						else if (api && response.status >= 400 && !/"error":\{"code":"[a-z_]+","message":"[^"]+"/.test(text))
							problems.push(`${where}, no JSON error`);
						if (/at [\w.]+ \(|\bselect \w+ from\b|SQLITE_/i.test(text)) problems.push(`${where}, leaks internals`);
					}
				}
			}
			expect(problems).toEqual([]);
			expect(sent).toBeGreaterThan(400);
			expect(countRows()).toEqual(before);
			expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
			expect(server.logs()).not.toMatch(/\n\s+at [\w.<>]+ \(|SQLITE_|syntax error/);
		}
	);

	it(
		'refuses an upload over the 5 MB body limit on every upload, told its length or not, and keeps serving',
		{ timeout: 120_000 },
		async () => {
			const before = countRows();
			const oversized = Buffer.alloc(6 * 1024 * 1024, 'a');
			const multipart = Buffer.concat([
				Buffer.from(
					'--zzz\r\nContent-Disposition: form-data; name="file"; filename="survey.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n'
				),
				oversized,
				Buffer.from('\r\n--zzz--\r\n')
			]);
			const uploads = [
				{ path: `/campaigns/${values.campaign}/xlsform?/preview`, api: false },
				{ path: `/campaigns/${values.campaign}/links/${values.link}/import?/check`, api: false },
				{ path: `/campaigns/${values.campaign}/logo?/upload`, api: false },
				{ path: `/campaigns/${values.campaign}/recordings?/upload&question=K1&language=fr`, api: false },
				{ path: `/api/v1/campaigns/${values.campaign}/xlsform`, api: true },
				{ path: `/api/v1/campaigns/${values.campaign}/responses/import?wave=baseline&group=exposed`, api: true }
			];
			const problems: string[] = [];
			for (const upload of uploads) {
				for (const chunked of [false, true]) {
					const where = `${upload.path}${chunked ? ' (no length given)' : ''}`;
					const response = await sendRefused(() =>
						send(
							upload.path,
							'POST',
							upload.api ? 'application/octet-stream' : 'multipart/form-data; boundary=zzz',
							upload.api ? oversized : multipart,
							upload.api,
							false,
							chunked
						)
					);
					if (response instanceof Error) problems.push(`${where}: ${response.message}`);
					else if (response.status !== 413) problems.push(`${where}: ${response.status}`);
					else if (upload.api && !/"error":\{"code":"too_large","message":"[^"]+"/.test(response.text))
						problems.push(`${where}: no JSON error`);
				}
			}
			expect(problems).toEqual([]);
			expect(countRows()).toEqual(before);
			expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
		}
	);

	it('refuses a field it does not know in an otherwise valid API body, and takes the same body without it', async () => {
		const before = countRows();
		const campaign = campaignBody({ title: 'Radio Tambacounda 2027' });
		const extra = { isAdmin: true };
		const valid = [
			{
				method: 'POST',
				path: '/api/v1/campaigns',
				body: campaign,
				refused: { ...campaign, ...extra },
				field: 'body',
				accepted: 201
			},
			{
				method: 'POST',
				path: '/api/v1/campaigns',
				body: campaign,
				refused: { ...campaign, audience: { sex: 'all', ...extra } },
				field: 'audience',
				accepted: 201
			},
			{
				method: 'POST',
				path: '/api/v1/campaigns',
				body: campaign,
				refused: { ...campaign, regions: [{ code: 'tamba', name: 'Tambacounda', ...extra }] },
				field: 'regions.0',
				accepted: 201
			},
			{
				method: 'PATCH',
				path: `/api/v1/campaigns/${values.campaign}`,
				body: { description: 'Saison 2' },
				refused: { description: 'Saison 2', ...extra },
				field: 'body',
				accepted: 200
			},
			{
				method: 'POST',
				path: `/api/v1/campaigns/${values.campaign}/shares`,
				body: { organisationId: values.subjectOrganisation },
				refused: { organisationId: values.subjectOrganisation, ...extra },
				field: 'body',
				accepted: 404
			},
			{
				method: 'POST',
				path: `/api/v1/collect/${values.token}/responses`,
				body: { clientId: 'extra-field-0001', language: 'fr', answers: respondentAnswers() },
				refused: { clientId: 'extra-field-0001', language: 'fr', answers: respondentAnswers(), ...extra },
				field: 'body',
				accepted: 201
			}
		];
		const call = (target: (typeof valid)[number], body: unknown) =>
			send(target.path, target.method, 'application/json', JSON.stringify(body), true);
		for (const target of valid) {
			const refused = await call(target, target.refused);
			expect(refused.status, `${target.method} ${target.path} (${target.field})`).toBe(422);
			expect(JSON.parse(refused.text).error.fields).toEqual({ [target.field]: en['errors.field_unknown'] });
		}
		expect(countRows()).toEqual(before);
		for (const target of valid.filter((candidate) => candidate.field === 'body')) {
			expect((await call(target, target.body)).status, `${target.method} ${target.path}`).toBe(target.accepted);
		}
	});

	it('refuses hostile query strings on every GET endpoint with a 4xx or answers them, never a 5xx', async () => {
		const problems: string[] = [];
		for (const route of routes.filter((candidate) => candidate.methods.includes('GET'))) {
			const path = fillRoute(route.id, values);
			const api = path.startsWith('/api/');
			for (const query of [
				'?indicator=%27%20OR%201%3D1--&campaign=<script>',
				`?disaggregate=${'sex,'.repeat(5000)}`,
				'?lang=%ff%fe&hxl=%00',
				`?q=${'%E2%82'.repeat(10)}`
			]) {
				const response = await send(`${path}${query}`, 'GET', 'text/plain', undefined, api);
				if (response.status >= 500) problems.push(`GET ${path}${query.slice(0, 40)}: ${response.status}`);
			}
		}
		expect(problems).toEqual([]);
	});
});
