import pg from 'pg';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	activeOrganisationId,
	createTokenOverHttp,
	inviteOverHttp,
	PASSWORD,
	setUpOverHttp,
	signUpOverHttp
} from '../helpers/accounts';
import { browserAvailable, launchBrowser } from '../helpers/browser';
import { createScratchDatabase, postgresAvailable } from '../helpers/postgres';
import { asFormAnswers, RESPONDENT } from '../helpers/responses';
import { startServer, type RunningServer } from '../helpers/server';
import { publishOverHttp, type PublishedLink } from '../helpers/survey-http';
import { answerInterview, enhanced, RESPONDENT_TEXTS } from './respondent-support';
import { expectText, SESSION_COOKIE, signInOverHttp } from './support';

const enabled = browserAvailable() && (await postgresAvailable());
const fr = RESPONDENT_TEXTS.fr;
const say = (text: string, params: Record<string, string | number>) =>
	text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The queue's summary as it starts: so many waiting, so many sent (then the refused, and the last sending's time). */
const counts = (waiting: number, sent: number, refused?: number) =>
	new RegExp(
		`^${escape([say(fr['enumerator.waiting'], { count: waiting }), say(fr['enumerator.sent'], { count: sent }), ...(refused === undefined ? [] : [say(fr['enumerator.refused'], { count: refused })])].join(' · '))}`
	);

const AWA = 'awa@example.org';
const BINTA = 'binta@example.org';
const OUTSIDER = 'moussa@example.org';

/**
 * The enumerators' queue (src/lib/survey/client/interviews.js) when sending does not go well, against the real
 * server on PostgreSQL: refusals, an ended session, a server that cannot store, a phone shared by two
 * interviewers, sent interviews leaving the phone, and files of interviews that are not what they should be.
 */
// Each test answers interviews page after page in a real browser: 4 to 22 s on a loaded machine; the limit is there
// for a test that hangs, not for a slow one.
describe.skipIf(!enabled)('an enumerator’s queue when sending fails', { timeout: 180_000 }, () => {
	let server: RunningServer;
	let browser: Browser;
	let drop: () => Promise<void>;
	let link: PublishedLink;
	const ids: Record<string, string> = {};

	async function onAppDatabase<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
		const client = new pg.Client({ connectionString: server.env.DATABASE_URL });
		await client.connect();
		try {
			return (await client.query<T>(text, values)).rows;
		} finally {
			await client.end();
		}
	}

	beforeAll(async () => {
		const scratch = await createScratchDatabase();
		drop = scratch.drop;
		[server, browser] = await Promise.all([startServer({ DATABASE_URL: scratch.url }), launchBrowser()]);
		const owner = await setUpOverHttp(server.url, 'owner@example.org', 'Sahel Info', { openSignup: true });
		const organisation = await activeOrganisationId(owner);
		await inviteOverHttp(owner, organisation, 'enumerator', AWA);
		await inviteOverHttp(owner, organisation, 'enumerator', BINTA);
		await signUpOverHttp(server.url, OUTSIDER, 'Autre ONG');
		const published = await publishOverHttp(server.url, await createTokenOverHttp(owner));
		link = published.link('baseline', 'comparison');
		const saved = await owner.post(`/campaigns/${published.campaignId}/links/${link.id}?/settings`, {
			mode: 'enumerator',
			opensAt: '',
			closesAt: ''
		});
		expect(saved.status).toBe(200);
		for (const { id, email } of await onAppDatabase<{
			id: string;
			email: string;
		}>('select id, email from users'))
			ids[email] = id;
	}, 120_000);
	afterAll(async () => {
		await browser?.close().catch(() => {});
		await server?.stop();
		await drop?.();
	});

	/** The responses stored through the link by each interviewer. */
	async function storedBy(): Promise<Record<string, number>> {
		const rows = await onAppDatabase<{ email: string; n: string }>(
			'select u.email, count(*) as n from responses r join users u on u.id = r.collected_by_user_id where r.link_id = $1 group by u.email',
			[link.id]
		);
		return Object.fromEntries(rows.map((row) => [row.email, Number(row.n)]));
	}

	/**
	 * A phone signed in as `email`, its page, and the phone put away afterwards whatever happened; without a service
	 * worker unless asked (pages come from the server).
	 */
	async function onPhone(
		email: string,
		run: (page: Page, context: BrowserContext) => Promise<void>,
		serviceWorkers: 'allow' | 'block' = 'block'
	): Promise<void> {
		const context = await phone(email, serviceWorkers);
		try {
			await run(await context.newPage(), context);
		} finally {
			await context.close();
		}
	}

	async function phone(email: string, serviceWorkers: 'allow' | 'block' = 'block'): Promise<BrowserContext> {
		const context = await browser.newContext({
			viewport: { width: 360, height: 740 },
			isMobile: true,
			hasTouch: true,
			acceptDownloads: true,
			serviceWorkers
		});
		await signInOn(context, email);
		return context;
	}

	/** Someone signs in on the phone: the session it had is replaced. */
	async function signInOn(context: BrowserContext, email: string): Promise<void> {
		await context.clearCookies();
		await context.addCookies([
			{
				name: SESSION_COOKIE,
				value: await signInOverHttp(server.url, { email, password: PASSWORD }),
				url: server.url
			}
		]);
	}

	const summary = (page: Page) => page.locator('[data-queue="summary"]');
	const network = (page: Page) => page.locator('[data-queue="network"]');
	const sendNow = (page: Page) => page.getByRole('button', { name: fr['enumerator.send_now'] });

	async function openForm(page: Page): Promise<void> {
		await page.goto(`${server.url}/s/${link.token}?lang=fr`);
		await enhanced(page);
		await expectText(summary(page), /./, 30_000);
	}

	/** Every answer to the collection link, as the page's script sees it (status and time), by URL. */
	function collectAnswers(page: Page): number[] {
		const statuses: number[] = [];
		page.on('response', (response) => response.url().includes('/api/v1/collect/') && statuses.push(response.status()));
		return statuses;
	}

	/** The queue as it is kept on the phone (IndexedDB), by submission id. */
	const kept = (page: Page) =>
		page.evaluate(
			() =>
				new Promise<Record<string, { status: string; reason?: string }>>((resolve, reject) => {
					const open = indexedDB.open('mesure-interviews', 1);
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const all = open.result.transaction('interviews').objectStore('interviews').getAll();
						all.onsuccess = () => {
							open.result.close();
							resolve(
								Object.fromEntries(
									(
										all.result as {
											clientId: string;
											status: string;
											reason?: string;
										}[]
									).map((record) => [record.clientId, { status: record.status, reason: record.reason }])
								)
							);
						};
					};
				})
		);

	async function interviewsOffline(context: BrowserContext, page: Page, count: number): Promise<void> {
		await context.setOffline(true);
		for (let i = 0; i < count; i++) {
			await answerInterview(page, asFormAnswers({ ...RESPONDENT, D2: 30 + i }), 'fr');
			await expectText(summary(page), counts(i + 1, 0));
		}
	}

	/** A file as "Save to a file" writes one, with these interviews. */
	function transferFile(interviews: unknown[]): {
		name: string;
		mimeType: string;
		buffer: Buffer;
	} {
		return {
			name: 'interviews.json',
			mimeType: 'application/json',
			buffer: Buffer.from(
				JSON.stringify({
					format: 'mesure-interviews',
					version: 1,
					exportedAt: new Date().toISOString(),
					interviews
				})
			)
		};
	}

	async function interview(page: Page, clientId: string, changes: Record<string, unknown> = {}) {
		const version = Number(await page.locator('form[data-survey]').getAttribute('data-version'));
		const submittedAt = new Date().toISOString();
		return {
			clientId,
			token: link.token,
			version,
			language: 'fr',
			startedAt: submittedAt,
			submittedAt,
			answers: asFormAnswers({ ...RESPONDENT, ...changes })
		};
	}

	test('an interview the server refuses is kept, marked refused with the server’s reasons, not sent again, and does not hold back the others', async () => {
		await onPhone(AWA, async (page, context) => {
			await openForm(page);
			const before = await storedBy();
			const refusal = page.waitForResponse(
				(response) => response.url().includes('/api/v1/collect/') && response.status() === 422
			);
			const statuses = collectAnswers(page);
			// An age no one has (the core module's D2 stops well before 300), then a good interview behind it.
			await page
				.getByLabel(fr['enumerator.import'])
				.setInputFiles(
					transferFile([await interview(page, 'aaaa-refused-age', { D2: 300 }), await interview(page, 'zzzz-good-one')])
				);
			await expectText(summary(page), counts(0, 1, 1), 30_000);
			const problem = (await (await refusal).json()) as {
				error: { message: string; fields: Record<string, string> };
			};
			expect(Object.keys(problem.error.fields)).toEqual(['answers.D2']);
			const reason = `${problem.error.message} answers.D2: ${problem.error.fields['answers.D2']}`;
			expect(await kept(page)).toEqual({
				'aaaa-refused-age': { status: 'refused', reason },
				'zzzz-good-one': { status: 'sent', reason: undefined }
			});
			await expectText(
				page.locator('[data-queue="list"] li[data-status="refused"]'),
				new RegExp(`${escape(say(fr['enumerator.status_refused'], { reason }))}$`)
			);
			expect((await storedBy())[AWA] ?? 0).toBe((before[AWA] ?? 0) + 1);

			// Nothing is left to send: the button says so, and a new start of the page sends nothing.
			expect(await sendNow(page).isDisabled()).toBe(true);
			await page.reload();
			await enhanced(page);
			await expectText(summary(page), counts(0, 1, 1));
			expect(await sendNow(page).isDisabled()).toBe(true);
			expect(statuses.sort()).toEqual([201, 422]);

			// Kept on the phone and in the file for another phone, with why it was refused.
			const download = page.waitForEvent('download');
			await page.getByRole('button', { name: fr['enumerator.export'] }).click();
			const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
			expect(saved.interviews).toMatchObject([{ clientId: 'aaaa-refused-age', status: 'refused', reason }]);
		});
	});

	/** Ends a session on the server, as signing out on another device does. */
	async function endSession(session: string): Promise<void> {
		const signedOut = await fetch(`${server.url}/signout`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				cookie: `${SESSION_COOKIE}=${session}`,
				origin: server.url,
				'content-type': 'application/x-www-form-urlencoded',
				accept: 'text/html'
			},
			body: ''
		});
		expect(signedOut.status).toBe(303);
	}
	const sessionOf = async (context: BrowserContext) =>
		(await context.cookies()).find((cookie) => cookie.name === SESSION_COOKIE)!.value;

	test('a session ended while offline: nothing is sent, the phone says to sign in again, the form leaves the offline cache, and all goes once signed in', async () => {
		await onPhone(
			AWA,
			async (page, context) => {
				await openForm(page);
				await expectText(network(page), new RegExp(escape(fr['enumerator.ready_offline'])), 30_000);
				const cached = () => page.evaluate(() => caches.has('mesure-interviews'));
				expect(await cached()).toBe(true);
				await interviewsOffline(context, page, 2);
				const before = (await storedBy())[AWA] ?? 0;

				await endSession(await sessionOf(context));
				const statuses = collectAnswers(page);
				await context.setOffline(false);
				await expectText(network(page), new RegExp(escape(fr['enumerator.signed_out'])), 30_000);
				await expect.poll(cached).toBe(false);
				await expect.poll(() => sendNow(page).isEnabled(), { timeout: 30_000 }).toBe(true);
				await expectText(summary(page), counts(2, 0));
				expect(statuses).toEqual([]);

				await signInOn(context, AWA);
				await sendNow(page).click();
				await expectText(summary(page), counts(0, 2), 30_000);
				expect(statuses).toEqual([201, 201]);
				expect(await network(page).textContent()).not.toContain(fr['enumerator.signed_out']);
				expect((await storedBy())[AWA]).toBe(before + 2);
			},
			'allow'
		);
	});

	test('who is signed in is asked of the server alone: the kept form never answers for it, even offline', async () => {
		await onPhone(
			AWA,
			async (page, context) => {
				await openForm(page);
				await expectText(network(page), new RegExp(escape(fr['enumerator.ready_offline'])), 30_000);
				await context.setOffline(true);
				const ask = (sessionCheck: boolean) =>
					page.evaluate(async (sessionCheck) => {
						try {
							const headers: Record<string, string> = { accept: 'text/html' };
							if (sessionCheck) headers['x-mesure-session-check'] = '1';
							return (await fetch(location.pathname + location.search, { headers })).status;
						} catch {
							return 'no answer';
						}
					}, sessionCheck);
				expect(await ask(false)).toBe(200);
				expect(await ask(true)).toBe('no answer');
			},
			'allow'
		);
	});

	for (const { what, status } of [
		{
			what: 'the session ends as the interview is on its way (401)',
			status: 401
		},
		{
			what: 'the interview arrives with the session of someone not of the organisation (403)',
			status: 403
		}
	])
		test(`${what}: the queue stops at the first, keeps both, says to sign in again, and sends them later`, async () => {
			await onPhone(AWA, async (page, context) => {
				await openForm(page);
				await interviewsOffline(context, page, 2);
				const before = (await storedBy())[AWA] ?? 0;
				const outsider = await signInOverHttp(server.url, {
					email: OUTSIDER,
					password: PASSWORD
				});
				let first = true;
				// Between the queue's check of who is signed in and its first interview, on the real server.
				await page.route('**/api/v1/collect/**', async (route) => {
					if (!first) return route.continue();
					first = false;
					if (status === 401) {
						await endSession(await sessionOf(context));
						return route.continue();
					}
					const answer = await route.fetch({
						headers: {
							...(await route.request().allHeaders()),
							cookie: `${SESSION_COOKIE}=${outsider}`
						}
					});
					return route.fulfill({ response: answer });
				});
				const statuses = collectAnswers(page);
				await context.setOffline(false);
				await expectText(network(page), new RegExp(escape(fr['enumerator.signed_out'])), 30_000);
				await expect.poll(() => sendNow(page).isEnabled(), { timeout: 30_000 }).toBe(true);
				expect(statuses).toEqual([status]);
				await expectText(summary(page), counts(2, 0));
				expect((await storedBy())[AWA] ?? 0).toBe(before);

				if (status === 401) await signInOn(context, AWA);
				await sendNow(page).click();
				await expectText(summary(page), counts(0, 2), 30_000);
				expect(statuses).toEqual([status, 201, 201]);
				expect((await storedBy())[AWA]).toBe(before + 2);
			});
		});

	test('a server that cannot store (5xx) is tried once a minute with one interview, and nothing is dropped', async () => {
		await onPhone(BINTA, async (page, context) => {
			// The page's minute between tries is on a clock the test moves; until then, time flows as usual.
			await page.clock.install();
			await openForm(page);
			await interviewsOffline(context, page, 3);
			const before = (await storedBy())[BINTA] ?? 0;

			// Writing a response ends the server's database connection: the server answers 5xx, stores nothing.
			await onAppDatabase(`
				create function lose_connection() returns trigger language plpgsql as $$
				begin perform pg_terminate_backend(pg_backend_pid()); return new; end $$;
				create trigger lose_connection before insert on responses for each row execute function lose_connection();`);
			try {
				const statuses = collectAnswers(page);
				const idle = () => expect.poll(() => sendNow(page).isEnabled(), { timeout: 30_000 }).toBe(true);
				await context.setOffline(false);
				await expect.poll(() => statuses.length, { timeout: 30_000 }).toBe(1);
				await idle();
				expect(statuses[0]).toBeGreaterThanOrEqual(500);
				await expectText(summary(page), counts(3, 0));

				await page.clock.runFor(60_000);
				await expect.poll(() => statuses.length, { timeout: 30_000 }).toBe(2);
				await idle();
				expect(statuses[1]).toBeGreaterThanOrEqual(500);
				await expectText(summary(page), counts(3, 0));
				expect(Object.values(await kept(page)).map((record) => record.status)).toEqual([
					'waiting',
					'waiting',
					'waiting'
				]);
			} finally {
				await onAppDatabase('drop trigger lose_connection on responses; drop function lose_connection();');
			}
			await page.clock.runFor(60_000);
			await expectText(summary(page), counts(0, 3), 30_000);
			expect((await storedBy())[BINTA]).toBe(before + 3);
		});
	});

	for (const { what, status, contentType, body } of [
		{
			what: 'a proxy’s 429',
			status: 429,
			contentType: 'application/json',
			body: '{"error":{"code":"too_many_requests","message":"Slow down"}}'
		},
		{
			what: 'a proxy’s 502',
			status: 502,
			contentType: 'text/html',
			body: '<h1>Bad gateway</h1>'
		},
		{
			what: 'a Wi-Fi sign-in page’s 200',
			status: 200,
			contentType: 'text/html',
			body: '<form><label>Code du ticket <input name="code"></label></form>'
		}
	])
		test(`what stands between phone and server answers ${what}: one try, both interviews still waiting, sent once it is gone`, async () => {
			// The server itself never answers these to an enumerator (its 429 is for self-completed answers): they come
			// from the network in between, which the test stands in for.
			await onPhone(AWA, async (page, context) => {
				await openForm(page);
				await interviewsOffline(context, page, 2);
				const before = (await storedBy())[AWA] ?? 0;
				let answered = 0;
				await page.route('**/api/v1/collect/**', async (route) => {
					answered += 1;
					await route.fulfill({ status, contentType, body });
				});
				await context.setOffline(false);
				await expect.poll(() => answered, { timeout: 30_000 }).toBe(1);
				await expect.poll(() => sendNow(page).isEnabled(), { timeout: 30_000 }).toBe(true);
				await expectText(summary(page), counts(2, 0));
				expect(Object.values(await kept(page)).map((record) => record.status)).toEqual(['waiting', 'waiting']);

				await page.unroute('**/api/v1/collect/**');
				await sendNow(page).click();
				await expectText(summary(page), counts(0, 2), 30_000);
				expect(answered).toBe(1);
				expect((await storedBy())[AWA]).toBe(before + 2);
			});
		});

	test('on a shared phone, another interviewer’s interviews wait for them and are sent under their own name', async () => {
		await onPhone(AWA, async (page, context) => {
			await openForm(page);
			await interviewsOffline(context, page, 1);
			const before = await storedBy();

			// Binta signs in on the phone (another tab) while Awa's page is still open; the network comes back there.
			const statuses = collectAnswers(page);
			await signInOn(context, BINTA);
			await context.setOffline(false);
			await expectText(network(page), new RegExp(escape(fr['enumerator.signed_out'])), 30_000);
			expect(statuses).toEqual([]);
			expect(await storedBy()).toEqual(before);

			await page.reload();
			await enhanced(page);
			await expectText(
				page.getByText(say(fr['enumerator.interviewer'], { name: 'binta' })),
				say(fr['enumerator.interviewer'], { name: 'binta' })
			);
			await expectText(summary(page), counts(1, 0));
			await expectText(
				page.locator('[data-queue="list"] li[data-status="waiting"]'),
				new RegExp(`${escape(say(fr['enumerator.status_other'], { name: 'awa' }))}$`)
			);
			expect(await sendNow(page).isDisabled()).toBe(true);

			await answerInterview(page, asFormAnswers(RESPONDENT), 'fr');
			await expectText(summary(page), counts(1, 1), 30_000);
			expect(statuses).toEqual([201]);
			expect(await storedBy()).toEqual({
				...before,
				[BINTA]: (before[BINTA] ?? 0) + 1
			});

			await signInOn(context, AWA);
			await page.reload();
			await enhanced(page);
			await expectText(summary(page), counts(0, 2), 30_000);
			expect(statuses).toEqual([201, 201]);
			expect(await storedBy()).toEqual({
				...before,
				[AWA]: (before[AWA] ?? 0) + 1,
				[BINTA]: (before[BINTA] ?? 0) + 1
			});
		});
	});

	test('interviews sent more than a week ago leave the phone; the others stay, and the file holds only what is not sent', async () => {
		await onPhone(AWA, async (page, context) => {
			await openForm(page);
			const DAY = 24 * 60 * 60 * 1000;
			const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
			const base = await interview(page, 'base');
			const moussa = { id: 'someone-else', name: 'Moussa' };
			const records = [
				{
					...base,
					clientId: 'sent-8-days-ago',
					status: 'sent',
					savedAt: ago(9),
					sentAt: ago(8)
				},
				{
					...base,
					clientId: 'sent-6-days-ago',
					status: 'sent',
					savedAt: ago(7),
					sentAt: ago(6)
				},
				{
					...base,
					clientId: 'refused-30-days-ago',
					status: 'refused',
					reason: 'Âge : hors limites',
					savedAt: ago(30)
				},
				{
					...base,
					clientId: 'waiting-30-days-ago',
					status: 'waiting',
					savedAt: ago(30),
					interviewer: moussa
				}
			];
			await page.evaluate(
				(records) =>
					new Promise<void>((resolve, reject) => {
						const open = indexedDB.open('mesure-interviews', 1);
						open.onsuccess = () => {
							const transaction = open.result.transaction('interviews', 'readwrite');
							for (const record of records) transaction.objectStore('interviews').put(record);
							transaction.oncomplete = () => (open.result.close(), resolve());
							transaction.onerror = () => reject(transaction.error);
						};
					}),
				records
			);
			await page.reload();
			await enhanced(page);
			await expectText(summary(page), counts(1, 1, 1));
			expect(Object.keys(await kept(page)).sort()).toEqual([
				'refused-30-days-ago',
				'sent-6-days-ago',
				'waiting-30-days-ago'
			]);

			const download = page.waitForEvent('download');
			await page.getByRole('button', { name: fr['enumerator.export'] }).click();
			const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
			expect(saved.interviews.map((record: { clientId: string }) => record.clientId).sort()).toEqual([
				'refused-30-days-ago',
				'waiting-30-days-ago'
			]);
		});
	});

	test('a file that holds no interview of the survey is refused, and one with unreadable times and names still loads what it holds', async () => {
		await onPhone(AWA, async (page, context) => {
			const files = [
				{
					name: 'notes.json',
					mimeType: 'application/json',
					buffer: Buffer.from('interviews: 3')
				},
				{
					name: 'odk.json',
					mimeType: 'application/json',
					buffer: Buffer.from(JSON.stringify({ format: 'odk-instances', interviews: [] }))
				},
				transferFile([
					{ clientId: 7, token: link.token, answers: {} },
					{ clientId: 'no-answers', token: link.token, answers: 'C0=yes' },
					null
				])
			];
			for (const file of files) {
				await openForm(page);
				await page.getByLabel(fr['enumerator.import']).setInputFiles(file);
				await expectText(network(page), new RegExp(escape(fr['enumerator.import_failed'])));
				await expectText(summary(page), counts(0, 0));
				expect(await kept(page), file.name).toEqual({});
			}

			await openForm(page);
			const before = (await storedBy())[AWA] ?? 0;
			// Two interviews from an older phone's file: a save time as a number, another that is no time, an interviewer
			// by name only; and an entry that is no interview at all.
			await page
				.getByLabel(fr['enumerator.import'])
				.setInputFiles(
					transferFile([
						{ ...(await interview(page, 'from-an-old-phone-1')), savedAt: 1_780_000_000_000, interviewer: 'awa' },
						{ ...(await interview(page, 'from-an-old-phone-2')), savedAt: 'hier' },
						{ token: link.token }
					])
				);
			await expectText(network(page), new RegExp(escape(say(fr['enumerator.imported'], { count: 2 }))));
			await expectText(summary(page), counts(0, 2), 30_000);
			expect(await page.locator('[data-queue="list"] li[data-status="sent"]').count()).toBe(2);
			expect((await storedBy())[AWA]).toBe(before + 2);
		});
	});
});
