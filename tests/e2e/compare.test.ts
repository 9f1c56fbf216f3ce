import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages as en } from '$lib/i18n/catalogues/en';
import { messages as fr } from '$lib/i18n/catalogues/fr';
import { setUpOverHttp, signUpOverHttp } from '../helpers/accounts';
import { HttpClient, mainOf } from '../helpers/http';
import { startServer, type RunningServer } from '../helpers/server';

// Svelte escapes the ampersand of a text; the rest of these messages is as the catalogue writes it.
const escaped = (text: string) => text.replaceAll('&', '&amp;');

describe('the comparison page over HTTP', () => {
	let server: RunningServer;
	let donor: HttpClient;

	beforeAll(async () => {
		server = await startServer();
		const admin = await setUpOverHttp(server.url, 'admin@example.org', 'Instance');
		const page = await (await admin.post('/admin?/demo', {})).text();
		const [, password] = /<td>donor@demo\.example\.org<\/td><td><code>([a-z2-7]+)<\/code>/.exec(page)!;
		donor = new HttpClient(server.url);
		expect((await donor.post('/signin', { email: 'donor@demo.example.org', password })).status).toBe(303);
	}, 120_000);
	afterAll(async () => server?.stop());

	it('sends someone not signed in to sign in, and back to the same view', async () => {
		const response = await new HttpClient(server.url).get('/compare?country=SN&country=ML');
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe(
			`/signin?redirectTo=${encodeURIComponent('/compare?country=SN&country=ML')}`
		);
		const csv = await new HttpClient(server.url).get('/compare/table.csv');
		expect(csv.status).toBe(303);
	});

	it('narrows the campaigns to the countries chosen, and lists the one left out', async () => {
		const all = mainOf(await (await donor.get('/compare')).text());
		expect(all).toContain('6 of 6 campaigns match the filters.');
		const page = mainOf(await (await donor.get('/compare?country=SN&country=ML')).text());
		expect(page).toContain('3 of 6 campaigns match the filters.');
		for (const title of ['Théâtre forum in Kayes', 'La mer ne pardonne pas', 'Kolda caravan'])
			expect(page).toContain(title);
		for (const title of ['Returnees speak', 'Safe futures', 'Agadez online']) expect(page).not.toContain(title);
		expect(page).toContain(escaped(en['compare.excluded.suppressed']));
		expect(page).toMatch(
			/Across 2 campaigns, Knows the risks changed by \+[\d.]+ points \(95% interval \+[\d.]+ to \+[\d.]+\)/
		);
		expect(page).toContain('href="/compare/table.csv?country=SN&amp;country=ML"');
	});

	it.each([
		['/compare?country=SN', en['compare.one_campaign']],
		['/compare?year=2025', en['compare.none_match']]
	])('says so when %s leaves too little to pool', async (path, message) => {
		const page = mainOf(await (await donor.get(path)).text());
		expect(page).toContain(escaped(message));
		expect(page).not.toContain('Across ');
	});

	it('gives the same table as CSV: a row per campaign shown, then the pool', async () => {
		const response = await donor.get('/compare/table.csv?country=SN&country=ML&indicator=RSK1');
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(response.headers.get('content-disposition')).toMatch(
			/^attachment; filename="comparison-RSK1-\d{4}-\d{2}-\d{2}\.csv"$/
		);
		const body = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
		expect(body.charCodeAt(0)).toBe(0xfeff);
		const rows = parse(body.slice(1), { columns: true }) as Record<string, string>[];
		expect(rows).toHaveLength(3);
		expect(rows.map((row) => row.indicator)).toEqual(['RSK1', 'RSK1', 'RSK1']);
		expect(rows[2].campaign).toBe('Pooled estimate (2 campaigns)');
	});

	it.each([
		['/compare?country=XX', 'en', en['errors.compare_country_invalid']],
		['/compare?indicator=EXP0', 'fr', fr['errors.compare_indicator_invalid']],
		['/compare?sort=random', 'en', en['errors.compare_sort_invalid']],
		['/compare/table.csv?year=20x6', 'fr', fr['errors.compare_year_invalid']]
	])('refuses %s with a 400 that says why, in %s', async (path, language, message) => {
		const response = await donor.get(path, {
			'accept-language': language,
			cookie: `${donorCookie()}; mesure_lang=${language}`
		});
		expect(response.status).toBe(400);
		const text = await response.text();
		expect(text).toContain(escaped(message));
		expect(text).not.toMatch(/at .*\.(js|ts):\d+|SELECT /);
	});

	it('tells someone with no campaign open to them that there is nothing yet', async () => {
		const stranger = await signUpOverHttp(server.url, 'fund@example.org', 'Another fund', 'donor');
		const page = mainOf(await (await stranger.get('/compare')).text());
		expect(page).toContain(escaped(en['compare.none_visible']));
		expect(page).not.toContain('Kayes');
		const csv = parse((await (await stranger.get('/compare/table.csv')).text()).slice(1)) as string[][];
		expect(csv).toHaveLength(1);
	});

	function donorCookie(): string {
		return `mesure_session=${donor.cookie('mesure_session')}`;
	}
});
