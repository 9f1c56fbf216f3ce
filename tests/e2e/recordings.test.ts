import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenOverHttp, setUpOverHttp } from '../helpers/accounts';
import { HttpClient, mainOf } from '../helpers/http';
import { startServer, type RunningServer } from '../helpers/server';
import { countRows } from '../helpers/sqlite';
import { publishOverHttp, type PublishedLink } from '../helpers/survey-http';

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures/audio', name)));
const MP3 = fixture('tone.mp3');

describe('questions read aloud, over HTTP', () => {
	let server: RunningServer;
	let owner: HttpClient;
	let campaignId: string;
	let link: PublishedLink;
	let otherLink: PublishedLink;
	let address: string;

	/** A recording sent as the recordings page's form sends it, without JavaScript, in the owner's session. */
	const upload = (question: string, language: string, bytes: Uint8Array, name: string, locale = 'en') => {
		const form = new FormData();
		form.set('file', new Blob([bytes.slice()]), name);
		return fetch(`${server.url}/campaigns/${campaignId}/recordings?/upload&question=${question}&language=${language}`, {
			method: 'POST',
			body: form,
			redirect: 'manual',
			headers: {
				origin: server.url,
				accept: 'text/html',
				cookie: `mesure_session=${owner.cookie('mesure_session')}`,
				'accept-language': locale
			}
		});
	};
	const stored = () => countRows(server.databasePath!, 'question_recordings', `campaign_id = '${campaignId}'`);
	const surveyPage = async (token: string, language: string) =>
		mainOf(await (await new HttpClient(server.url).get(`/s/${token}?lang=${language}`)).text());

	beforeAll(async () => {
		server = await startServer();
		owner = await setUpOverHttp(server.url, 'owner@example.org', 'Sahel Info');
		const token = await createTokenOverHttp(owner);
		const published = await publishOverHttp(server.url, token);
		campaignId = published.campaignId;
		link = published.link('baseline', 'exposed');
		otherLink = (await publishOverHttp(server.url, token, { title: 'Another campaign' })).link('baseline', 'exposed');
	});
	afterAll(async () => server.stop());

	it('takes an editor’s MP3, and refuses what is not a short recording in the user’s language, writing nothing', async () => {
		const refused = await upload('K1', 'fr', fixture('tone.wav'), 'question.mp3', 'fr');
		expect(refused.status).toBe(422);
		expect(mainOf(await refused.text())).toContain('envoyez un son Opus, AAC (M4A) ou MP3');
		const long = await upload('K1', 'fr', fixture('long.opus'), 'long.opus', 'fr');
		expect(long.status).toBe(422);
		expect(mainOf(await long.text())).toContain('Cet enregistrement dure 65 secondes');
		const large = await upload('K1', 'fr', new Uint8Array(400 * 1024).fill(0xff), 'big.mp3');
		expect(large.status).toBe(413);
		expect(mainOf(await large.text())).toContain('larger than 300 KB');
		expect(stored()).toBe(0);

		expect((await upload('K1', 'fr', MP3, 'k1.mp3')).status).toBe(200);
		expect(stored()).toBe(1);
		const page = mainOf(await (await owner.get(`/campaigns/${campaignId}/recordings`)).text());
		expect(page).toMatch(
			new RegExp(`<audio controls="" preload="none" src="/campaigns/${campaignId}/recordings/K1/fr\\?v=\\w{16}"`)
		);
	});

	it('shows respondents a player that loads nothing until pressed, named in their language, without script', async () => {
		const page = await surveyPage(link.token, 'fr');
		const player = /<audio class="listen" controls="" preload="none" src="([^"]+)" aria-label="([^"]+)"><\/audio>/.exec(
			page
		);
		expect(player?.[2]).toBe('Écouter la question');
		address = player![1];
		expect(address).toMatch(new RegExp(`^/s/${link.token}/audio/K1/fr\\?v=\\w{16}$`));
		// Beside K1's question, in its fieldset.
		expect(page.slice(page.indexOf('data-field="K1"'), page.indexOf(address))).toContain('</legend>');
		expect(page.match(/<audio/g)).toHaveLength(1);
		// The Arabic page has no recording of its own to play.
		expect(await surveyPage(link.token, 'ar')).not.toContain('<audio');
	});

	it('serves the recording whole, kept a year, or the range a player asks (206)', async () => {
		const whole = await fetch(`${server.url}${address}`);
		expect(whole.status).toBe(200);
		expect(whole.headers.get('content-type')).toBe('audio/mpeg');
		expect(whole.headers.get('accept-ranges')).toBe('bytes');
		expect(whole.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		expect(whole.headers.get('content-length')).toBe(String(MP3.length));
		expect(new Uint8Array(await whole.arrayBuffer())).toEqual(MP3);

		const first = await fetch(`${server.url}${address}`, { headers: { range: 'bytes=0-1' } });
		expect(first.status).toBe(206);
		expect(first.headers.get('content-range')).toBe(`bytes 0-1/${MP3.length}`);
		expect(new Uint8Array(await first.arrayBuffer())).toEqual(MP3.slice(0, 2));
		const rest = await fetch(`${server.url}${address}`, { headers: { range: 'bytes=1000-' } });
		expect(rest.status).toBe(206);
		expect(rest.headers.get('content-length')).toBe(String(MP3.length - 1000));
		expect(new Uint8Array(await rest.arrayBuffer())).toEqual(MP3.slice(1000));
		const past = await fetch(`${server.url}${address}`, { headers: { range: `bytes=${MP3.length}-` } });
		expect(past.status).toBe(416);
		expect(past.headers.get('content-range')).toBe(`bytes */${MP3.length}`);

		const etag = whole.headers.get('etag')!;
		expect((await fetch(`${server.url}${address}`, { headers: { 'if-none-match': etag } })).status).toBe(304);
		const unversioned = await fetch(`${server.url}${address.split('?')[0]}`);
		expect(unversioned.status).toBe(200);
		expect(unversioned.headers.get('cache-control')).toBe('public, no-cache');
		await unversioned.arrayBuffer();
	});

	it('serves only the link’s campaign’s recordings: anything else is a 404', async () => {
		const path = address.split('?')[0];
		for (const other of [
			path.replace(link.token, otherLink.token),
			path.replace(link.token, 'z'.repeat(32)),
			path.replace('/K1/', '/K2/'),
			path.replace('/fr', '/ar'),
			path.replace('/fr', '/..%2Ffr')
		]) {
			const response = await fetch(`${server.url}${other}`);
			expect(response.status, other).toBe(404);
			await response.arrayBuffer();
		}
	});

	it('lets members hear it on the recordings page, with ranges and its file name', async () => {
		const path = `/campaigns/${campaignId}/recordings/K1/fr`;
		const response = await owner.get(path, { range: 'bytes=0-9' });
		expect(response.status).toBe(206);
		expect(response.headers.get('content-disposition')).toBe('inline; filename="K1-fr.mp3"');
		expect(response.headers.get('cache-control')).toBe('private, no-cache');
		expect((await response.arrayBuffer()).byteLength).toBe(10);
		expect((await new HttpClient(server.url).get(path)).status).toBe(303);
	});

	it('reads each page aloud from a Listen button once an editor turns it on, shown by the page’s script', async () => {
		expect(await surveyPage(link.token, 'fr')).not.toContain('data-listen');
		const saved = await owner.post(`/campaigns/${campaignId}/recordings?/readAloud`, { readAloud: 'on' });
		expect(saved.status).toBe(303);
		expect(saved.headers.get('location')).toBe(`/campaigns/${campaignId}/edit?read_aloud=saved#read-aloud`);
		const settings = mainOf(await (await owner.get(`/campaigns/${campaignId}/edit?read_aloud=saved`)).text());
		expect(settings).toMatch(/<input type="checkbox" name="readAloud" checked/);
		const page = await surveyPage(link.token, 'fr');
		// One button, on the page with K1's recording.
		expect(page.match(/data-listen/g)).toHaveLength(1);
		expect(page).toMatch(/<button type="button" class="survey-button listen-page" data-listen="">Écouter<\/button>/);
		await owner.post(`/campaigns/${campaignId}/recordings?/readAloud`, {});
		expect(await surveyPage(link.token, 'fr')).not.toContain('data-listen');
	});

	it('plays a repeat group member’s recording in every instance, the pattern of new instances too', async () => {
		const token = await createTokenOverHttp(owner);
		const both = (fr: string, ar: string) => ({ fr, ar });
		const roster = await publishOverHttp(server.url, token, { title: 'Foyers' }, [
			{ code: 'members', type: 'repeat', label: both('Membres du foyer', 'أفراد الأسرة') },
			{ code: 'age', type: 'integer', repeat: 'members', min: 0, max: 120, label: both('Âge', 'العمر') }
		]);
		const form = new FormData();
		form.set('file', new Blob([MP3.slice()]), 'age.mp3');
		const path = `/campaigns/${roster.campaignId}/recordings?/upload&question=age&language=fr`;
		expect((await owner.postMultipart(path, form)).status).toBe(200);
		const page = await surveyPage(roster.link('baseline', 'exposed').token, 'fr');
		const pattern = page.slice(page.indexOf('<template data-repeat="members">'), page.indexOf('</template>'));
		expect(pattern).toContain('data-field="members.@.age"');
		expect(pattern).toMatch(
			/<audio class="listen" controls="" preload="none" src="\/s\/\w+\/audio\/age\/fr\?v=\w{16}"/
		);
	});

	it('deletes a recording: its address then answers 404', async () => {
		expect((await owner.post(`/campaigns/${campaignId}/recordings?/remove&question=K1&language=fr`, {})).status).toBe(
			200
		);
		expect(stored()).toBe(0);
		const gone = await fetch(`${server.url}${address}`);
		expect(gone.status).toBe(404);
		expect(await surveyPage(link.token, 'fr')).not.toContain('<audio');
	});
});
