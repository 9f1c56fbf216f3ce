import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeCampaign } from '../../../../../src/lib/server/campaigns/service';
import { sweepExpiredState } from '../../../../../src/lib/server/housekeeping';
import { insertMembership } from '../../../../../src/lib/server/organisations/repository';
import { admitSubmission, COLLECT_ADDRESS_POLICY, deleteFinishedCounts } from '../../../../../src/lib/server/responses/flood';
import { countByLink } from '../../../../../src/lib/server/responses/repository';
import { collectResponse } from '../../../../../src/lib/server/responses/collect';
import { storeSubmission, type Submission } from '../../../../../src/lib/server/responses/service';
import { findCollectTarget } from '../../../../../src/lib/server/responses/target';
import { updateLinkSettings } from '../../../../../src/lib/server/surveys/links';
import { addCustomQuestions, publishSurvey } from '../../../../../src/lib/server/surveys/service';
import type { User } from '../../../../../src/lib/server/users/user';
import { customQuestionSchema } from '../../../../../src/lib/survey/custom-question';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { createUser, setUpSahelInfo } from '../../../../helpers/fixtures';
import { publishCampaign, RESPONDENT, respondentAnswers, type PublishedCampaign } from '../../../../helpers/responses';

const NOW = new Date('2026-06-15T10:00:00.000Z');

function submission(clientId: string, changes: Partial<Submission> = {}): Submission {
	return {
		clientId,
		language: 'fr',
		startedAt: '2026-06-15T09:50:00.000Z',
		submittedAt: '2026-06-15T09:58:30.000Z',
		outcome: 'complete',
		core: RESPONDENT,
		custom: {},
		...changes
	};
}

describe.each(DIALECTS)('responses on %s', (dialect) => {
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

	describe('storeSubmission', () => {
		it('stores a response once, with its answers in columns, its scores, version, wave and group', async () => {
			const target = await findCollectTarget(t.db, published.link('baseline', 'exposed').token);
			const first = await storeSubmission(t.db, target, submission('client-0001'), { channel: 'form', collectorId: null, now: NOW });
			const again = await storeSubmission(t.db, target, submission('client-0001'), { channel: 'form', collectorId: null, now: NOW });
			expect(first).toEqual({ id: expect.any(String), outcome: 'complete', duplicate: false });
			expect(again).toEqual({ id: first.id, outcome: 'complete', duplicate: true });
			const [row] = await rows();
			expect(await rows()).toHaveLength(1);
			expect(row).toMatchObject({
				id: first.id,
				wave: 'baseline',
				group_name: 'exposed',
				survey_version_id: target.version.id,
				core_module_version: 1,
				language: 'fr',
				mode: 'self',
				channel: 'form',
				duration_seconds: 510,
				d2: 22,
				e2: 'radio school',
				r3: 'dk',
				score_knw1: 1,
				age_band: '18-24',
				custom_answers: '{}'
			});
			expect(Number(row.score_rsk1)).toBe(3.5);
		});

		it('stores one row when the same submission arrives many times at once', async () => {
			const target = await findCollectTarget(t.db, published.link('endline', 'exposed').token);
			const results = await Promise.all(
				Array.from({ length: 20 }, () => storeSubmission(t.db, target, submission('client-race'), { channel: 'api', collectorId: null, now: NOW }))
			);
			expect(await rows()).toHaveLength(1);
			expect(results.filter((result) => !result.duplicate)).toHaveLength(1);
			expect(new Set(results.map((result) => result.id)).size).toBe(1);
		});

		it('works inside the caller’s transaction, and stores nothing when that transaction fails', async () => {
			const target = await findCollectTarget(t.db, published.link('endline', 'comparison').token);
			const context = { channel: 'import' as const, collectorId: null, now: NOW };
			await expect(
				t.db.transaction().execute(async (trx) => {
					await storeSubmission(trx, target, submission('client-trx-1'), context);
					await storeSubmission(trx, target, submission('client-trx-2', { outcome: 'refused', core: {} }), context);
					throw new Error('the caller gives up');
				})
			).rejects.toThrow('the caller gives up');
			expect(await rows()).toEqual([]);
			expect(await t.db.selectFrom('survey_endings').selectAll().execute()).toEqual([]);
		});

		it('only counts a refusal, and lets an answer with the same submission id replace it', async () => {
			const link = published.link('baseline', 'comparison');
			const target = await findCollectTarget(t.db, link.token);
			const refused = submission('client-back', { outcome: 'refused', core: { C0: 'no' } });
			expect(await storeSubmission(t.db, target, refused, { channel: 'form', collectorId: null, now: NOW })).toEqual({ id: null, outcome: 'refused', duplicate: false });
			expect(await storeSubmission(t.db, target, refused, { channel: 'form', collectorId: null, now: NOW })).toMatchObject({ duplicate: true });
			expect((await countByLink(t.db, published.campaignId)).get(link.id)).toEqual({ responses: 0, refused: 1, notEligible: 0 });
			const endings = await t.db.selectFrom('survey_endings').selectAll().execute();
			expect(endings).toEqual([{ campaign_id: published.campaignId, link_id: link.id, client_id: 'client-back', outcome: 'refused', ended_on: '2026-06-15' }]);

			await storeSubmission(t.db, target, submission('client-back'), { channel: 'form', collectorId: null, now: NOW });
			expect((await countByLink(t.db, published.campaignId)).get(link.id)).toEqual({ responses: 1, refused: 0, notEligible: 0 });
			await sweepExpiredState(t.db, NOW);
			expect(await t.db.selectFrom('survey_endings').selectAll().execute()).toEqual([]);
			expect(await storeSubmission(t.db, target, refused, { channel: 'form', collectorId: null, now: NOW })).toMatchObject({ outcome: 'complete', duplicate: true });
		});
	});

	describe('collectResponse', () => {
		const input = (clientId: string, changes: object = {}) => ({ clientId, language: 'fr' as const, answers: respondentAnswers(), ...changes });

		it('takes a response to a self-completed link from anyone, and the same clientId once', async () => {
			const token = published.link('baseline', 'exposed').token;
			expect(await collectResponse(t.db, token, input('api-0001'), null, '10.0.0.1', NOW)).toMatchObject({ ok: true, stored: { duplicate: false } });
			expect(await collectResponse(t.db, token, input('api-0001'), null, '10.0.0.1', NOW)).toMatchObject({ ok: true, stored: { duplicate: true } });
			expect(await rows()).toHaveLength(1);
		});

		it('lists every problem of the answers, with the bounds a message needs', async () => {
			const token = published.link('baseline', 'exposed').token;
			const result = await collectResponse(t.db, token, input('api-bad-01', { answers: respondentAnswers({ I1: 9, K2: 'maybe', zz: 'x' }) }), null, '10.0.0.1', NOW);
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
			await updateLinkSettings(t.db, owner.id, published.campaignId, link.id, { mode: 'enumerator', opensAt: null, closesAt: null });
			const viewer = await member('viewer', 'viewer');
			const enumerator = await member('enumerator', 'enumerator');
			const outsider = await createUser(t.db, 'outsider');
			await expect(collectResponse(t.db, link.token, input('enum-0001'), null, '10.0.0.1', NOW)).rejects.toMatchObject({ code: 'unauthenticated' });
			await expect(collectResponse(t.db, link.token, input('enum-0001'), viewer, '10.0.0.1', NOW)).rejects.toMatchObject({ code: 'forbidden' });
			await expect(collectResponse(t.db, link.token, input('enum-0001'), outsider, '10.0.0.1', NOW)).rejects.toMatchObject({ code: 'forbidden' });
			expect(await collectResponse(t.db, link.token, input('enum-0001'), enumerator, '10.0.0.1', NOW)).toMatchObject({ ok: true });
			expect(await rows()).toMatchObject([{ mode: 'enumerator', channel: 'api', collected_by_user_id: enumerator.id }]);
		});

		it('takes an enumerator’s interview done while the link was open after it closed, but nothing once the campaign is closed', async () => {
			const link = published.link('baseline', 'exposed');
			const enumerator = await member('enumerator', 'enumerator');
			await updateLinkSettings(t.db, owner.id, published.campaignId, link.id, { mode: 'enumerator', opensAt: '2026-06-01', closesAt: '2026-06-10' });
			const late = input('late-0001', { submittedAt: '2026-06-09T16:00:00Z' });
			await expect(collectResponse(t.db, link.token, input('late-0002'), enumerator, '10.0.0.1', NOW)).rejects.toMatchObject({ code: 'conflict', messageKey: 'errors.link_closed' });
			expect(await collectResponse(t.db, link.token, late, enumerator, '10.0.0.1', NOW)).toMatchObject({ ok: true });
			await closeCampaign(t.db, owner.id, published.campaignId);
			await expect(collectResponse(t.db, link.token, { ...late, clientId: 'late-0003' }, enumerator, '10.0.0.1', NOW)).rejects.toMatchObject({ messageKey: 'errors.link_closed' });
		});

		it('takes nothing dated back to a self-completed link that has closed: anyone may send any date', async () => {
			const link = published.link('baseline', 'exposed');
			await updateLinkSettings(t.db, owner.id, published.campaignId, link.id, { mode: 'self', opensAt: '2026-06-01', closesAt: '2026-06-10' });
			await expect(collectResponse(t.db, link.token, input('backdated-01', { submittedAt: '2026-06-09T16:00:00Z' }), null, '10.0.0.1', NOW)).rejects.toMatchObject({
				messageKey: 'errors.link_closed'
			});
			expect(await rows()).toHaveLength(0);
		});

		it('counts a refusal on the day it happened, not the day it was sent', async () => {
			const link = published.link('endline', 'exposed');
			const enumerator = await member('enumerator', 'enumerator');
			await updateLinkSettings(t.db, owner.id, published.campaignId, link.id, { mode: 'enumerator', opensAt: null, closesAt: null });
			await collectResponse(t.db, link.token, { clientId: 'refused-on-site', language: 'fr', submittedAt: '2026-06-12T09:00:00Z', answers: { C0: 'no' } }, enumerator, '10.0.0.1', NOW);
			expect(await t.db.selectFrom('survey_endings').select('ended_on').execute()).toEqual([{ ended_on: '2026-06-12' }]);
		});

		it('refuses a link not open yet, a language not offered, a time in the future and an unknown version', async () => {
			const link = published.link('baseline', 'exposed');
			await expect(collectResponse(t.db, link.token, input('x-00000001', { language: 'ar' }), null, '10.0.0.1', NOW)).rejects.toMatchObject({ field: 'language' });
			await expect(collectResponse(t.db, link.token, input('x-00000002', { submittedAt: '2026-06-15T11:00:00.000Z' }), null, '10.0.0.1', NOW)).rejects.toMatchObject({ field: 'submittedAt' });
			await expect(collectResponse(t.db, link.token, input('x-00000003', { surveyVersion: 7 }), null, '10.0.0.1', NOW)).rejects.toMatchObject({ field: 'surveyVersion' });
			await expect(collectResponse(t.db, 'no-such-token', input('x-00000004'), null, '10.0.0.1', NOW)).rejects.toMatchObject({ code: 'not_found' });
			await updateLinkSettings(t.db, owner.id, published.campaignId, link.id, { mode: 'self', opensAt: '2026-07-01', closesAt: null });
			await expect(collectResponse(t.db, link.token, input('x-00000005'), null, '10.0.0.1', NOW)).rejects.toMatchObject({ messageKey: 'errors.link_not_open' });
			expect(await rows()).toHaveLength(0);
		});

		it('checks an answer against the version it was given under', async () => {
			const link = published.link('baseline', 'exposed');
			const question = customQuestionSchema.parse({ code: 'station', type: 'text', label: { fr: 'Quelle radio ?', en: 'Which station?' }, required: true });
			await addCustomQuestions(t.db, owner.id, published.campaignId, [question]);
			await publishSurvey(t.db, owner.id, published.campaignId);
			const v1 = await collectResponse(t.db, link.token, input('ver-00001', { surveyVersion: 1 }), null, '10.0.0.1', NOW);
			const v2 = await collectResponse(t.db, link.token, input('ver-00002'), null, '10.0.0.1', NOW);
			expect(v1).toMatchObject({ ok: true });
			expect(v2).toEqual({ ok: false, problems: [{ item: 'station', code: 'required', min: null, max: 500 }] });
			const stored = await t.db.selectFrom('responses').innerJoin('survey_versions as v', 'v.id', 'responses.survey_version_id').select('v.number').execute();
			expect(stored.map((row) => Number(row.number))).toEqual([1]);
		});
	});

	describe('flood protection', () => {
		it('forgets the counts once their window has passed', async () => {
			await admitSubmission(t.db, published.links[0].id, '203.0.113.5', NOW);
			await deleteFinishedCounts(t.db, new Date(NOW.getTime() + 5 * 60 * 1000));
			expect(await t.db.selectFrom('throttles').selectAll().execute()).toHaveLength(1);
			await deleteFinishedCounts(t.db, new Date(NOW.getTime() + 11 * 60 * 1000));
			expect(await t.db.selectFrom('throttles').selectAll().execute()).toHaveLength(0);
		});

		it('lets a classroom through one address, then stops a script, per link and address', async () => {
			const [first, second] = published.links;
			for (let i = 0; i < COLLECT_ADDRESS_POLICY.freeFailures; i++) await admitSubmission(t.db, first.id, '203.0.113.7', NOW);
			await expect(admitSubmission(t.db, first.id, '203.0.113.7', NOW)).rejects.toMatchObject({ code: 'too_many_requests' });
			await admitSubmission(t.db, first.id, '203.0.113.8', NOW);
			await admitSubmission(t.db, second.id, '203.0.113.7', NOW);
			const later = new Date(NOW.getTime() + (COLLECT_ADDRESS_POLICY.windowSeconds + 1) * 1000);
			await admitSubmission(t.db, first.id, '203.0.113.7', later);
			const keys = await t.db.selectFrom('throttles').select('key').execute();
			expect(keys.some((row) => row.key.includes('203.0.113'))).toBe(false);
		});
	});
});
