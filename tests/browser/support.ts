import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Locator, Page, Request, Response } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { HttpClient } from '../helpers/http';
import { registerAdministrator } from '../helpers/accounts';
import { runningServers, setupCodeOf, startServer, type RunningServer } from '../helpers/server';
import { messages as en } from '$lib/i18n/catalogues/en';
import { messages as fr } from '$lib/i18n/catalogues/fr';

/** The catalogues the interface speaks: texts are looked up there, never written twice. */
export { en, fr };

export const SESSION_COOKIE = 'mesure_session';

export interface Suite {
	server: RunningServer;
	url: string;
	browser: Browser;
	close: () => Promise<void>;
}

/**
 * One server (empty SQLite database) and one browser for a test file. With `admin`, the instance is
 * also set up (its first account, over HTTP) while the browser starts.
 */
export async function startSuite(admin?: Person): Promise<Suite> {
	const ready = async () => {
		const server = await startServer();
		if (admin) await createAccount(server.url, admin, '/setup');
		return server;
	};
	const [server, browser] = await Promise.all([ready(), launchBrowser()]);
	return {
		server,
		url: server.url,
		browser,
		close: async () => {
			await browser.close().catch(() => {});
			await server.stop();
		}
	};
}

/** Starts a suite before the file's tests and closes it after; the getter reads it inside a test. */
export function useSuite(admin?: Person): () => Suite {
	let suite: Suite | undefined;
	beforeAll(async () => {
		suite = await startSuite(admin);
	});
	afterAll(async () => {
		await suite?.close();
	});
	return () => suite!;
}

export interface Person {
	name: string;
	email: string;
	password: string;
	organisationName: string;
}

let counter = 0;
/** A person with a unique e-mail address and a valid password. */
export function person(name: string, organisationName = `${name}'s NGO`): Person {
	counter += 1;
	const slug = name.toLowerCase().replace(/[^a-z]+/g, '.');
	return { name, email: `${slug}.${counter}@example.org`, password: `a long passphrase ${counter}`, organisationName };
}

/**
 * Creates an account over plain HTTP (the browser flows are tested on their own), quicker than
 * filling a form: `/setup` for the first account of an instance (with the code the server printed; sign-up
 * is then opened), `/signup` after, followed by a sign-in since sign-up starts no session. Returns the session.
 */
export async function createAccount(url: string, who: Person, path: '/setup' | '/signup' = '/signup'): Promise<string> {
	const client = new HttpClient(url);
	const setupCode: Record<string, string> =
		path === '/setup' ? { setupCode: setupCodeOf(runningServers.get(url)!) } : {};
	const response = await client.post(path, {
		name: who.name,
		email: who.email,
		password: who.password,
		organisationName: who.organisationName,
		organisationType: 'ngo',
		...setupCode
	});
	if (response.status !== 303)
		throw new Error(`${path} for ${who.email} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
	if (path === '/signup') return signInOverHttp(url, who);
	registerAdministrator(url, client);
	const opened = await client.post('/admin?/signup', { openSignup: 'on' });
	if (opened.status !== 200) throw new Error(`Opening sign-up answered ${opened.status}`);
	return client.cookie(SESSION_COOKIE)!;
}

/** Signs in over plain HTTP; returns the new session. */
export async function signInOverHttp(url: string, who: Pick<Person, 'email' | 'password'>): Promise<string> {
	const client = new HttpClient(url);
	const response = await client.post('/signin', { email: who.email, password: who.password });
	const session = client.cookie(SESSION_COOKIE);
	if (response.status !== 303 || !session) throw new Error(`Signing in ${who.email} answered ${response.status}`);
	return session;
}

/** A fresh context (own cookies), already signed in with `session` when given. */
export async function newContext(
	suite: Suite,
	session?: string,
	options: Parameters<Browser['newContext']>[0] = {}
): Promise<BrowserContext> {
	const context = await suite.browser.newContext(options);
	if (session) await context.addCookies([{ name: SESSION_COOKIE, value: session, url: suite.url }]);
	return context;
}

/**
 * Opens a page and waits until SvelteKit has started on it: before that, a click on an enhanced form
 * would post it natively instead, a different path from the one people take.
 */
export async function visit(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await hydrated(page);
}

export async function hydrated(page: Page): Promise<void> {
	// SvelteKit's client stamps the history entry when it starts, then hydrates and mounts.
	await page.waitForFunction(
		() => (history.state as Record<string, unknown> | null)?.['sveltekit:history'] !== undefined
	);
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
}

/** Fills and submits the sign-in form; resolves with the action's answer once it has arrived. */
export async function signIn(
	page: Page,
	url: string,
	email: string,
	password: string,
	wait?: number
): Promise<ActionAnswer> {
	if (page.url().startsWith(`${url}/signin`)) await hydrated(page);
	else await visit(page, `${url}/signin`);
	await page.getByLabel(en['fields.email']).fill(email);
	await page.getByLabel(en['fields.password']).fill(password);
	return submitAndWait(page, page.getByRole('button', { name: en['signin.submit'] }), wait);
}

/** What an enhanced form action answered: `success`, `failure` (with the status it chose), `redirect` or `error`. */
export interface ActionAnswer {
	type: string;
	status: number;
}

/** Clicks a submit button and waits for the answer to the POST it sends (the JSON of an enhanced form). */
export async function submitAndWait(page: Page, button: Locator, wait = 25_000): Promise<ActionAnswer> {
	const posted: string[] = [];
	const notePost = (request: Request) => {
		if (request.method() === 'POST') posted.push(new URL(request.url()).pathname);
	};
	page.on('request', notePost);
	const answered = page.waitForResponse((r) => r.request().method() === 'POST', { timeout: wait });
	answered.catch(() => {}); // Reported below, with what the page did.
	let response: Response;
	try {
		await button.click({ timeout: wait });
		response = await answered;
	} catch (error) {
		const label = (await button.textContent({ timeout: 1000 }).catch(() => null))?.trim() ?? '?';
		const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
		throw new Error(`Submitting "${label}" on ${page.url()}: ${why}; POSTs sent: ${posted.join(', ') || 'none'}`);
	} finally {
		page.off('request', notePost);
	}
	const body = await response.text().catch(() => '');
	try {
		const json = JSON.parse(body) as { type?: string; status?: number };
		return { type: json.type ?? 'unknown', status: json.status ?? response.status() };
	} catch {
		return { type: 'document', status: response.status() };
	}
}

/** Polls until the locator's text is `expected` (or matches it): the page updates after the answer arrives. */
export async function expectText(locator: Locator, expected: string | RegExp, timeout = 5000): Promise<void> {
	const read = async () =>
		(
			(await locator
				.first()
				.textContent({ timeout: 1000 })
				.catch(() => null)) ?? ''
		)
			.replace(/\s+/g, ' ')
			.trim();
	if (typeof expected === 'string') await expect.poll(read, { timeout }).toBe(expected);
	else await expect.poll(read, { timeout }).toMatch(expected);
}

/** The text of a locator once it appears (trimmed), for assertions with a useful failure message. */
export async function textOf(locator: Locator, timeout = 5000): Promise<string> {
	await locator.first().waitFor({ timeout });
	return ((await locator.first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until the page's path is `path` (after a redirect or a client-side navigation). */
export async function expectPath(page: Page, path: string | RegExp): Promise<void> {
	const pathname = () => new URL(page.url()).pathname;
	if (typeof path === 'string') await expect.poll(pathname, { timeout: 5000 }).toBe(path);
	else await expect.poll(pathname, { timeout: 5000 }).toMatch(path);
}

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core');

interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe-core on the page and returns its serious and critical violations, described. axe is
 * injected once per document (it stays through client-side navigations). The page's
 * Content-Security-Policy forbids injected scripts: use a context made with `bypassCSP: true`.
 */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
	const violations = (await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: unknown[] }> } })
			.axe;
		return (await axe.run(document, { resultTypes: ['violations'] })).violations;
	})) as AxeViolation[];
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}
