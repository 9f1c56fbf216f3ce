import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errors as frenchErrors } from '$lib/i18n/catalogues/fr/errors';
import { RESPONDENT_TEXTS } from '$lib/survey/respondent-texts';
import { createTokenOverHttp, setUpOverHttp } from '../helpers/accounts';
import type { HttpClient } from '../helpers/http';
import { createScratchDatabase, POSTGRES_ADMIN_URL, postgresAvailable } from '../helpers/postgres';
import { asFormAnswers, respondentAnswers, RESPONDENT } from '../helpers/responses';
import { startServer, type RunningServer } from '../helpers/server';
import { publishOverHttp, type PublishedLink } from '../helpers/survey-http';

const withPostgres = await postgresAvailable();

const UNAVAILABLE_FR = frenchErrors['errors.database_unavailable'];
const NOT_SAVED_FR = RESPONDENT_TEXTS.fr['problem.not_saved'];
/** Connections the app's load keeps open at once. */
const SENDERS = 8;
/** Kind and code only in the logs: no stack, no SQL. */
const INTERNALS = /\n\s+at [\w.<>]+ \(|insert into|select |pg_terminate_backend/i;

type Sent = {
	kind: 'api' | 'send';
	clientId: string;
	address: string;
	status: number;
	location: string | null;
	body: string;
};

/**
 * Backends of the app's database ended while it serves (`pg_terminate_backend`, as an administrator or a
 * failover does): in a query, between the statements of a transaction, and waiting in the pool; then
 * queries that end their own connection, so that each way a request meets it is seen the same every time.
 */
describe.runIf(withPostgres)('PostgreSQL connections ended while the app uses them', () => {
	let server: RunningServer;
	let drop: () => Promise<void>;
	let databaseName: string;
	let admin: pg.Client;
	let owner: HttpClient;
	let ownerToken: string;
	let apiLink: PublishedLink;
	let sendLink: PublishedLink;
	const formAnswers = asFormAnswers(RESPONDENT);

	beforeAll(async () => {
		const scratch = await createScratchDatabase();
		drop = scratch.drop;
		databaseName = new URL(scratch.url).pathname.slice(1);
		// A small pool, so that its few connections are each in use most of the time; every request its own address (the flood limit).
		server = await startServer({
			DATABASE_URL: scratch.url,
			DATABASE_POOL_SIZE: '4',
			ADDRESS_HEADER: 'x-forwarded-for',
			XFF_DEPTH: '1'
		});
		owner = await setUpOverHttp(server.url, 'owner@example.org', 'Sahel Info');
		ownerToken = await createTokenOverHttp(owner);
		const published = await publishOverHttp(server.url, ownerToken);
		apiLink = published.link('baseline', 'exposed');
		sendLink = published.link('baseline', 'comparison');
		admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
		await admin.connect();
	});
	afterAll(async () => {
		await admin?.end();
		await server?.stop();
		await drop?.();
	});

	let sequence = 0;
	const nextClientId = () => `lost${process.pid.toString(36)}${(sequence++).toString(36).padStart(8, '0')}`;
	const nextAddress = () => `10.${sequence % 250}.${Math.floor(sequence / 250) % 250}.${1 + (sequence % 200)}`;

	/** The survey's last page as the form sends it. */
	const surveyForm = (clientId: string) => {
		const body = new URLSearchParams({ _client: clientId, _version: '1', _page: '16', _nav: 'next' });
		for (const [name, value] of Object.entries(formAnswers)) for (const one of [value].flat()) body.append(name, one);
		return body;
	};
	const postForm = (path: string, clientId: string, address: string, headers: Record<string, string> = {}) =>
		fetch(`${server.url}${path}`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				'content-type': 'application/x-www-form-urlencoded',
				origin: server.url,
				accept: 'text/html',
				'x-forwarded-for': address,
				...headers
			},
			body: surveyForm(clientId)
		});
	const collect = (clientId: string, address: string) =>
		fetch(`${server.url}/api/v1/collect/${apiLink.token}/responses`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'accept-language': 'fr', 'x-forwarded-for': address },
			body: JSON.stringify({ clientId, language: 'fr', answers: respondentAnswers() })
		});
	const sendPath = () => `/s/${sendLink.token}/send?lang=fr`;
	const surveyPath = () => `/s/${sendLink.token}?lang=fr`;

	/** One submission through the collection API or the survey's last page, as a respondent's phone sends it. */
	async function submit(kind: 'api' | 'send'): Promise<Sent> {
		const clientId = nextClientId();
		const address = nextAddress();
		const response = kind === 'api' ? await collect(clientId, address) : await postForm(sendPath(), clientId, address);
		return {
			kind,
			clientId,
			address,
			status: response.status,
			location: response.headers.get('location'),
			body: await response.text()
		};
	}

	/** Ends the app's backends in that state (all of them without one); how many it ended. */
	async function terminate(state: string | null): Promise<number> {
		const { rowCount } = await admin.query(
			`select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()${state ? ' and state = $2' : ''}`,
			state ? [databaseName, state] : [databaseName]
		);
		return rowCount ?? 0;
	}

	/** Runs SQL on the app's database, as its operator would. */
	async function onAppDatabase<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
		const client = new pg.Client({ connectionString: server.env.DATABASE_URL });
		await client.connect();
		try {
			return await run(client);
		} finally {
			await client.end();
		}
	}

	const storedClientIds = (clientIds: string[]) =>
		onAppDatabase(async (client) => {
			const { rows } = await client.query<{ client_id: string }>(
				'select client_id from responses where client_id = any($1::text[])',
				[clientIds]
			);
			return new Set(rows.map((row) => row.client_id));
		});

	it(
		'keeps serving, answers what failed with a 503 or the survey page again, and loses no acknowledged submission',
		{ timeout: 120_000 },
		async () => {
			const acknowledged: Sent[] = [];
			const refused: Sent[] = [];
			const wrong: string[] = [];
			let kept = 0;
			let stop = false;
			const judge = async (sent: Sent) => {
				if (sent.kind === 'api' && (sent.status === 201 || sent.status === 200)) return acknowledged.push(sent);
				if (sent.kind === 'send' && sent.status === 303 && sent.location?.includes('/done?'))
					return acknowledged.push(sent);
				if (sent.kind === 'api' && sent.status === 503) return refused.push(sent);
				if (sent.kind === 'send' && sent.status === 307 && sent.location === surveyPath()) {
					// As a browser does: the same form to the survey's page, which stores it or shows it again, saying it was not saved.
					const again = await postForm(sent.location, sent.clientId, sent.address);
					const page = await again.text();
					if (again.status === 303 && again.headers.get('location')?.includes('/done?')) return acknowledged.push(sent);
					if (again.status === 503 && page.includes(NOT_SAVED_FR) && page.includes(`value="${sent.clientId}"`))
						return (kept++, refused.push(sent));
					return wrong.push(`send 307, then the survey page ${again.status} ${page.slice(0, 200)}`);
				}
				wrong.push(`${sent.kind} ${sent.status} ${sent.location ?? ''} ${sent.body.slice(0, 200)}`);
			};
			const sender = async (index: number) => {
				for (let turn = index; !stop; turn++) {
					try {
						await judge(await submit(turn % 2 === 0 ? 'api' : 'send'));
					} catch (error) {
						// The connection to the app reset or refused: the process died, or dropped the request.
						const cause = (error as { cause?: { code?: string; message?: string } }).cause;
						wrong.push(`no answer (${cause?.code ?? cause?.message ?? String(error)})`);
						if (server.exited()) return;
					}
				}
			};
			/** Until `count` more submissions are acknowledged: the app still takes them. */
			const progress = async (count: number) => {
				const target = acknowledged.length + count;
				for (let poll = 0; acknowledged.length < target; poll++) {
					if (server.exited()) throw new Error(`the app ended (${server.exited()}); it printed:\n${server.logs()}`);
					if (poll > 3000)
						throw new Error(
							`no progress: ${acknowledged.length} acknowledged, ${wrong.length} wrong (${wrong.slice(0, 5).join('; ')})`
						);
					await new Promise((done) => setTimeout(done, 10));
				}
			};
			/** Polls until a backend in that state is found and ended (a transaction between statements lasts a moment). */
			const terminateOne = async (state: string) => {
				for (let poll = 0; poll < 2000; poll++) {
					const ended = await terminate(state);
					if (ended > 0) return ended;
				}
				return 0;
			};

			const senders = Array.from({ length: SENDERS }, (_, index) => sender(index));
			const ended: Record<string, number> = { active: 0, 'idle in transaction': 0, idle: 0, every: 0 };
			try {
				await progress(40);
				for (let round = 0; round < 3; round++) {
					for (const state of ['active', 'idle in transaction', 'idle'] as const) {
						ended[state] += await terminateOne(state);
						await progress(15);
					}
					ended.every += await terminate(null);
					await progress(15);
				}
				await progress(40);
			} finally {
				stop = true;
				await Promise.all(senders);
			}

			expect(server.exited()).toBeNull();
			expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
			// Each state was met and ended: the load kept connections busy in each.
			expect(ended.active).toBeGreaterThan(0);
			expect(ended['idle in transaction']).toBeGreaterThan(0);
			expect(ended.idle).toBeGreaterThan(0);
			expect(wrong).toEqual([]);
			const stored = await storedClientIds(acknowledged.map((sent) => sent.clientId));
			expect(acknowledged.filter((sent) => !stored.has(sent.clientId)).map((sent) => sent.clientId)).toEqual([]);
			for (const sent of refused.filter((one) => one.kind === 'api')) {
				expect(JSON.parse(sent.body)).toEqual({ error: { code: 'unavailable', message: UNAVAILABLE_FR } });
			}
			expect(server.logs()).toMatch(/database: connection lost \(error 57P01\)/);
			expect(server.logs()).not.toMatch(INTERNALS);
			console.log(
				`connection loss under load: ${acknowledged.length} acknowledged (all stored), ${refused.length} refused cleanly (${kept} survey pages kept); backends ended: ${JSON.stringify(ended)}`
			);
		}
	);

	it('keeps a respondent’s answers on the survey’s page, saying they were not saved, while writing them ends the connection', async () => {
		// Every response written ends its own connection, as pg_terminate_backend in the middle of the write would.
		await onAppDatabase((client) =>
			client.query(`
				create function lose_connection() returns trigger language plpgsql as $$
				begin perform pg_terminate_backend(pg_backend_pid()); return new; end $$;
				create trigger lose_connection before insert on responses for each row execute function lose_connection();`)
		);
		const clientId = nextClientId();
		const address = nextAddress();
		try {
			const sent = await postForm(sendPath(), clientId, address);
			expect(sent.status).toBe(307);
			expect(sent.headers.get('location')).toBe(surveyPath());
			const page = await postForm(surveyPath(), clientId, address);
			expect(page.status).toBe(503);
			const html = await page.text();
			expect(html).toContain(NOT_SAVED_FR);
			expect(html).toMatch(/<form[^>]*data-survey/);
			expect(html).toContain(`name="_client" value="${clientId}"`);
			expect(html).toMatch(/name="D2"[^>]*value="22"|value="22"[^>]*name="D2"/);

			// A signed-in interviewer's last page goes through the app's own route: the same way back.
			const routed = await postForm(sendPath(), nextClientId(), address, {
				cookie: `mesure_session=${owner.cookie('mesure_session')}`
			});
			expect(routed.status).toBe(307);
			expect(routed.headers.get('location')).toBe(surveyPath());

			const api = await collect(nextClientId(), address);
			expect(api.status).toBe(503);
			expect(await api.json()).toEqual({ error: { code: 'unavailable', message: UNAVAILABLE_FR } });
			expect((await storedClientIds([clientId])).size).toBe(0);
		} finally {
			await onAppDatabase((client) =>
				client.query('drop trigger lose_connection on responses; drop function lose_connection()')
			);
		}
		// Sent again once the database takes it: stored.
		const again = await postForm(sendPath(), clientId, address);
		expect(again.status).toBe(303);
		expect((await storedClientIds([clientId])).size).toBe(1);
		expect(server.exited()).toBeNull();
		expect(server.logs()).not.toMatch(INTERNALS);
	});

	it('answers a page, a session or a token the database could not read with a 503 and its message, then serves them again', async () => {
		// Reading the table ends the connection: it is set aside behind a view whose every read does that.
		const breakTables = (tables: string[]) =>
			onAppDatabase((client) =>
				client.query(`
					create function lose_connection() returns boolean language plpgsql as $$
					begin perform pg_terminate_backend(pg_backend_pid()); return true; end $$;
					${tables.map((table) => `alter table ${table} rename to ${table}_kept; create view ${table} as select * from ${table}_kept where (select lose_connection());`).join('\n')}`)
			);
		const mendTables = (tables: string[]) =>
			onAppDatabase((client) =>
				client.query(`
					${tables.map((table) => `drop view ${table}; alter table ${table}_kept rename to ${table};`).join('\n')}
					drop function lose_connection();`)
			);
		const french = { 'accept-language': 'fr' };

		await breakTables(['campaigns']);
		try {
			// A page whose load reads it: the app's error page, in the user's language.
			const page = await owner.get('/campaigns', french);
			expect(page.status).toBe(503);
			expect(await page.text()).toContain(UNAVAILABLE_FR);
			// A respondent's survey page: the respondents' error page, in the survey's language.
			const survey = await fetch(`${server.url}${surveyPath()}`);
			expect(survey.status).toBe(503);
			expect(await survey.text()).toContain(RESPONDENT_TEXTS.fr['failure.text']);
		} finally {
			await mendTables(['campaigns']);
		}

		await breakTables(['sessions', 'api_tokens']);
		try {
			// Before any route: the session and the token are read as every request begins.
			const page = await owner.get('/campaigns', french);
			expect(page.status).toBe(503);
			expect(await page.text()).toContain(UNAVAILABLE_FR);
			const api = await fetch(`${server.url}/api/v1/campaigns`, {
				headers: { authorization: `Bearer ${ownerToken}`, 'accept-language': 'fr' }
			});
			expect(api.status).toBe(503);
			expect(await api.json()).toEqual({ error: { code: 'unavailable', message: UNAVAILABLE_FR } });
		} finally {
			await mendTables(['sessions', 'api_tokens']);
		}

		expect((await owner.get('/campaigns')).status).toBe(200);
		expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
		expect(server.exited()).toBeNull();
		expect(server.logs()).not.toMatch(INTERNALS);
	});
});
