// The bench campaign again, each of its questions recorded in French and read aloud: what a respondent's first page
// weighs when every question has its player (nothing is fetched until one is pressed) and each page its Listen button.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BenchError, ROOT } from './app.js';
import { CAMPAIGN, OWNER, runCli } from './campaign.js';

/** A two-second Opus tone (tests/fixtures/audio/make.sh). */
const RECORDING = readFileSync(join(ROOT, 'tests', 'fixtures', 'audio', 'tone.opus'));

/**
 * After setUpCampaign, whose owner it uses: the campaign published, every question on its recordings page given a
 * French recording, read aloud switched on, through the pages' own forms.
 * @param {string} url @param {string} databaseUrl @param {string} cookie the owner's session
 * @returns {Promise<import('./campaign.js').PublishedCampaign>}
 */
export async function setUpRecordedCampaign(url, databaseUrl, cookie) {
	const token = runCli(databaseUrl, ['create-token', '--email', OWNER.email]);
	const api = async (
		/** @type {string} */ method,
		/** @type {string} */ path,
		/** @type {unknown} */ body = undefined
	) => {
		const response = await fetch(`${url}/api/v1${path}`, {
			method,
			headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body)
		});
		if (!response.ok) throw new BenchError(`${method} ${path} answered ${response.status}`);
		return response.json();
	};
	const campaign = await api('POST', '/campaigns', { ...CAMPAIGN, title: `${CAMPAIGN.title} (recordings)` });
	await api('POST', `/campaigns/${campaign.id}/publish`);
	const form = (/** @type {string} */ path, /** @type {FormData | URLSearchParams} */ body) =>
		fetch(`${url}/campaigns/${campaign.id}/recordings${path}`, {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: url, accept: 'text/html', cookie },
			body
		});
	const page = await (await fetch(`${url}/campaigns/${campaign.id}/recordings`, { headers: { cookie } })).text();
	const questions = [...page.matchAll(/<h2 id="q-([A-Za-z0-9_]+)"/g)].map((match) => match[1]);
	if (questions.length < 30) throw new BenchError(`the recordings page lists ${questions.length} questions`);
	for (const question of questions) {
		const upload = new FormData();
		upload.set('file', new Blob([RECORDING]), `${question}.opus`);
		const sent = await form(`?/upload&question=${question}&language=fr`, upload);
		if (sent.status !== 200) throw new BenchError(`recording ${question} answered ${sent.status}`);
	}
	const readAloud = await form('?/readAloud', new URLSearchParams({ readAloud: 'on' }));
	if (readAloud.status !== 303) throw new BenchError(`read aloud answered ${readAloud.status}`);
	const survey = await api('GET', `/campaigns/${campaign.id}/survey`);
	return { id: campaign.id, links: survey.links };
}
