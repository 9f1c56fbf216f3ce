import { describe, expect, test } from 'vitest';
import { browserAvailable } from '../helpers/browser';
import {
	createAccount,
	en,
	expectPath,
	expectText,
	hydrated,
	newContext,
	person,
	useSuite,
	submitAndWait,
	textOf,
	visit
} from './support';

const enabled = browserAvailable();

const roleLine = (role: 'owner' | 'editor' | 'viewer') => en['home.your_role'].replace('{role}', en[`role.${role}`]);

describe.skipIf(!enabled)('members, invitations and API tokens', () => {
	const suite = useSuite(person('Admin'));

	// Page after page in a real browser: 16 s on a loaded machine (a full run of tests/browser beside other suites);
	// the limit is there for a test that hangs, not for a slow one.
	test(
		'an invitation link brings a new person in; the owner changes their role and removes them, but cannot demote themself',
		{ timeout: 90_000 },
		async () => {
			const owner = person('Grace Achieng', 'Nairobi Safe Journeys');
			const guest = person('Samuel Okoro');
			const ownerContext = await newContext(suite(), await createAccount(suite().url, owner));
			const guestContext = await newContext(suite());
			try {
				// The owner goes from home to the members page and creates a link for a viewer.
				const ownerPage = await ownerContext.newPage();
				await visit(ownerPage, `${suite().url}/`);
				await ownerPage.getByRole('main').getByRole('link', { name: en['home.members'] }).click();
				await expectPath(ownerPage, /^\/organisations\/[^/]+\/members$/);
				const membersUrl = ownerPage.url();
				expect(await textOf(ownerPage.getByRole('heading', { level: 1 }))).toBe(owner.organisationName);
				await ownerPage.getByLabel(en['fields.role'], { exact: true }).selectOption({ label: en['role.viewer'] });
				await submitAndWait(ownerPage, ownerPage.getByRole('button', { name: en['members.create_link'] }));
				const linkBox = ownerPage.getByRole('textbox', {
					name: en['members.invitation_link'].replace('{role}', en['role.viewer'])
				});
				await linkBox.waitFor();
				const link = await linkBox.inputValue();
				expect(link.startsWith(`${suite().url}/invite/`)).toBe(true);

				// Someone without an account opens it and creates one.
				const guestPage = await guestContext.newPage();
				await visit(guestPage, link);
				expect(await textOf(guestPage.getByRole('heading', { level: 1 }))).toBe(en['invite.title']);
				expect(await textOf(guestPage.getByRole('main'))).toContain(
					en['invite.lead'].replace('{organisation}', owner.organisationName).replace('{role}', en['role.viewer'])
				);
				await guestPage.getByRole('main').getByRole('link', { name: en['invite.create_account'] }).click();
				await expectPath(guestPage, '/signup');
				expect(new URL(guestPage.url()).searchParams.get('invite')).toBe(link.split('/invite/')[1]);
				expect(
					await textOf(guestPage.getByText(en['signup.invited_lead'].replace('{organisation}', owner.organisationName)))
				).toBeTruthy();
				expect(await guestPage.getByLabel(en['fields.organisation_name']).count()).toBe(0);
				expect(await guestPage.getByLabel(en['fields.organisation_type']).count()).toBe(0);
				await guestPage.getByLabel(en['fields.name']).fill(guest.name);
				await guestPage.getByLabel(en['fields.email']).fill(guest.email);
				await guestPage.getByLabel(en['fields.password']).fill(guest.password);
				await guestPage.getByRole('button', { name: en['signup.submit'] }).click();

				// They land, signed in, on the inviting organisation's members page, as a viewer.
				await expectPath(guestPage, new URL(membersUrl).pathname);
				expect(await textOf(guestPage.getByText(roleLine('viewer')))).toContain(roleLine('viewer'));
				const guestRow = guestPage.getByRole('listitem').filter({ hasText: guest.email });
				expect(await textOf(guestRow)).toContain(en['role.viewer']);
				expect(await guestPage.getByRole('combobox').count()).toBe(0);
				expect(await guestPage.getByRole('heading', { name: en['members.invite'] }).count()).toBe(0);
				expect(await guestPage.getByRole('button', { name: en['members.create_link'] }).count()).toBe(0);

				// The link worked once.
				await guestPage.goto(link);
				await expectText(guestPage.getByRole('alert'), en['errors.invitation_used']);
				expect(await guestPage.getByRole('button', { name: en['invite.accept'] }).count()).toBe(0);

				// The owner makes the viewer an editor.
				await ownerPage.reload();
				await hydrated(ownerPage);
				const guestRole = ownerPage.getByRole('combobox', {
					name: en['members.role_of'].replace('{name}', guest.name),
					exact: true
				});
				expect(await guestRole.inputValue()).toBe('viewer');
				await guestRole.selectOption({ label: en['role.editor'] });
				const changed = await submitAndWait(
					ownerPage,
					ownerPage.getByRole('button', { name: en['members.change_role_of'].replace('{name}', guest.name) })
				);
				expect(changed).toMatchObject({ type: 'success' });
				await expectText(
					ownerPage.getByRole('status').filter({ hasText: en['members.role_changed'] }),
					en['members.role_changed']
				);
				await guestPage.goto(membersUrl);
				expect(await textOf(guestPage.getByText(roleLine('editor')))).toContain(roleLine('editor'));

				// Then removes them: their members page is gone.
				const removed = await submitAndWait(
					ownerPage,
					ownerPage.getByRole('button', { name: en['members.remove_named'].replace('{name}', guest.name) })
				);
				expect(removed).toMatchObject({ type: 'success' });
				await expectText(
					ownerPage.getByRole('status').filter({ hasText: en['members.removed'] }),
					en['members.removed']
				);
				expect(await ownerPage.getByRole('listitem').filter({ hasText: guest.email }).count()).toBe(0);
				const gone = await guestPage.reload();
				expect(gone?.status()).toBe(404);
				expect(await textOf(guestPage.getByRole('heading', { level: 1 }))).toBe(en['errors.not_found_title']);

				// Now the only owner, they cannot make themself a viewer.
				const ownRole = ownerPage.getByRole('combobox', {
					name: en['members.role_of'].replace('{name}', owner.name),
					exact: true
				});
				await ownRole.selectOption('viewer');
				const refused = await submitAndWait(
					ownerPage,
					ownerPage.getByRole('button', { name: en['members.change_role_of'].replace('{name}', owner.name) })
				);
				expect(refused).toEqual({ type: 'failure', status: 409 });
				await expectText(ownerPage.getByRole('alert'), en['errors.last_owner']);
				await ownerPage.reload();
				expect(await textOf(ownerPage.getByText(roleLine('owner')))).toContain(roleLine('owner'));
				expect(
					await ownerPage
						.getByRole('combobox', { name: en['members.role_of'].replace('{name}', owner.name), exact: true })
						.inputValue()
				).toBe('owner');
			} finally {
				await ownerContext.close();
				await guestContext.close();
			}
		}
	);

	test('an API token is shown once, works as a bearer token, and stops working when revoked', async () => {
		const member = person('Tomas Berhane', 'Addis Info Desk');
		const context = await newContext(suite(), await createAccount(suite().url, member));
		const me = (token?: string) =>
			fetch(`${suite().url}/api/v1/me`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
		try {
			const page = await context.newPage();
			await visit(page, `${suite().url}/account`);
			await page.getByRole('link', { name: en['account.tokens_link'] }).click();
			await expectPath(page, '/account/tokens');
			expect(await textOf(page.getByText(en['tokens.none']))).toBe(en['tokens.none']);

			await page.getByLabel(en['tokens.name'], { exact: true }).fill('R script');
			expect(await submitAndWait(page, page.getByRole('button', { name: en['tokens.create_submit'] }))).toMatchObject({
				type: 'success'
			});
			const shown = page.getByRole('textbox', { name: en['tokens.token_label'] });
			await shown.waitFor();
			const token = await shown.inputValue();
			expect(token).toMatch(/^mesure_\S{20,}$/);
			expect(
				await textOf(page.getByRole('heading', { name: en['tokens.created'].replace('{name}', 'R script') }))
			).toBe(en['tokens.created'].replace('{name}', 'R script'));

			const withoutToken = await me();
			expect(withoutToken.status).toBe(401);
			const accepted = await me(token);
			expect(accepted.status).toBe(200);
			const body = (await accepted.json()) as { email: string; organisations: { name: string; role: string }[] };
			expect(body.email).toBe(member.email);
			expect(body.organisations).toEqual([expect.objectContaining({ name: member.organisationName, role: 'owner' })]);

			// Shown once: after a reload only the name remains.
			await page.reload();
			await hydrated(page);
			expect(await page.getByRole('textbox', { name: en['tokens.token_label'] }).count()).toBe(0);
			expect(await page.content()).not.toContain(token);
			const list = page.getByRole('region', { name: en['tokens.list'] });
			expect(await textOf(list.getByRole('listitem'))).toContain('R script');

			const revoke = page.getByRole('button', { name: en['tokens.revoke_named'].replace('{name}', 'R script') });
			expect(await submitAndWait(page, revoke)).toMatchObject({ type: 'success' });
			await expectText(page.getByText(en['tokens.none']), en['tokens.none']);
			const refused = await me(token);
			expect(refused.status).toBe(401);
			expect(refused.headers.get('www-authenticate')).toBe('Bearer');
		} finally {
			await context.close();
		}
	});
});
