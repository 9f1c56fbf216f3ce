import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeCampaign, createCampaign, getCampaign, updateCampaign } from '$lib/server/campaigns/service';
import { insertMembership } from '$lib/server/organisations/repository';
import { addCustomQuestions, getSurvey, publishSurvey, replaceCustomQuestions } from '$lib/server/surveys/service';
import { customQuestionSchema, type CustomQuestion } from '$lib/survey/custom-question';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { campaignInput, createUser, setUpSahelInfo } from '../../../../helpers/fixtures';

const water: CustomQuestion = customQuestionSchema.parse({
	code: 'heard_radio_show',
	type: 'single',
	label: { fr: 'Avez-vous écouté l’émission ?', en: 'Did you listen to the show?' },
	required: true,
	options: [
		{ code: 'often', label: { fr: 'Souvent', en: 'Often' } },
		{ code: 'never', label: { fr: 'Jamais', en: 'Never' } }
	]
});

describe.each(DIALECTS)('surveys on %s', (dialect) => {
	let t: TestDatabase;
	let editor: string;
	let viewer: string;
	let campaignId: string;

	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		const setup = await setUpSahelInfo(t.db);
		editor = setup.user.id;
		viewer = (await createUser(t.db, 'viewer')).id;
		await insertMembership(t.db, {
			organisationId: setup.organisation.id,
			userId: viewer,
			role: 'viewer',
			createdAt: new Date().toISOString()
		});
		campaignId = (await createCampaign(t.db, editor, campaignInput())).id;
	});
	afterEach(async () => t.close());

	it('starts from an empty first draft and lists what is not translated', async () => {
		const survey = await getSurvey(t.db, viewer, campaignId);
		expect(survey.draft).toEqual({ number: 1, coreModuleVersion: 1, customQuestions: [], pending: true });
		expect(survey.published).toBeNull();
		expect(survey.links).toEqual([]);
		// Messages were given in French only; the campaign also offers English.
		expect(survey.missingTranslations).toEqual([
			{ path: 'signatureMessages.1', language: 'en' },
			{ path: 'signatureMessages.2', language: 'en' }
		]);
	});

	it('adds custom questions for editors only, with unique codes and known show-if targets', async () => {
		await expect(addCustomQuestions(t.db, viewer, campaignId, [water])).rejects.toMatchObject({ code: 'forbidden' });
		const survey = await addCustomQuestions(t.db, editor, campaignId, [water]);
		expect(survey.draft.customQuestions.map((q) => q.code)).toEqual(['heard_radio_show']);
		await expect(addCustomQuestions(t.db, editor, campaignId, [water])).rejects.toMatchObject({
			messageKey: 'errors.question_code_taken',
			field: 'questions.1.code'
		});
		const dependent = { ...water, code: 'why_not', showIf: { question: 'nowhere', op: 'equals' as const, value: 'x' } };
		await expect(addCustomQuestions(t.db, editor, campaignId, [dependent])).rejects.toMatchObject({
			messageKey: 'errors.show_if_unknown'
		});
		const onCore = { ...dependent, showIf: { question: 'D1', op: 'equals' as const, value: 'female' } };
		expect((await addCustomQuestions(t.db, editor, campaignId, [onCore])).draft.customQuestions).toHaveLength(2);
	});

	it('refuses to publish while a translation is missing, then freezes the version and opens the links', async () => {
		await addCustomQuestions(t.db, editor, campaignId, [{ ...water, label: { fr: 'Seulement en français' } }]);
		await expect(publishSurvey(t.db, editor, campaignId)).rejects.toMatchObject({
			messageKey: 'errors.translations_missing',
			params: { count: 3 }
		});

		await updateCampaign(t.db, editor, campaignId, {
			signatureMessages: [
				{ fr: 'La mer ne pardonne pas.', en: 'The sea does not forgive.' },
				{ fr: 'Le passeur ment.', en: 'The smuggler lies.' }
			]
		});
		await replaceCustomQuestions(t.db, editor, campaignId, [water]);
		await expect(publishSurvey(t.db, viewer, campaignId)).rejects.toMatchObject({ code: 'forbidden' });

		const first = await publishSurvey(t.db, editor, campaignId);
		expect(first.version).toBe(1);
		expect(first.links.map((l) => `${l.wave}/${l.group}/${l.mode}`).sort()).toEqual([
			'baseline/comparison/self',
			'baseline/exposed/self',
			'endline/comparison/self',
			'endline/exposed/self'
		]);
		for (const link of first.links) expect(link.token).toMatch(/^[a-z2-7]{32}$/);
		expect((await getCampaign(t.db, viewer, campaignId)).status).toBe('collecting');
		expect((await getSurvey(t.db, viewer, campaignId)).draft.pending).toBe(false);
		await expect(publishSurvey(t.db, editor, campaignId)).rejects.toMatchObject({
			messageKey: 'errors.nothing_to_publish'
		});
		// A change of the campaign's own texts is a change of what respondents see.
		await updateCampaign(t.db, editor, campaignId, {
			placeboMessage: { fr: 'Le désert est doux.', en: 'The desert is soft.' }
		});
		expect((await getSurvey(t.db, viewer, campaignId)).draft.pending).toBe(true);

		// Editing after publishing makes a new draft; the published version does not move.
		await addCustomQuestions(t.db, editor, campaignId, [{ ...water, code: 'second_question' }]);
		const survey = await getSurvey(t.db, viewer, campaignId);
		expect(survey.published?.number).toBe(1);
		expect(survey.published?.customQuestions.map((q) => q.code)).toEqual(['heard_radio_show']);
		expect(survey.draft.number).toBe(2);
		expect(survey.draft.customQuestions.map((q) => q.code)).toEqual(['heard_radio_show', 'second_question']);

		const second = await publishSurvey(t.db, editor, campaignId);
		expect(second.version).toBe(2);
		expect((await getSurvey(t.db, viewer, campaignId)).draft).toMatchObject({ number: 3, pending: false });
		expect(second.links.map((l) => l.token).sort()).toEqual(first.links.map((l) => l.token).sort());
	});

	it('makes one draft when several editors change a survey at the same moment, before and after publishing', async () => {
		const edit = (i: number) => replaceCustomQuestions(t.db, editor, campaignId, [{ ...water, code: `question_${i}` }]);
		await Promise.all([0, 1, 2, 3].map(edit));
		expect((await getSurvey(t.db, viewer, campaignId)).draft.number).toBe(1);
		await updateCampaign(t.db, editor, campaignId, {
			signatureMessages: [
				{ fr: 'La mer ne pardonne pas.', en: 'The sea does not forgive.' },
				{ fr: 'Le passeur ment.', en: 'The smuggler lies.' }
			]
		});
		await replaceCustomQuestions(t.db, editor, campaignId, [water]);
		await publishSurvey(t.db, editor, campaignId);
		await Promise.all([4, 5, 6, 7].map(edit));
		const survey = await getSurvey(t.db, viewer, campaignId);
		expect(survey.draft.number).toBe(2);
		expect(survey.draft.customQuestions).toHaveLength(1);
	});

	it('changes nothing on a closed campaign', async () => {
		await closeCampaign(t.db, editor, campaignId);
		await expect(addCustomQuestions(t.db, editor, campaignId, [water])).rejects.toMatchObject({ code: 'conflict' });
		await expect(publishSurvey(t.db, editor, campaignId)).rejects.toMatchObject({ code: 'conflict' });
	});
});
