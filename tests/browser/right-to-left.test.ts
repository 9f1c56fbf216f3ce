import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { translate } from '$lib/i18n/translate';
import type { MessageKey, MessageParams } from '$lib/i18n/types';
import { getCatalogue, isSupportedLocale, LOCALES } from '$lib/server/i18n/catalogues';
import { browserAvailable } from '../helpers/browser';
import { respondentAnswers } from '../helpers/responses';
import {
	createAccount,
	expectPath,
	expectText,
	newContext,
	person,
	seriousAxeViolations,
	submitAndWait,
	useSuite,
	visit,
	type Suite
} from './support';
import { buildStaffWorld, documentLanguage, overflowing, type StaffWorld, type Visitor } from './staff-world';

const enabled = browserAvailable();
const PHONE = { width: 360, height: 740 };
const LOCALE_COOKIE = 'mesure_lang';

/** The interface's texts in one language, as its pages write them (values isolated in a language right to left). */
function textsOf(code: string) {
	const { messages, locale } = getCatalogue(code);
	return (key: MessageKey, params?: MessageParams) => translate(messages, key, params, code, locale.dir === 'rtl');
}

/** A phone-sized context in the language given (by the cookie the language switch sets), signed in when given a session. */
async function phoneContext(suite: Suite, code: string | null, session?: string): Promise<BrowserContext> {
	// The pages' Content-Security-Policy would refuse the injected axe script.
	const context = await newContext(suite, session, { bypassCSP: true, viewport: PHONE });
	if (code) await context.addCookies([{ name: LOCALE_COOKIE, value: code, url: suite.url }]);
	return context;
}

/** Waits until each chart of the page is drawn: a chart is laid out at its container's width only then. */
async function chartsDrawn(page: Page): Promise<void> {
	await page.waitForFunction(() =>
		[...document.querySelectorAll('canvas')].every((canvas) => canvas.hasAttribute('data-points'))
	);
}

/** The page speaks `code` in its direction, and nothing in it is wider than the phone's screen. */
async function expectReadable(page: Page, code: string, what: string): Promise<void> {
	await chartsDrawn(page);
	expect(await documentLanguage(page), what).toEqual({ lang: code, dir: getCatalogue(code).locale.dir });
	const { scrollWidth, width, elements, unwrappedTables } = await overflowing(page);
	expect(elements, `${what}: elements past the edges of a ${width} px screen`).toEqual([]);
	expect(scrollWidth, `${what} scrolls sideways`).toBeLessThanOrEqual(width);
	expect(unwrappedTables, `${what}: tables that would widen the page instead of scrolling in their box`).toEqual([]);
}

describe.skipIf(!enabled)('the staff interface right to left and on a 360 px phone', () => {
	const suite = useSuite();
	// Made once, by whichever test needs it first: the instance can be set up only once.
	let made: Promise<StaffWorld> | undefined;
	const world = () => (made ??= buildStaffWorld(suite()));

	// Arabic is the interface's language written right to left (skipped while its catalogue is not registered).
	// Page after page in a real browser: 11 s here; the limit is there for a test that hangs, not for a slow one.
	test.skipIf(!isSupportedLocale('ar'))(
		'an NGO registers a campaign, fills its translations, publishes and reads its results, in Arabic',
		{ timeout: 120_000 },
		async () => {
			await world(); // The instance set up, its sign-up open.
			await ngoPath(suite(), 'ar');
		}
	);

	describe.each(['fr', 'ar'])('every staff page in %s', (code) => {
		const contexts = new Map<Visitor, BrowserContext>();
		afterAll(async () => {
			for (const context of contexts.values()) await context.close();
		});

		const context = async (visitor: Visitor) => {
			let opened = contexts.get(visitor);
			if (!opened) {
				const { sessions } = await world();
				opened = await phoneContext(suite(), code, visitor === 'anonymous' ? undefined : sessions[visitor]);
				contexts.set(visitor, opened);
			}
			return opened;
		};

		// The pages buildStaffWorld lists (their exports, sharing and review sections included), each visited and checked,
		// every failure kept with its page's name. 60 to 80 s for the 34 pages here, most of it axe's.
		test.skipIf(!isSupportedLocale(code))(
			'has no serious or critical axe violation, and nothing wider than the screen',
			{ timeout: 300_000 },
			async () => {
				const failures: string[] = [];
				for (const { name, path, as } of (await world()).pages) {
					const page = await (await context(as)).newPage();
					try {
						await visit(page, `${suite().url}${path}`);
						await expectReadable(page, code, `${name} (${path})`);
						const violations = await seriousAxeViolations(page);
						if (violations.length) failures.push(`${name} (${path}):\n  ${violations.join('\n  ')}`);
					} catch (error) {
						failures.push(`${name} (${path}): ${error instanceof Error ? error.message : String(error)}`);
					} finally {
						await page.close();
					}
				}
				expect(failures, failures.join('\n')).toEqual([]);
			}
		);
	});
});

/**
 * An NGO's owner on a phone: chooses the language with the header's switch, registers a campaign, adds a question,
 * fills the translations it lacks, publishes, opens a link and its flyer, and, once answers have come in through the
 * collection API, reads the results and the responses. Every page is checked in `code`'s direction and for width.
 */
async function ngoPath(suite: Suite, code: string): Promise<void> {
	const t = textsOf(code);
	const owner = person('Nour Haddad', 'Horizons Sahel');
	const context = await phoneContext(suite, null, await createAccount(suite.url, owner));
	try {
		const page = await context.newPage();
		await visit(page, `${suite.url}/`);
		await page.getByRole('button', { name: getCatalogue(code).locale.name, exact: true }).click();
		await expectText(page.getByRole('heading', { level: 1 }), t('home.welcome', { name: owner.name }));
		await hydratedAgain(page);
		await expectReadable(page, code, 'home');
		// The header's switch offers every language, each button whole on the screen.
		const switches = page.getByRole('group', { name: t('nav.language') }).getByRole('button');
		expect(await switches.count()).toBe(LOCALES.length);
		for (const button of await switches.all()) {
			const box = (await button.boundingBox())!;
			const name = (await button.textContent()) ?? '';
			expect(box.x, name).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width, name).toBeLessThanOrEqual(PHONE.width);
		}

		const nav = page.getByRole('navigation', { name: t('nav.main') });
		await nav.getByRole('link', { name: t('nav.campaigns') }).click();
		await expectPath(page, '/campaigns');
		await expectReadable(page, code, 'campaigns');
		await page.getByRole('link', { name: t('campaigns.new') }).click();
		await expectPath(page, '/campaigns/new');
		await expectReadable(page, code, 'new campaign');

		await page.getByLabel(t('campaign.title'), { exact: true }).fill('حملة الساحل — البحر لا يرحم');
		await page.getByLabel(t('campaign.countries'), { exact: true }).selectOption(['SN', 'MA']);
		await page.getByLabel(t('campaign.regions')).fill('Tambacounda\nkolda = Kolda');
		await page.getByLabel(t('channel.radio'), { exact: true }).check();
		// The respondents answer in Arabic and French; the messages are written in Arabic first.
		await page.getByLabel('العربية', { exact: true }).check();
		await page.getByLabel('Français', { exact: true }).check();
		await page.getByLabel(t('campaign.messages_language')).selectOption('ar');
		await page.getByLabel(t('campaign.start_date')).fill('2026-03-01');
		await page.getByLabel(t('campaign.end_date')).fill('2026-09-30');
		await page.getByLabel(t('campaign.signature_message_n', { n: 1 }), { exact: true }).fill('البحر لا يرحم');
		await page.getByLabel(t('campaign.signature_message_n', { n: 2 }), { exact: true }).fill('المهرب يكذب');
		await page.getByLabel(t('campaign.placebo_message')).fill('الصحراء لطيفة');
		expect(await submitAndWait(page, page.getByRole('button', { name: t('campaigns.create_submit') }))).toMatchObject({
			type: 'redirect'
		});
		await expectPath(page, /^\/campaigns\/[a-z2-7]{24}$/);
		const campaignPath = new URL(page.url()).pathname;
		await expectReadable(page, code, 'campaign overview');

		await page.getByRole('link', { name: t('survey.edit') }).click();
		await expectPath(page, `${campaignPath}/survey`);
		await expectReadable(page, code, 'survey');
		const form = page.getByRole('region', { name: t('survey_editor.add') });
		await form.getByLabel(t('question.code')).fill('heard_radio_show');
		await form.getByLabel(t('question.type')).selectOption('single');
		await form
			.getByRole('group', { name: t('question.label') })
			.getByLabel('العربية')
			.fill('هل استمعت إلى البرنامج؟');
		await form.getByLabel(t('question.options_in', { language: 'العربية' })).fill('often = غالبا\nnever = أبدا');
		expect(await submitAndWait(page, form.getByRole('button', { name: t('survey_editor.add') }))).toMatchObject({
			type: 'success'
		});
		await expectText(
			page.getByRole('status').filter({ hasText: 'heard_radio_show' }),
			t('survey_editor.added', { code: 'heard_radio_show' })
		);
		await expectReadable(page, code, 'survey, a question added');
		await page.getByRole('link', { name: t('survey_editor.edit_named', { code: 'heard_radio_show' }) }).click();
		await expectPath(page, `${campaignPath}/survey/questions/heard_radio_show`);
		await expectReadable(page, code, 'question editor');
		await page.goBack();

		await page.getByRole('link', { name: t('survey_editor.translations_link') }).click();
		await expectPath(page, `${campaignPath}/translations`);
		await expectReadable(page, code, 'translations');
		// The campaign's three messages, the question's label and its two options' labels lack their French.
		const missing = page.locator('.is-missing input[lang="fr"]');
		expect(await missing.count()).toBe(6);
		for (const input of await missing.all()) await input.fill('Le texte en français');
		expect(await submitAndWait(page, page.getByRole('button', { name: t('translations.save') }))).toMatchObject({
			type: 'success'
		});
		await expectText(page.locator('#missing-count'), `${t('translations.complete')} ${t('translations.publish_link')}`);
		await expectReadable(page, code, 'translations, complete');

		await page.getByRole('link', { name: t('translations.publish_link') }).click();
		await expectPath(page, campaignPath);
		const publish = page.getByRole('button', { name: t('survey.publish', { version: 1 }) });
		expect(await submitAndWait(page, publish)).toMatchObject({ type: 'success' });
		await expectText(page.getByRole('status').first(), t('survey.published_now', { version: 1 }));
		await expectReadable(page, code, 'campaign overview, published');

		await page
			.getByRole('link', { name: t('links.qr_and_flyer') })
			.first()
			.click();
		await expectPath(page, /\/links\/[a-z2-7]{24}$/);
		await expectReadable(page, code, 'link');
		const address = await page.getByLabel(t('links.address')).inputValue();
		expect(await page.getByLabel(t('links.address')).evaluate((input) => getComputedStyle(input).direction)).toBe(
			'ltr'
		);
		const linkPath = new URL(page.url()).pathname;
		await page.getByRole('link', { name: 'العربية' }).click();
		await expectPath(page, `${linkPath}/flyer`);
		await page.locator('article.flyer').waitFor();
		await expectReadable(page, code, 'flyer');

		// Answers arrive through the collection API, as an enumerator's phone sends them: enough to be shown.
		const token = address.split('/s/')[1];
		for (let i = 0; i < 6; i++) {
			const sent = await fetch(`${suite.url}/api/v1/collect/${token}/responses`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', origin: suite.url },
				body: JSON.stringify({
					clientId: `right-to-left-${i}`,
					language: 'ar',
					answers: { ...respondentAnswers({ D3: 'kolda' }), heard_radio_show: i % 2 ? 'often' : 'never' }
				})
			});
			expect(sent.status, await sent.text()).toBe(201);
		}

		await visit(page, `${suite.url}${campaignPath}`);
		await page.getByRole('link', { name: t('results.link'), exact: true }).click();
		await expectPath(page, `${campaignPath}/results`);
		await expectReadable(page, code, 'results');

		await visit(page, `${suite.url}${campaignPath}`);
		await page.getByRole('link', { name: t('review.link'), exact: true }).click();
		await expectPath(page, `${campaignPath}/responses`);
		await expectReadable(page, code, 'responses');
		await page.locator('.response-card a').first().click();
		await expectPath(page, /\/responses\/[a-z2-7]{24}$/);
		await expectReadable(page, code, 'a response');
	} finally {
		await context.close();
	}
}

/** After the language switch's post, the page is a new document: SvelteKit starts on it again. */
async function hydratedAgain(page: Page): Promise<void> {
	await page.waitForLoadState('load');
	await page.waitForFunction(
		() => (history.state as Record<string, unknown> | null)?.['sveltekit:history'] !== undefined
	);
}
