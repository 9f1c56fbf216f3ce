// `npm run bench:weight`: the bytes a phone receives for every page a respondent can meet, on a fresh
// build and database. Fails when the first page (language choice, or the survey in any language) passes
// the budget of PERFORMANCE.md, or when HTML is sent uncompressed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BenchError, buildApp, startApp } from './app.js';
import {
	changeLink,
	LANGUAGES,
	readSurveyForm,
	setUpAddedLanguageCampaign,
	setUpCampaign,
	setUpExpressionCampaign,
	signIn
} from './campaign.js';
import { setUpRecordedCampaign } from './recordings.js';
import { count, table } from './table.js';
import { findLinkedAssets, findStaticImports, transfer } from './transfer.js';

/** PERFORMANCE.md: the first page of a survey, HTML + CSS + JS, at most 30 KB gzipped. */
const FIRST_PAGE_BUDGET = 30_000;

/**
 * @typedef {{ label: string, path: string, expected: number, budgeted?: boolean, method?: string, body?: string, cookie?: string }} PageRequest
 * @typedef {{ url: string, path: string, raw: number, sent: number, encoding: string }} Asset
 * @typedef {{ request: PageRequest, status: number, encoding: string, sent: number, raw: number, assets: Asset[], disabled: string[], total: number }} PageWeight
 */

/** @param {import('./campaign.js').Link[]} links @param {string} wave @param {string} group */
function linkOf(links, wave, group) {
	const link = links.find((one) => one.wave === wave && one.group === group);
	if (!link) throw new BenchError(`the campaign has no ${wave} ${group} link`);
	return link;
}

/** @param {string} url @param {string} databaseUrl @returns {Promise<PageRequest[]>} */
async function prepareRequests(url, databaseUrl) {
	const campaign = await setUpCampaign(url, databaseUrl);
	const withExpressions = linkOf((await setUpExpressionCampaign(url, databaseUrl)).links, 'baseline', 'exposed');
	const inWolof = linkOf((await setUpAddedLanguageCampaign(url, databaseUrl)).links, 'baseline', 'exposed');
	const cookie = await signIn(url);
	const recorded = linkOf((await setUpRecordedCampaign(url, databaseUrl, cookie)).links, 'baseline', 'exposed');
	const open = linkOf(campaign.links, 'baseline', 'exposed');
	const enumerator = linkOf(campaign.links, 'baseline', 'comparison');
	const closed = linkOf(campaign.links, 'endline', 'comparison');
	const notOpen = linkOf(campaign.links, 'endline', 'exposed');
	await changeLink(url, cookie, campaign.id, enumerator.id, { mode: 'enumerator' });
	await changeLink(url, cookie, campaign.id, closed.id, { closesAt: '2020-01-31' });
	await changeLink(url, cookie, campaign.id, notOpen.id, { opensAt: '2099-01-01' });

	const survey = `/s/${open.token}`;
	const form = readSurveyForm((await transfer(`${url}${survey}?lang=fr`)).body.toString());
	const firstPage = (/** @type {[string, string][]} */ answers) =>
		new URLSearchParams([
			['_client', 'weightbench0001'],
			['_started', form.started],
			['_version', form.version],
			['_page', '0'],
			['_nav', 'next'],
			...answers
		]).toString();
	return [
		{ label: 'language choice', path: survey, expected: 200, budgeted: true },
		...LANGUAGES.map((language) => ({
			label: `survey, ${language}`,
			path: `${survey}?lang=${language}`,
			expected: 200,
			budgeted: true
		})),
		{
			label: 'survey in a language the campaign added, wo',
			path: `/s/${inWolof.token}?lang=wo`,
			expected: 200,
			budgeted: true
		},
		{
			label: 'survey with XLSForm expressions, fr',
			path: `/s/${withExpressions.token}?lang=fr`,
			expected: 200,
			budgeted: true
		},
		{
			label: 'first page with recordings, fr',
			path: `/s/${recorded.token}?lang=fr`,
			expected: 200,
			budgeted: true
		},
		{
			label: 'first page with a problem (POST)',
			path: `${survey}?lang=fr`,
			method: 'POST',
			body: firstPage([]),
			expected: 400
		},
		{
			label: 'after a valid first page (POST)',
			path: `${survey}?lang=fr`,
			method: 'POST',
			body: firstPage([['C0', 'yes']]),
			expected: 200
		},
		...['complete', 'refused', 'not_eligible'].map((outcome) => ({
			label: `done, ${outcome}`,
			path: `${survey}/done?lang=fr&outcome=${outcome}`,
			expected: 200
		})),
		{ label: 'unknown link', path: `/s/${'z'.repeat(32)}?lang=fr`, expected: 404 },
		{ label: 'closed link', path: `/s/${closed.token}?lang=fr`, expected: 410 },
		{ label: 'link not yet open', path: `/s/${notOpen.token}?lang=fr`, expected: 403 },
		{ label: 'enumerator, signed in', path: `/s/${enumerator.token}?lang=fr`, expected: 200, cookie }
	];
}

/**
 * @param {string} url
 * @param {PageRequest[]} requests
 * @returns {Promise<PageWeight[]>}
 */
async function weighPages(url, requests) {
	/** @type {Map<string, Promise<Asset>>} */
	const assets = new Map();
	const fetchAsset = (/** @type {string} */ assetUrl) => {
		if (!assets.has(assetUrl)) {
			assets.set(
				assetUrl,
				transfer(assetUrl).then((got) => {
					if (got.status !== 200) throw new BenchError(`${assetUrl} answered ${got.status}`);
					return {
						url: assetUrl,
						path: new URL(assetUrl).pathname,
						raw: got.body.length,
						sent: got.sent,
						encoding: got.encoding
					};
				})
			);
		}
		return /** @type {Promise<Asset>} */ (assets.get(assetUrl));
	};
	/** @type {PageWeight[]} */
	const weights = [];
	for (const request of requests) {
		const pageUrl = `${url}${request.path}`;
		const page = await transfer(pageUrl, {
			method: request.method,
			body: request.body,
			headers: {
				accept: 'text/html',
				...(request.body ? { 'content-type': 'application/x-www-form-urlencoded', origin: url } : {}),
				...(request.cookie ? { cookie: request.cookie } : {})
			}
		});
		const html = page.body.toString();
		const linked = findLinkedAssets(html, pageUrl);
		/** @type {Asset[]} */
		const pageAssets = [];
		const queue = [...linked.fetched];
		for (let next = queue.shift(); next; next = queue.shift()) {
			if (pageAssets.some((asset) => asset.url === next)) continue;
			const asset = await fetchAsset(next);
			pageAssets.push(asset);
			if (asset.path.endsWith('.js')) {
				const source = (await transfer(next, { headers: { 'accept-encoding': 'identity' } })).body.toString();
				queue.push(...findStaticImports(source, next));
			}
		}
		const assetBytes = pageAssets.reduce((sum, asset) => sum + asset.sent, 0);
		weights.push({
			request,
			status: page.status,
			encoding: page.encoding,
			sent: page.sent,
			raw: page.body.length,
			assets: pageAssets,
			disabled: linked.disabled,
			total: page.sent + assetBytes
		});
	}
	return weights;
}

/** Prints the tables; returns what fails. @param {PageWeight[]} weights @returns {string[]} */
function report(weights) {
	/** @type {string[]} */
	const failures = [];
	const rows = weights.map((weight) => {
		const { request } = weight;
		if (weight.status !== request.expected)
			failures.push(`${request.label}: status ${weight.status}, expected ${request.expected}`);
		if (weight.encoding !== 'gzip')
			failures.push(
				`${request.label}: HTML sent ${weight.encoding === 'identity' ? 'uncompressed' : `as ${weight.encoding}`}, not gzip`
			);
		let budget = '';
		if (request.budgeted) {
			const over = weight.total > FIRST_PAGE_BUDGET;
			budget = over ? 'OVER' : 'ok';
			if (over)
				failures.push(`${request.label}: ${count(weight.total)} bytes, over the budget of ${count(FIRST_PAGE_BUDGET)}`);
		}
		const assetBytes = weight.total - weight.sent;
		return [
			request.label,
			String(weight.status),
			count(weight.sent),
			weight.encoding,
			count(weight.raw),
			`${count(assetBytes)} (${weight.assets.length})`,
			count(weight.total),
			budget
		];
	});
	console.log('\nBytes a phone receives for each respondent page (response bodies; HTTP headers not counted)');
	console.log(
		'HTML asked with accept-encoding: gzip, br; then every script and stylesheet it links, once per page, fetched the same way\n'
	);
	console.log(
		table(
			[
				{ title: 'page' },
				{ title: 'status', right: true },
				{ title: 'HTML sent', right: true },
				{ title: 'as' },
				{ title: 'HTML raw', right: true },
				{ title: 'JS+CSS sent (files)', right: true },
				{ title: 'total sent', right: true },
				{ title: 'first-page budget' }
			],
			rows
		)
	);

	/** @type {Map<string, { asset: Asset, pages: number }>} */
	const used = new Map();
	for (const asset of weights.flatMap((weight) => weight.assets)) {
		const entry = used.get(asset.path) ?? { asset, pages: 0 };
		entry.pages += 1;
		used.set(asset.path, entry);
	}
	console.log('\nScripts and stylesheets linked\n');
	console.log(
		table(
			[
				{ title: 'file' },
				{ title: 'raw', right: true },
				{ title: 'sent', right: true },
				{ title: 'as' },
				{ title: 'pages', right: true }
			],
			[...used.values()].map(({ asset, pages }) => [
				asset.path,
				count(asset.raw),
				count(asset.sent),
				asset.encoding,
				String(pages)
			])
		)
	);
	const disabled = [...new Set(weights.flatMap((weight) => weight.disabled.map((href) => new URL(href).pathname)))];
	if (disabled.length > 0)
		console.log(`\nAlso linked with \`disabled\`, which browsers do not fetch (not counted): ${disabled.join(', ')}`);
	console.log(
		`\nBudget (PERFORMANCE.md): the first page a respondent sees, HTML + CSS + JS, at most 30 KB (${count(FIRST_PAGE_BUDGET)} bytes) as sent; every HTML page gzipped.`
	);
	return failures;
}

async function main() {
	buildApp();
	const dir = mkdtempSync(join(tmpdir(), 'mesure-bench-weight-'));
	const databaseUrl = `sqlite:${join(dir, 'mesure.db')}`;
	const app = await startApp({ databaseUrl, cwd: dir });
	try {
		const weights = await weighPages(app.url, await prepareRequests(app.url, databaseUrl));
		const failures = report(weights);
		if (failures.length > 0) {
			console.log(`\nFAILED:\n${failures.map((failure) => `  - ${failure}`).join('\n')}`);
			process.exitCode = 1;
		} else {
			console.log('\nAll within budget.');
		}
	} finally {
		await app.stop();
		rmSync(dir, { recursive: true, force: true });
	}
}

main().catch((error) => {
	if (!(error instanceof BenchError)) throw error;
	console.error(`bench:weight: ${error.message}`);
	process.exitCode = 1;
});
