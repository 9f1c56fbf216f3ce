import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeCampaign } from '$lib/server/campaigns/service';
import { insertMembership } from '$lib/server/organisations/repository';
import { collectResponse } from '$lib/server/respondents/collect';
import { updateLinkSettings } from '$lib/server/surveys/links';
import { addCustomQuestions, publishSurvey } from '$lib/server/surveys/service';
import type { User } from '$lib/server/users/user';
import { customQuestionSchema } from '$lib/survey/custom-question';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { createUser, setUpSahelInfo } from '../../../../helpers/fixtures';
import { publishCampaign, respondentAnswers, type PublishedCampaign } from '../../../../helpers/responses';

const NOW = new Date('2026-06-15T10:00:00.000Z');

describe.each(DIALECTS)('responses collected on %s', (dialect) => {
	let t: TestDatabase;
	let owner: User;
	let organisationId: string;
	let published: PublishedCampaign;

	const rows = () => t.db.selectFrom('responses').selectAll().execute();
	const member = async (name: string, role: 'viewer' | 'enumerator') => {
		const user = await createUser(t.db, name);
		await insertMembership(t.db, { organisationId, userId: user.id, role, createdAt: NOW.toISOString() });
		return user;
	};

	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		const setup = await setUpSahelInfo(t.db);
		owner = setup.user;
		organisationId = setup.organisation.id;
		published = await publishCampaign(t.db, owner.id);
	});
	afterEach(async () => t.close());

	describe('collectResponse', () => {
		const input = (clientId: string, changes: object = {}) => ({
			clientId,
			language: 'fr' as const,
			answers: respondentAnswers(),
			...changes
		});

		it('takes a response to a self-completed link from anyone, and the same clientId once', async () => {
			const token = published.link('baseline', 'exposed').token;
			expect(await collectResponse(t.db, token, input('api-0001'), null, '10.0.0.1', NOW)).toMatchObject({
				ok: true,
				stored: { duplicate: false }
			});
			expect(await collectResponse(t.db, token, input('api-0001'), null, '10.0.0.1', NOW)).toMatchObject({
				ok: true,
				stored: { duplicate: true }
			});
			expect(await rows()).toHaveLength(1);
		});

		it.each([
			['2026-06-15T09:50:00.000Z', 600],
			['2026-05-16T10:00:00.000Z', 30 * 24 * 3600],
			['2026-05-16T09:59:59.000Z', null],
			// A spreadsheet's zero date, a phone's reset clock: no duration, where a number would not fit.
			['1899-12-30T00:00:00.000Z', null]
		])('keeps the duration of an interview started at %s as %s seconds', async (startedAt, seconds) => {
			const token = published.link('baseline', 'exposed').token;
			const result = await collectResponse(t.db, token, input('api-0001', { startedAt }), null, '10.0.0.1', NOW);
			expect(result).toMatchObject({ ok: true });
			expect((await rows()).map((row) => row.duration_seconds)).toEqual([seconds]);
		});

		it('lists every problem of the answers, with the bounds a message needs', async () => {
			const token = published.link('baseline', 'exposed').token;
			const result = await collectResponse(
				t.db,
				token,
				input('api-bad-01', { answers: respondentAnswers({ I1: 9, K2: 'maybe', zz: 'x' }) }),
				null,
				'10.0.0.1',
				NOW
			);
			expect(result).toEqual({
				ok: false,
				problems: [
					{ item: 'zz', code: 'unknown_item', min: null, max: null },
					{ item: 'I1', code: 'out_of_range', min: 1, max: 5 },
					{ item: 'K2', code: 'not_an_option', min: null, max: null }
				]
			});
			expect(await rows()).toHaveLength(0);
		});

		it('takes enumerator links from the organisation’s enumerators, editors and owners only', async () => {
			const link = published.link('endline', 'comparison');
			await updateLinkSettings(t.db, owner.id, published.campaignId, link.id, {
				mode: 'enumerator',
				opensAt: null,
				closesAt: null
			});
			const viewer = await member('viewer', 'viewer');
			const enumerator = await member('enumerator', 'enumerator');
			const outsider = await createUser(t.db, 'outsider');
			await expect(collectResponse(t.db, link.token, input('enum-0001'), null, '10.0.0.1', NOW)).rejects.toMatchObject({
				code: 'unauthenticated'
			});
			await expect(
				collectResponse(t.db, link.token, input('enum-0001'), viewer, '10.0.0.1', NOW)
			).rejects.toMatchObject({ code: 'forbidden' });
			await expect(
				collectResponse(t.db, link.token, input('enum-0001'), outsider, '10.0.0.1', NOW)
			).rejects.toMatchObject({ code: 'forbidden' });
			expect(await collectResponse(t.db, link.token, input('enum-0001'), enumerator, '10.0.0.1', NOW)).toMatchObject({
				ok: true
			});
			expect(await rows()).toMatchObject([{ mode: 'enumerator', channel: 'api', collected_by_user_id: enumerator.id }]);
		});

		it('takes an enumerator’s interview done while the link was open after it closed, but nothing once the campaign is closed', async () => {
			const link = published.link('baseline', 'exposed');
			const enumerator = await member('enumerator', 'enumerator');
			await updateLinkSettings(t.db, owner.id, published.campaignId, link.id, {
				mode: 'enumerator',
				opensAt: '2026-06-01',
				closesAt: '2026-06-10'
			});
			const late = input('late-0001', { submittedAt: '2026-06-09T16:00:00Z' });
			await expect(
				collectResponse(t.db, link.token, input('late-0002'), enumerator, '10.0.0.1', NOW)
			).rejects.toMatchObject({ code: 'conflict', messageKey: 'errors.link_closed' });
			expect(await collectResponse(t.db, link.token, late, enumerator, '10.0.0.1', NOW)).toMatchObject({ ok: true });
			await closeCampaign(t.db, owner.id, published.campaignId);
			await expect(
				collectResponse(t.db, link.token, { ...late, clientId: 'late-0003' }, enumerator, '10.0.0.1', NOW)
			).rejects.toMatchObject({ messageKey: 'errors.link_closed' });
		});

		it('takes nothing dated back to a self-completed link that has closed: anyone may send any date', async () => {
			const link = published.link('baseline', 'exposed');
			await updateLinkSettings(t.db, owner.id, published.campaignId, link.id, {
				mode: 'self',
				opensAt: '2026-06-01',
				closesAt: '2026-06-10'
			});
			await expect(
				collectResponse(
					t.db,
					link.token,
					input('backdated-01', { submittedAt: '2026-06-09T16:00:00Z' }),
					null,
					'10.0.0.1',
					NOW
				)
			).rejects.toMatchObject({
				messageKey: 'errors.link_closed'
			});
			expect(await rows()).toHaveLength(0);
		});

		it('counts a refusal on the day it happened, not the day it was sent', async () => {
			const link = published.link('endline', 'exposed');
			const enumerator = await member('enumerator', 'enumerator');
			await updateLinkSettings(t.db, owner.id, published.campaignId, link.id, {
				mode: 'enumerator',
				opensAt: null,
				closesAt: null
			});
			await collectResponse(
				t.db,
				link.token,
				{ clientId: 'refused-on-site', language: 'fr', submittedAt: '2026-06-12T09:00:00Z', answers: { C0: 'no' } },
				enumerator,
				'10.0.0.1',
				NOW
			);
			expect(await t.db.selectFrom('survey_endings').select('ended_on').execute()).toEqual([
				{ ended_on: '2026-06-12' }
			]);
		});

		it('refuses a link not open yet, a language not offered, a time in the future and an unknown version', async () => {
			const link = published.link('baseline', 'exposed');
			await expect(
				collectResponse(t.db, link.token, input('x-00000001', { language: 'ar' }), null, '10.0.0.1', NOW)
			).rejects.toMatchObject({ field: 'language' });
			await expect(
				collectResponse(
					t.db,
					link.token,
					input('x-00000002', { submittedAt: '2026-06-15T11:00:00.000Z' }),
					null,
					'10.0.0.1',
					NOW
				)
			).rejects.toMatchObject({ field: 'submittedAt' });
			await expect(
				collectResponse(t.db, link.token, input('x-00000003', { surveyVersion: 7 }), null, '10.0.0.1', NOW)
			).rejects.toMatchObject({ field: 'surveyVersion' });
			await expect(
				collectResponse(t.db, 'no-such-token', input('x-00000004'), null, '10.0.0.1', NOW)
			).rejects.toMatchObject({ code: 'not_found' });
			await updateLinkSettings(t.db, owner.id, published.campaignId, link.id, {
				mode: 'self',
				opensAt: '2026-07-01',
				closesAt: null
			});
			await expect(collectResponse(t.db, link.token, input('x-00000005'), null, '10.0.0.1', NOW)).rejects.toMatchObject(
				{ messageKey: 'errors.link_not_open' }
			);
			expect(await rows()).toHaveLength(0);
		});

		it('checks an answer against the version it was given under', async () => {
			const link = published.link('baseline', 'exposed');
			const question = customQuestionSchema.parse({
				code: 'station',
				type: 'text',
				label: { fr: 'Quelle radio ?', en: 'Which station?' },
				required: true
			});
			await addCustomQuestions(t.db, owner.id, published.campaignId, [question]);
			await publishSurvey(t.db, owner.id, published.campaignId);
			const v1 = await collectResponse(
				t.db,
				link.token,
				input('ver-00001', { surveyVersion: 1 }),
				null,
				'10.0.0.1',
				NOW
			);
			const v2 = await collectResponse(t.db, link.token, input('ver-00002'), null, '10.0.0.1', NOW);
			expect(v1).toMatchObject({ ok: true });
			expect(v2).toEqual({ ok: false, problems: [{ item: 'station', code: 'required', min: null, max: 500 }] });
			const stored = await t.db
				.selectFrom('responses')
				.innerJoin('survey_versions as v', 'v.id', 'responses.survey_version_id')
				.select('v.number')
				.execute();
			expect(stored.map((row) => Number(row.number))).toEqual([1]);
		});
	});
});
