import { describe, expect, test } from 'vitest';
import { browserAvailable } from '../helpers/browser';
import { HttpClient } from '../helpers/http';
import { setupCodeOf } from '../helpers/server';
import {
	createAccount,
	en,
	expectPath,
	expectText,
	newContext,
	person,
	signInOverHttp,
	useSuite,
	submitAndWait,
	textOf,
	visit
} from './support';

const enabled = browserAvailable();

// One empty instance: the first test sets it up in the browser; the sign-up tests need it set up, and do it over
// HTTP when they run without it.
describe.skipIf(!enabled)('setting up the instance, then signing up', () => {
	const suite = useSuite();
	const admin = person('Aminata Diallo', 'Mesure Dakar');

	/** The instance set up by `admin`, sign-up open, as the first test leaves it. */
	async function setUp(): Promise<void> {
		if ((await new HttpClient(suite().url).get('/setup')).status === 200)
			await createAccount(suite().url, admin, '/setup');
	}

	// Page after page in a real browser: 13 s on a loaded machine (a full run of tests/browser beside other suites);
	// the limit is there for a test that hangs, not for a slow one.
	test(
		'an empty instance sends / to /setup, which creates and signs in the administrator',
		{ timeout: 90_000 },
		async () => {
			const context = await newContext(suite());
			try {
				const page = await context.newPage();
				await visit(page, `${suite().url}/`);
				await expectPath(page, '/setup');
				expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe(en['setup.title']);

				await page.getByLabel(en['setup.code']).fill(setupCodeOf(suite().server));
				await page.getByLabel(en['fields.name']).fill(admin.name);
				await page.getByLabel(en['fields.email']).fill(admin.email);
				await page.getByLabel(en['fields.password']).fill(admin.password);
				await page.getByLabel(en['fields.organisation_name']).fill(admin.organisationName);
				await page.getByLabel(en['fields.organisation_type']).selectOption({ label: en['organisation_type.donor'] });
				expect(await submitAndWait(page, page.getByRole('button', { name: en['setup.submit'] }))).toMatchObject({
					type: 'redirect'
				});

				await expectPath(page, '/');
				const welcome = en['home.welcome'].replace('{name}', admin.name);
				expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe(welcome);
				const summary = await textOf(page.getByRole('region', { name: admin.organisationName }));
				expect(summary).toContain(en['organisation_type.donor']);
				expect(summary).toContain(en['home.your_role'].replace('{role}', en['role.owner']));
				const nav = page.getByRole('navigation', { name: en['nav.main'] });
				await nav.getByRole('link', { name: en['nav.admin'] }).click();
				await expectPath(page, '/admin');
				expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe(en['admin.title']);
				// A new instance has sign-up closed: the administrator opens it.
				const open = page.getByLabel(en['admin.open_signup']);
				expect(await open.isChecked()).toBe(false);
				await open.check();
				expect(await submitAndWait(page, page.getByRole('button', { name: en['common.save'] }))).toMatchObject({
					type: 'success'
				});

				// Set-up works once: /setup now leads home, signed in or not.
				await page.goto(`${suite().url}/setup`);
				await expectPath(page, '/');
				expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe(welcome);
			} finally {
				await context.close();
			}
			const stranger = await new HttpClient(suite().url).get('/setup');
			expect(stranger.status).toBe(303);
			expect(stranger.headers.get('location')).toBe('/');
		}
	);

	test('sign-up shows a message per wrong answer, keeps what was typed, then sends the new owner to sign in', async () => {
		await setUp();
		const newcomer = person('Kofi Mensah', 'Kumasi Youth Network');
		const context = await newContext(suite());
		try {
			const page = await context.newPage();
			await visit(page, `${suite().url}/signup`);
			expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe(en['signup.title']);
			const name = page.getByLabel(en['fields.name']);
			const email = page.getByLabel(en['fields.email']);
			const password = page.getByLabel(en['fields.password']);
			const submit = page.getByRole('button', { name: en['signup.submit'] });
			await name.fill(newcomer.name);
			await email.fill('kofi.mensah-at-example.org');
			await password.fill('too short');
			await page.getByLabel(en['fields.organisation_name']).fill(newcomer.organisationName);
			await page.getByLabel(en['fields.organisation_type']).selectOption('ngo');
			// The browser would stop these answers itself (type=email, minlength): turn that off to get the server's answer.
			await submit.evaluate((button: HTMLButtonElement) => {
				button.form!.noValidate = true;
			});
			expect(await submitAndWait(page, submit)).toEqual({ type: 'failure', status: 400 });

			await expectText(page.getByText(en['errors.email_invalid']), en['errors.email_invalid']);
			await expectText(page.getByText(en['errors.password_too_short']), en['errors.password_too_short']);
			expect(await email.getAttribute('aria-invalid')).toBe('true');
			expect(await password.getAttribute('aria-invalid')).toBe('true');
			expect(await name.getAttribute('aria-invalid')).toBeNull();
			expect(await email.getAttribute('aria-describedby')).toContain('field-email-error');
			expect(await name.inputValue()).toBe(newcomer.name);
			expect(await email.inputValue()).toBe('kofi.mensah-at-example.org');
			expect(await page.getByRole('button', { name: en['nav.sign_out'] }).count()).toBe(0);

			await email.fill(newcomer.email);
			await password.fill(newcomer.password);
			expect(await submitAndWait(page, submit)).toMatchObject({ type: 'redirect' });
			// The same answer whether the address was new or not: no session yet, a sign-in page that says so.
			await expectPath(page, '/signin');
			await expectText(page.getByRole('status').filter({ hasText: en['signin.signed_up'] }), en['signin.signed_up']);
			await page.getByLabel(en['fields.email']).fill(newcomer.email);
			await page.getByLabel(en['fields.password']).fill(newcomer.password);
			expect(await submitAndWait(page, page.getByRole('button', { name: en['signin.submit'] }))).toMatchObject({
				type: 'redirect'
			});
			await expectPath(page, '/');
			expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe(
				en['home.welcome'].replace('{name}', newcomer.name)
			);
			const organisation = await textOf(page.getByRole('region', { name: newcomer.organisationName }));
			expect(organisation).toContain(en['organisation_type.ngo']);
			expect(organisation).toContain(en['home.your_role'].replace('{role}', en['role.owner']));
			// Someone who signs up is not an administrator of the instance.
			const nav = page.getByRole('navigation', { name: en['nav.main'] });
			expect(await nav.getByRole('link', { name: en['nav.admin'] }).count()).toBe(0);
			expect(await nav.getByRole('link', { name: newcomer.organisationName }).count()).toBe(1);
		} finally {
			await context.close();
		}
	});

	test('when the administrator closes sign-up, /signup says so and shows no form', async () => {
		await setUp();
		const context = await newContext(suite(), await signInOverHttp(suite().url, admin));
		try {
			const page = await context.newPage();
			await visit(page, `${suite().url}/admin`);
			const open = page.getByLabel(en['admin.open_signup']);
			expect(await open.isChecked()).toBe(true);
			await open.uncheck();
			expect(await submitAndWait(page, page.getByRole('button', { name: en['common.save'] }))).toMatchObject({
				type: 'success'
			});
			await expectText(page.getByRole('status').filter({ hasText: en['admin.saved'] }), en['admin.saved']);

			// Someone signed out now finds sign-up closed (so the choice was stored).
			await context.clearCookies();
			await page.goto(`${suite().url}/signup`);
			await expectText(
				page.getByRole('status').filter({ hasText: en['errors.signup_closed'] }),
				en['errors.signup_closed']
			);
			expect(await page.getByRole('button', { name: en['signup.submit'] }).count()).toBe(0);
			expect(await page.getByLabel(en['fields.password']).count()).toBe(0);
		} finally {
			await context.close();
		}
	});
});
