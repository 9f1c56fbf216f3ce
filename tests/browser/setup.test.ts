import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserAvailable } from '../helpers/browser';
import { en, expectPath, person, startSuite, textOf, visit, type Suite } from './support';

const enabled = browserAvailable();

describe.skipIf(!enabled)('first visit: setting up the instance', () => {
	let suite: Suite;

	beforeAll(async () => {
		suite = await startSuite();
	});

	afterAll(async () => {
		await suite?.close();
	});

	test('an empty instance sends / to /setup, which creates and signs in the administrator', async () => {
		const admin = person('Aminata Diallo', 'Mesure Dakar');
		const context = await suite.browser.newContext();
		try {
			const page = await context.newPage();
			await visit(page, `${suite.url}/`);
			await expectPath(page, '/setup');
			expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe(en['setup.title']);

			await page.getByLabel(en['fields.name']).fill(admin.name);
			await page.getByLabel(en['fields.email']).fill(admin.email);
			await page.getByLabel(en['fields.password']).fill(admin.password);
			await page.getByLabel(en['fields.organisation_name']).fill(admin.organisationName);
			await page.getByLabel(en['fields.organisation_type']).selectOption({ label: en['organisation_type.donor'] });
			await page.getByRole('button', { name: en['setup.submit'] }).click();

			await expectPath(page, '/');
			const welcome = en['home.welcome'].replace('{name}', admin.name);
			expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe(welcome);
			const organisation = page.getByRole('region', { name: admin.organisationName });
			const summary = await textOf(organisation);
			expect(summary).toContain(en['organisation_type.donor']);
			expect(summary).toContain(en['home.your_role'].replace('{role}', en['role.owner']));
			const nav = page.getByRole('navigation', { name: en['nav.main'] });
			expect(await nav.getByRole('link', { name: en['nav.admin'] }).isVisible()).toBe(true);
			expect(await nav.getByRole('button', { name: en['nav.sign_out'] }).isVisible()).toBe(true);

			// The administration page opens for them.
			await nav.getByRole('link', { name: en['nav.admin'] }).click();
			await expectPath(page, '/admin');
			expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe(en['admin.title']);

			// Set-up works once: signed in or not, /setup now leads home.
			await page.goto(`${suite.url}/setup`);
			await expectPath(page, '/');
			expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe(welcome);
		} finally {
			await context.close();
		}

		const stranger = await suite.browser.newContext();
		try {
			const page = await stranger.newPage();
			await page.goto(`${suite.url}/setup`);
			await expectPath(page, '/');
			expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe(en['home.title']);
			expect(await page.getByLabel(en['fields.organisation_name']).count()).toBe(0);
		} finally {
			await stranger.close();
		}
	});
});
