import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeCampaign, updateCampaign } from '$lib/server/campaigns/service';
import { insertMembership } from '$lib/server/organisations/repository';
import { describePageAudio } from '$lib/server/recordings/page-audio';
import {
	getLinkRecording,
	getMemberRecording,
	getReadAloud,
	getRecordingsPage,
	removeRecording,
	setReadAloud,
	setRecording
} from '$lib/server/recordings/service';
import { addCustomQuestions } from '$lib/server/surveys/service';
import type { Role } from '$lib/server/db/schema';
import { customQuestion } from '../../../../helpers/custom-answers';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { createUser, setUpSahelInfo } from '../../../../helpers/fixtures';
import { publishCampaign, type PublishedCampaign } from '../../../../helpers/responses';

const fixture = (name: string) =>
	new Uint8Array(readFileSync(join(import.meta.dirname, '../../../../fixtures/audio', name)));
const OPUS = fixture('tone.opus');
const MP3 = fixture('tone.mp3');
const K1_FR = { question: 'K1', language: 'fr' };

describe.each(DIALECTS)('question recordings on %s', (dialect) => {
	let t: TestDatabase;
	let owner: string;
	let members: Record<'viewer' | 'editor' | 'enumerator', string>;
	let published: PublishedCampaign;
	let other: PublishedCampaign;

	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		const setup = await setUpSahelInfo(t.db);
		owner = setup.user.id;
		const join = async (role: Role) => {
			const user = await createUser(t.db, role);
			const at = new Date().toISOString();
			await insertMembership(t.db, { organisationId: setup.organisation.id, userId: user.id, role, createdAt: at });
			return user.id;
		};
		members = { viewer: await join('viewer'), editor: await join('editor'), enumerator: await join('enumerator') };
		published = await publishCampaign(t.db, owner);
		other = await publishCampaign(t.db, owner, { title: 'Another campaign' });
	});
	afterEach(async () => t.close());

	/** What the database holds, bytes aside: nothing is written by a refused upload. */
	const stored = async () =>
		(await getRecordingsPage(t.db, owner, published.campaignId, 'en')).questions.flatMap((question) =>
			Object.values(question.recordings)
		);

	it('keeps an editor’s recording, plays it to members and to the campaign’s links, replaces and deletes it', async () => {
		const saved = await setRecording(t.db, members.editor, published.campaignId, K1_FR, OPUS);
		expect(saved).toMatchObject({ ...K1_FR, mediaType: 'audio/ogg', size: OPUS.length, durationMs: 2000 });
		expect(saved.hash).toMatch(/^[0-9a-f]{64}$/);
		expect((await getMemberRecording(t.db, members.viewer, published.campaignId, K1_FR))?.bytes).toEqual(OPUS);
		expect((await getLinkRecording(t.db, published.links[0].token, K1_FR))?.bytes).toEqual(OPUS);
		// Another campaign's link never plays it.
		expect(await getLinkRecording(t.db, other.links[0].token, K1_FR)).toBeUndefined();
		expect(await getLinkRecording(t.db, published.links[0].token, { question: 'K1', language: 'en' })).toBeUndefined();

		const replaced = await setRecording(t.db, owner, published.campaignId, K1_FR, MP3);
		expect(replaced.mediaType).toBe('audio/mpeg');
		expect(replaced.hash).not.toBe(saved.hash);
		expect(await stored()).toEqual([replaced]);

		await removeRecording(t.db, members.editor, published.campaignId, K1_FR);
		expect(await stored()).toEqual([]);
		await expect(removeRecording(t.db, owner, published.campaignId, K1_FR)).rejects.toMatchObject({
			code: 'not_found',
			messageKey: 'errors.recording_not_found'
		});
	});

	it('lists every question of the survey by the campaign’s languages, custom questions after the core module', async () => {
		await addCustomQuestions(t.db, owner, published.campaignId, [customQuestion('water', 'yes_no')]);
		await setRecording(t.db, owner, published.campaignId, { question: 'water', language: 'en' }, MP3);
		const page = await getRecordingsPage(t.db, members.viewer, published.campaignId, 'fr');
		expect(page.canEdit).toBe(false);
		expect(page.campaign.languages).toEqual(['fr', 'en']);
		const codes = page.questions.map((question) => question.code);
		expect(codes.slice(0, 2)).toEqual(['C0', 'D1']);
		expect(codes.at(-1)).toBe('water');
		expect(page.questions.find((question) => question.code === 'water')).toMatchObject({
			text: 'Question water',
			recordings: { en: { mediaType: 'audio/mpeg' } }
		});
	});

	it.each<[string, { question: string; language: string }, () => Uint8Array, string]>([
		[
			'a question the survey does not have',
			{ question: 'Z9', language: 'fr' },
			() => OPUS,
			'errors.recording_question_unknown'
		],
		[
			'a language the campaign does not offer',
			{ question: 'K1', language: 'wo' },
			() => OPUS,
			'errors.recording_language_unknown'
		],
		['a WAV file', K1_FR, () => fixture('tone.wav'), 'errors.recording_type'],
		['a PNG image named .mp3', K1_FR, () => fixture('image.mp3'), 'errors.recording_type'],
		['a recording over a minute', K1_FR, () => fixture('long.opus'), 'errors.recording_too_long'],
		['a file over 300 KB', K1_FR, () => new Uint8Array(300 * 1024 + 1), 'errors.recording_too_large'],
		['an empty file', K1_FR, () => new Uint8Array(), 'errors.recording_missing']
	])('refuses %s, and writes nothing', async (_, target, bytes, messageKey) => {
		await expect(setRecording(t.db, owner, published.campaignId, target, bytes())).rejects.toMatchObject({
			code: 'invalid',
			messageKey
		});
		expect(await stored()).toEqual([]);
	});

	it('lets viewers and enumerators listen, not change; keeps other organisations out', async () => {
		await setRecording(t.db, owner, published.campaignId, K1_FR, OPUS);
		for (const member of [members.viewer, members.enumerator]) {
			await expect(setRecording(t.db, member, published.campaignId, K1_FR, MP3)).rejects.toMatchObject({
				code: 'forbidden'
			});
			await expect(removeRecording(t.db, member, published.campaignId, K1_FR)).rejects.toMatchObject({
				code: 'forbidden'
			});
			await expect(setReadAloud(t.db, member, published.campaignId, true)).rejects.toMatchObject({ code: 'forbidden' });
		}
		const outsider = (await createUser(t.db, 'outsider')).id;
		await expect(getRecordingsPage(t.db, outsider, published.campaignId, 'en')).rejects.toMatchObject({
			code: 'not_found'
		});
		await expect(getMemberRecording(t.db, outsider, published.campaignId, K1_FR)).rejects.toMatchObject({
			code: 'not_found'
		});
		expect((await stored())[0].mediaType).toBe('audio/ogg');
	});

	it('changes nothing of a closed campaign', async () => {
		await closeCampaign(t.db, owner, published.campaignId);
		await expect(setRecording(t.db, owner, published.campaignId, K1_FR, OPUS)).rejects.toMatchObject({
			code: 'conflict'
		});
		expect(await stored()).toEqual([]);
	});

	it('lists apart the recordings of a language the campaign no longer offers', async () => {
		await setRecording(t.db, owner, published.campaignId, { question: 'K1', language: 'en' }, OPUS);
		await updateCampaign(t.db, owner, published.campaignId, { languages: ['fr'] });
		const page = await getRecordingsPage(t.db, owner, published.campaignId, 'en');
		expect(page.questions.find((question) => question.code === 'K1')?.recordings).toEqual({});
		expect(page.leftOver).toMatchObject([{ question: 'K1', language: 'en' }]);
		await removeRecording(t.db, owner, published.campaignId, { question: 'K1', language: 'en' });
		expect((await getRecordingsPage(t.db, owner, published.campaignId, 'en')).leftOver).toEqual([]);
	});

	it('gives respondents’ pages their language’s addresses, enumerators every language’s, and the read-aloud setting', async () => {
		const link = (enumerator: boolean) => ({
			campaignId: published.campaignId,
			token: 'tok',
			languages: ['fr', 'en'],
			enumerator
		});
		expect(await describePageAudio(t.db, link(false), 'fr')).toBeNull();
		const fr = await setRecording(t.db, owner, published.campaignId, K1_FR, OPUS);
		await setRecording(t.db, owner, published.campaignId, { question: 'K2', language: 'en' }, MP3);
		await setReadAloud(t.db, members.editor, published.campaignId, true);
		expect(await getReadAloud(t.db, members.viewer, published.campaignId)).toBe(true);
		const address = `/s/tok/audio/K1/fr?v=${fr.hash.slice(0, 16)}`;
		expect(await describePageAudio(t.db, link(false), 'fr')).toEqual({ recordings: { K1: address }, readAloud: true });
		const offline = await describePageAudio(t.db, link(true), 'fr');
		expect(offline?.offline).toEqual([address, expect.stringMatching(/^\/s\/tok\/audio\/K2\/en\?v=\w{16}$/)]);
		await setReadAloud(t.db, owner, published.campaignId, false);
		expect((await describePageAudio(t.db, link(false), 'fr'))?.readAloud).toBe(false);
	});
});
