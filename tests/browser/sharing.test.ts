import { describe, expect, test } from 'vitest';
import { createTokenOverHttp, setUpOverHttp, signUpOverHttp } from '../helpers/accounts';
import { browserAvailable } from '../helpers/browser';
import { respondentAnswers } from '../helpers/responses';
import { publishOverHttp } from '../helpers/survey-http';
import {
	en,
	expectText,
	newContext,
	SESSION_COOKIE,
	seriousAxeViolations,
	submitAndWait,
	textOf,
	useSuite,
	visit
} from './support';

const enabled = browserAvailable();

describe.skipIf(!enabled)('sharing a campaign’s results', () => {
	const suite = useSuite();

	// Page after page in a real browser: 22 s on a loaded machine (a full run of tests/browser beside other suites);
	// the limit is there for a test that hangs, not for a slow one (it had 60 s, without a reason).
	test(
		'an owner shares with a donor and revokes it, publishes a public report that anyone reads without a count below 5, and withdraws it',
		{ timeout: 90_000 },
		async () => {
			const { url } = suite();
			const ownerClient = await setUpOverHttp(url, 'owner@example.org', 'Sahel Info');
			await signUpOverHttp(url, 'donor@example.org', 'Fonds Sahel', 'donor');
			const published = await publishOverHttp(url, await createTokenOverHttp(ownerClient));
			// Three respondents in one cell: a count the public never reads.
			for (let i = 0; i < 3; i++) {
				const sent = await fetch(`${url}/api/v1/collect/${published.link('baseline', 'exposed').token}/responses`, {
					method: 'POST',
					headers: { 'content-type': 'application/json', origin: url },
					body: JSON.stringify({ clientId: `browser-sharing-${i}`, language: 'fr', answers: respondentAnswers() })
				});
				expect(sent.status).toBe(201);
			}

			const ownerContext = await newContext(suite(), ownerClient.cookie(SESSION_COOKIE), { bypassCSP: true });
			const publicContext = await newContext(suite(), undefined, { bypassCSP: true });
			try {
				const page = await ownerContext.newPage();
				await visit(page, `${url}/campaigns/${published.campaignId}`);
				const section = page.getByRole('region', { name: en['sharing.title'] });
				await expectText(section.getByText(en['sharing.none']), en['sharing.none']);

				const today = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date());
				await section.getByLabel(en['sharing.donor']).selectOption({
					label: en['sharing.donor_verified'].replace('{name}', 'Fonds Sahel').replace('{date}', today)
				});
				expect((await submitAndWait(page, section.getByRole('button', { name: en['sharing.share'] }))).type).toBe(
					'success'
				);
				await expectText(section.getByRole('status'), en['sharing.shared'].replace('{name}', 'Fonds Sahel'));
				const revoke = section.getByRole('button', {
					name: en['sharing.revoke_named'].replace('{name}', 'Fonds Sahel')
				});
				await revoke.waitFor();
				expect(await textOf(section.getByText(en['sharing.no_donors']))).toBe(en['sharing.no_donors']);

				expect((await submitAndWait(page, revoke)).type).toBe('success');
				await expectText(section.getByRole('status'), en['sharing.revoked']);
				await expectText(section.getByText(en['sharing.none']), en['sharing.none']);

				expect(
					(await submitAndWait(page, section.getByRole('button', { name: en['public_report.publish'] }))).type
				).toBe('success');
				const address = section.getByRole('textbox', { name: en['public_report.url'] });
				await address.waitFor();
				const reportUrl = await address.inputValue();
				expect(reportUrl).toMatch(new RegExp(`^${url}/r/[a-z2-7]{32}$`));
				expect(await seriousAxeViolations(page)).toEqual([]);

				const reader = await publicContext.newPage();
				await visit(reader, reportUrl);
				expect(await textOf(reader.getByRole('heading', { level: 1 }))).toBe(
					await textOf(page.getByRole('heading', { level: 1 }))
				);
				expect(await textOf(reader.getByRole('banner'))).toContain(
					en['public.by'].replace('{organisation}', 'Sahel Info')
				);
				expect(await reader.getByRole('button', { name: en['nav.sign_out'] }).count()).toBe(0);
				const counts = await reader
					.locator('[data-count]')
					.evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-count')));
				expect(counts).toContain('hidden');
				expect(counts.filter((count) => count !== 'hidden' && Number(count) < 5)).toEqual([]);
				// The tables sit one click away, in closed details: their text is read without opening them.
				expect(await reader.locator('[data-count="hidden"]').first().textContent()).toBe(en['results.fewer_than_5']);
				expect(await seriousAxeViolations(reader)).toEqual([]);

				expect(
					(await submitAndWait(page, section.getByRole('button', { name: en['public_report.withdraw'] }))).type
				).toBe('success');
				await expectText(section.getByRole('status'), en['public_report.withdrawn']);
				expect((await reader.goto(reportUrl))?.status()).toBe(404);
			} finally {
				await ownerContext.close();
				await publicContext.close();
			}
		}
	);
});
