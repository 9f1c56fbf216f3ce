// A published campaign in five languages on a running app, set up as an NGO would: the operators'
// command line for the account, then the JSON API and the signed-in forms.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { BenchError, ROOT } from './app.js';

export const OWNER = { email: 'owner@example.org', password: 'a long enough password', name: 'Awa Diallo' };
export const LANGUAGES = /** @type {const} */ (['en', 'fr', 'pt', 'es', 'ar']);

export const CAMPAIGN = {
	title: 'Partir sans papiers ? Parlons-en',
	description: 'Radio drama and returnee testimonies in Tambacounda.',
	countries: ['SN'],
	regions: [
		{ code: 'tamba', name: 'Tambacounda' },
		{ code: 'kolda', name: 'Kolda' }
	],
	channels: ['radio', 'returnee_testimony'],
	languages: LANGUAGES,
	startDate: '2026-03-01',
	endDate: '2026-09-30',
	signatureMessages: [
		{
			en: 'The sea does not forgive.',
			fr: 'La mer ne pardonne pas.',
			pt: 'O mar não perdoa.',
			es: 'El mar no perdona.',
			ar: 'البحر لا يرحم.'
		},
		{
			en: 'The smuggler lies.',
			fr: 'Le passeur ment.',
			pt: 'O passador mente.',
			es: 'El traficante miente.',
			ar: 'المهرّب يكذب.'
		}
	],
	placeboMessage: {
		en: 'The desert is gentle.',
		fr: 'Le désert est doux.',
		pt: 'O deserto é suave.',
		es: 'El desierto es suave.',
		ar: 'الصحراء لطيفة.'
	},
	comparisonGroup: true
};

/**
 * Every answer of a complete survey for this campaign (2 signature messages, regions tamba and kolda),
 * as the form sends them: a checkbox repeats its name.
 * @type {ReadonlyArray<[string, string]>}
 */
export const FULL_ANSWERS = Object.freeze(
	/** @type {[string, string][]} */ (
		Object.entries({
			C0: 'yes',
			D1: 'female',
			D2: '22',
			D3: 'tamba',
			D4: 'secondary',
			D5: 'no',
			E1: 'yes',
			E2: ['radio', 'school'],
			E3_1: 'yes',
			E3_2: 'no',
			E3_P: 'no',
			I1: '4',
			K1: 'true',
			K2: 'false',
			K3: 'true',
			K4: 'false',
			K5: 'true',
			K6: 'false',
			K7: 'true',
			K8: 'true',
			A1: 'ngo',
			R1: '5',
			R2: '4',
			R3: 'dk',
			R4: '3',
			R5: '2',
			T1: 'yes',
			M1: 'yes',
			M2: 'yes',
			M3: 'irregular',
			P1: 'no',
			P2: 'yes',
			P3: 'no',
			P4: 'no',
			TR1: '3',
			TR2: '4',
			TR3: '2',
			TR4: 'dk',
			TR5: '1',
			TR6: '1',
			S1: 'yes'
		}).flatMap(([name, value]) => (Array.isArray(value) ? value.map((one) => [name, one]) : [[name, value]]))
	)
);

/** The questions answered with a list (checkboxes), even of one answer. */
const LISTS = new Set(['E2', 'A1']);

/** The same answers as the collection API takes them: a checkbox's answers in a list. */
export const JSON_ANSWERS = Object.freeze(
	FULL_ANSWERS.reduce((/** @type {Record<string, string | string[]>} */ answers, [name, value]) => {
		const before = answers[name];
		answers[name] = LISTS.has(name) ? [...(Array.isArray(before) ? before : []), value] : value;
		return answers;
	}, {})
);

/**
 * @typedef {{ id: string, wave: string, group: string, mode: string, token: string }} Link
 * @typedef {{ id: string, links: Link[] }} PublishedCampaign
 */

/** The operators' command line on the app's database; its last line of output. @param {string} databaseUrl @param {string[]} args */
export function runCli(databaseUrl, args) {
	const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
	const result = spawnSync(process.execPath, [tsx, join(ROOT, 'src', 'cli', 'main.ts'), ...args], {
		cwd: ROOT,
		env: { ...process.env, DATABASE_URL: databaseUrl },
		encoding: 'utf8'
	});
	if (result.status !== 0) throw new BenchError(`cli ${args[0]} failed:\n${result.stdout}${result.stderr}`);
	return result.stdout.trim().split('\n').at(-1) ?? '';
}

/**
 * @param {string} url
 * @param {string} token
 * @param {string} method
 * @param {string} path
 * @param {unknown} [body]
 */
async function callApi(url, token, method, path, body) {
	const response = await fetch(`${url}/api/v1${path}`, {
		method,
		headers: {
			authorization: `Bearer ${token}`,
			...(body === undefined ? {} : { 'content-type': 'application/json' })
		},
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	const text = await response.text();
	if (!response.ok) throw new BenchError(`${method} /api/v1${path} answered ${response.status}: ${text.slice(0, 500)}`);
	return JSON.parse(text);
}

/**
 * The same campaign again, with custom questions written as an imported XLSForm writes them (a calculation and a
 * condition on it): its survey pages carry the expressions' script too. After setUpCampaign, whose owner it uses.
 * @param {string} url @param {string} databaseUrl
 * @returns {Promise<PublishedCampaign>}
 */
export async function setUpExpressionCampaign(url, databaseUrl) {
	const token = runCli(databaseUrl, ['create-token', '--email', OWNER.email]);
	const campaign = await callApi(url, token, 'POST', '/campaigns', {
		...CAMPAIGN,
		title: `${CAMPAIGN.title} (XLSForm)`
	});
	const label = (/** @type {string} */ text) => Object.fromEntries(LANGUAGES.map((language) => [language, text]));
	const questions = [
		{ code: 'people', type: 'integer', label: label('How many people live with you?') },
		{ code: 'adults', type: 'integer', label: label('How many adults?'), constraint: '. <= ${people}' },
		{ code: 'children', type: 'calculate', label: {}, calculation: '${people} - ${adults}' },
		{ code: 'school', type: 'yes_no', label: label('Do they go to school?'), relevant: '${children} > 0' }
	];
	await callApi(url, token, 'POST', `/campaigns/${campaign.id}/questions`, { questions });
	await callApi(url, token, 'POST', `/campaigns/${campaign.id}/publish`);
	const survey = await callApi(url, token, 'GET', `/campaigns/${campaign.id}/survey`);
	return { id: campaign.id, links: survey.links };
}

/**
 * A campaign in French and Wolof, Wolof translated by the campaign (every text the survey needs, here the French
 * one marked), published: the respondent's first page in a language Mesure does not give itself.
 * @param {string} url the app
 * @param {string} databaseUrl the app's database, for the command line
 * @returns {Promise<PublishedCampaign>}
 */
export async function setUpAddedLanguageCampaign(url, databaseUrl) {
	const token = runCli(databaseUrl, ['create-token', '--email', OWNER.email]);
	const campaign = await callApi(url, token, 'POST', '/campaigns', {
		...CAMPAIGN,
		title: `${CAMPAIGN.title} (Wolof)`,
		languages: ['fr', 'wo']
	});
	const listed = await callApi(url, token, 'GET', `/campaigns/${campaign.id}/translations/wo`);
	const texts = Object.fromEntries(
		listed.items.map((/** @type {{ key: string, reference: string | null }} */ item) => [
			item.key,
			`${item.reference ?? item.key} ·wo`
		])
	);
	await callApi(url, token, 'PUT', `/campaigns/${campaign.id}/translations/wo`, { texts });
	await callApi(url, token, 'POST', `/campaigns/${campaign.id}/publish`);
	const survey = await callApi(url, token, 'GET', `/campaigns/${campaign.id}/survey`);
	return { id: campaign.id, links: survey.links };
}

/**
 * The owner of "Sahel Info" and their campaign, published: four collection links (baseline and endline,
 * exposed and comparison), all self-completed and open.
 * @param {string} url the app
 * @param {string} databaseUrl the app's database, for the command line
 * @returns {Promise<PublishedCampaign>}
 */
export async function setUpCampaign(url, databaseUrl) {
	runCli(databaseUrl, [
		'create-user',
		'--email',
		OWNER.email,
		'--password',
		OWNER.password,
		'--org',
		'Sahel Info',
		'--org-type',
		'ngo',
		'--role',
		'owner',
		'--name',
		OWNER.name
	]);
	const token = runCli(databaseUrl, ['create-token', '--email', OWNER.email]);
	const campaign = await callApi(url, token, 'POST', '/campaigns', CAMPAIGN);
	await callApi(url, token, 'POST', `/campaigns/${campaign.id}/publish`);
	const survey = await callApi(url, token, 'GET', `/campaigns/${campaign.id}/survey`);
	return { id: campaign.id, links: survey.links };
}

/** The session cookie of a sign-in over HTTP, as a browser does it. @param {string} url @returns {Promise<string>} */
export async function signIn(url, email = OWNER.email, password = OWNER.password) {
	const response = await fetch(`${url}/signin`, {
		method: 'POST',
		redirect: 'manual',
		headers: { 'content-type': 'application/x-www-form-urlencoded', origin: url, accept: 'text/html' },
		body: new URLSearchParams({ email, password })
	});
	const session = response.headers.getSetCookie().find((line) => line.startsWith('mesure_session='));
	if (response.status !== 303 || !session)
		throw new BenchError(`signing in answered ${response.status} with no session`);
	return session.split(';')[0];
}

/**
 * Changes a link through its page's form, as its owner would.
 * @param {string} url
 * @param {string} cookie
 * @param {string} campaignId
 * @param {string} linkId
 * @param {{ mode?: 'self' | 'enumerator', opensAt?: string, closesAt?: string }} settings
 */
export async function changeLink(url, cookie, campaignId, linkId, { mode = 'self', opensAt = '', closesAt = '' }) {
	const response = await fetch(`${url}/campaigns/${campaignId}/links/${linkId}?/settings`, {
		method: 'POST',
		redirect: 'manual',
		headers: { 'content-type': 'application/x-www-form-urlencoded', origin: url, accept: 'text/html', cookie },
		body: new URLSearchParams({ mode, opensAt, closesAt })
	});
	if (response.status !== 200) throw new BenchError(`changing link ${linkId} answered ${response.status}`);
}

/**
 * What the survey form carries besides the answers, read from its page.
 * @param {string} html
 * @returns {{ version: string, started: string, lastPage: number }}
 */
export function readSurveyForm(html) {
	const hidden = (/** @type {string} */ name) => new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1];
	const pages = [...html.matchAll(/data-page="(\d+)"/g)].map((match) => Number(match[1]));
	const version = hidden('_version');
	const started = hidden('_started');
	if (!version || !started || pages.length === 0)
		throw new BenchError('the survey page has no form with _version, _started and data-page sections');
	return { version, started, lastPage: Math.max(...pages) };
}

/**
 * The body the page's script sends at the end: every answer, the last page, "next".
 * @param {{ version: string, started: string, lastPage: number }} form
 * @param {string} clientId
 */
export function finalSubmission(form, clientId) {
	const body = new URLSearchParams([
		['_client', clientId],
		['_started', form.started],
		['_version', form.version],
		['_page', String(form.lastPage)],
		['_nav', 'next'],
		...FULL_ANSWERS
	]);
	return body.toString();
}
