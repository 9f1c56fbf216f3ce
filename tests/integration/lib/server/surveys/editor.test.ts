import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeCampaign, createCampaign, getCampaign } from '$lib/server/campaigns/service';
import { insertMembership } from '$lib/server/organisations/repository';
import {
	getQuestionForEditing,
	getSurveyEditor,
	moveCustomQuestion,
	removeCustomQuestion,
	saveCustomQuestion
} from '$lib/server/surveys/editor';
import { getSurvey, publishSurvey } from '$lib/server/surveys/service';
import { saveTranslations } from '$lib/server/surveys/translation-editor';
import { customQuestionSchema, type CustomQuestion } from '$lib/survey/custom-question';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { campaignInput, createUser, setUpSahelInfo } from '../../../../helpers/fixtures';

const question = (code: string, extra: Record<string, unknown> = {}): CustomQuestion =>
	customQuestionSchema.parse({
		code,
		type: 'text',
		label: { fr: `Question ${code}`, en: `Question ${code}` },
		...extra
	});

describe.each(DIALECTS)('the survey editor on %s', (dialect) => {
	let t: TestDatabase;
	let editor: string;
	let viewer: string;
	let outsider: string;
	let campaignId: string;
	const codes = async () => (await getSurvey(t.db, viewer, campaignId)).draft.customQuestions.map((q) => q.code);

	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		const setup = await setUpSahelInfo(t.db);
		editor = setup.user.id;
		viewer = (await createUser(t.db, 'viewer')).id;
		outsider = (await createUser(t.db, 'outsider')).id;
		await insertMembership(t.db, {
			organisationId: setup.organisation.id,
			userId: viewer,
			role: 'viewer',
			createdAt: new Date().toISOString()
		});
		campaignId = (await createCampaign(t.db, editor, campaignInput())).id;
		for (const code of ['first', 'second']) await saveCustomQuestion(t.db, editor, campaignId, null, question(code));
	});
	afterEach(async () => t.close());

	it('keeps every editor’s change when several are saved at the same moment', async () => {
		await Promise.all([
			...['third', 'fourth', 'fifth'].map((code) => saveCustomQuestion(t.db, editor, campaignId, null, question(code))),
			saveCustomQuestion(
				t.db,
				editor,
				campaignId,
				'first',
				question('first', { label: { fr: 'Renommée', en: 'Renamed' } })
			),
			moveCustomQuestion(t.db, editor, campaignId, 'first', 'down'),
			removeCustomQuestion(t.db, editor, campaignId, 'second')
		]);
		const questions = (await getSurvey(t.db, viewer, campaignId)).draft.customQuestions;
		expect(questions.map((q) => q.code).sort()).toEqual(['fifth', 'first', 'fourth', 'third']);
		expect(questions.find((q) => q.code === 'first')?.label.en).toBe('Renamed');
	});

	it('lets members read, editors change, and hides the campaign from outsiders', async () => {
		expect((await getSurveyEditor(t.db, viewer, campaignId)).canEdit).toBe(false);
		expect((await getSurveyEditor(t.db, editor, campaignId)).canEdit).toBe(true);
		await expect(getSurveyEditor(t.db, outsider, campaignId)).rejects.toMatchObject({ code: 'not_found' });
		await expect(getQuestionForEditing(t.db, viewer, campaignId, 'first')).rejects.toMatchObject({ code: 'forbidden' });
		const forbidden = [
			() => saveCustomQuestion(t.db, viewer, campaignId, null, question('third')),
			() => saveCustomQuestion(t.db, viewer, campaignId, 'first', question('first')),
			() => moveCustomQuestion(t.db, viewer, campaignId, 'first', 'down'),
			() => removeCustomQuestion(t.db, viewer, campaignId, 'first'),
			() => saveTranslations(t.db, viewer, campaignId, { placeboMessage: { en: 'Taken over' } })
		];
		for (const attempt of forbidden) await expect(attempt()).rejects.toMatchObject({ code: 'forbidden' });
		await expect(removeCustomQuestion(t.db, outsider, campaignId, 'first')).rejects.toMatchObject({
			code: 'not_found'
		});
		expect(await codes()).toEqual(['first', 'second']);
	});

	it('edits a question in place, names the field of a refused change, and carries a new code to the rules that use it', async () => {
		await saveCustomQuestion(
			t.db,
			editor,
			campaignId,
			null,
			question('third', { showIf: { question: 'first', op: 'equals', value: 'x' } })
		);
		const { earlier } = await getQuestionForEditing(t.db, editor, campaignId, 'second');
		expect(earlier.map((q) => q.code)).toEqual(['first']);

		await expect(saveCustomQuestion(t.db, editor, campaignId, 'second', question('third'))).rejects.toMatchObject({
			messageKey: 'errors.question_code_taken',
			field: 'code'
		});
		await expect(
			saveCustomQuestion(
				t.db,
				editor,
				campaignId,
				'first',
				question('first', { showIf: { question: 'third', op: 'equals', value: 'x' } })
			)
		).rejects.toMatchObject({ messageKey: 'errors.show_if_unknown', field: 'showIf' });
		await expect(saveCustomQuestion(t.db, editor, campaignId, 'missing', question('missing'))).rejects.toMatchObject({
			code: 'not_found'
		});

		await saveCustomQuestion(t.db, editor, campaignId, 'first', question('renamed'));
		const survey = await getSurvey(t.db, viewer, campaignId);
		expect(survey.draft.customQuestions.map((q) => q.code)).toEqual(['renamed', 'second', 'third']);
		expect(survey.draft.customQuestions[2].showIf?.question).toBe('renamed');
	});

	it('moves and removes, keeping every rule after the question it looks at', async () => {
		await moveCustomQuestion(t.db, editor, campaignId, 'second', 'up');
		expect(await codes()).toEqual(['second', 'first']);
		await moveCustomQuestion(t.db, editor, campaignId, 'second', 'up');
		expect(await codes()).toEqual(['second', 'first']);

		await saveCustomQuestion(
			t.db,
			editor,
			campaignId,
			null,
			question('third', { showIf: { question: 'first', op: 'equals', value: 'x' } })
		);
		await expect(moveCustomQuestion(t.db, editor, campaignId, 'third', 'up')).rejects.toMatchObject({
			code: 'conflict',
			messageKey: 'errors.question_depends',
			params: { code: 'third', other: 'first' }
		});
		await expect(removeCustomQuestion(t.db, editor, campaignId, 'first')).rejects.toMatchObject({
			messageKey: 'errors.question_depends'
		});
		await removeCustomQuestion(t.db, editor, campaignId, 'third');
		await removeCustomQuestion(t.db, editor, campaignId, 'first');
		expect(await codes()).toEqual(['second']);
		await expect(removeCustomQuestion(t.db, editor, campaignId, 'first')).rejects.toMatchObject({ code: 'not_found' });
	});

	it('saves messages and question texts together, or neither, and publishing then succeeds', async () => {
		await saveCustomQuestion(
			t.db,
			editor,
			campaignId,
			null,
			question('choice', {
				type: 'single',
				label: { fr: 'Choix' },
				options: [
					{ code: 'a', label: { fr: 'A' } },
					{ code: 'b', label: { fr: 'B', en: 'B' } }
				]
			})
		);
		const missing = (await getSurvey(t.db, viewer, campaignId)).missingTranslations.map(
			(m) => `${m.path}:${m.language}`
		);
		expect(missing).toEqual([
			'signatureMessages.1:en',
			'signatureMessages.2:en',
			'questions.choice.label:en',
			'questions.choice.options.a:en'
		]);

		// A refused message leaves the questions unchanged too.
		await expect(
			saveTranslations(t.db, editor, campaignId, {
				'signatureMessages.1': { en: 'No' },
				'questions.choice.label': { en: 'Choice' }
			})
		).rejects.toMatchObject({ messageKey: 'errors.message_required', field: 'signatureMessages.1' });
		expect((await getSurvey(t.db, viewer, campaignId)).missingTranslations).toHaveLength(4);

		const saved = await saveTranslations(t.db, editor, campaignId, {
			'signatureMessages.1': { en: 'The sea does not forgive.' },
			'signatureMessages.2': { en: 'The smuggler lies.' },
			'questions.choice.label': { en: 'Choice' },
			'questions.choice.options.a': { en: 'A', fr: 'A' },
			'questions.unknown.label': { en: 'ignored' }
		});
		expect(saved.missingTranslations).toEqual([]);
		const campaign = await getCampaign(t.db, viewer, campaignId);
		expect(campaign.signatureMessages[0]).toEqual({ fr: 'La mer ne pardonne pas.', en: 'The sea does not forgive.' });
		expect(saved.draft.customQuestions[2].options[0].label).toEqual({ fr: 'A', en: 'A' });
		expect((await publishSurvey(t.db, editor, campaignId)).version).toBe(1);

		// Saving what is already there makes no new version; clearing a text makes it missing again.
		expect(
			(await saveTranslations(t.db, editor, campaignId, { 'questions.choice.label': { en: 'Choice' } })).draft.pending
		).toBe(false);
		const cleared = await saveTranslations(t.db, editor, campaignId, { 'questions.choice.label': { en: '' } });
		expect(cleared.draft.pending).toBe(true);
		expect(cleared.missingTranslations).toEqual([{ path: 'questions.choice.label', language: 'en' }]);
	});

	it('changes nothing on a closed campaign', async () => {
		await closeCampaign(t.db, editor, campaignId);
		await expect(saveCustomQuestion(t.db, editor, campaignId, null, question('late'))).rejects.toMatchObject({
			code: 'conflict'
		});
		await expect(moveCustomQuestion(t.db, editor, campaignId, 'first', 'down')).rejects.toMatchObject({
			code: 'conflict'
		});
		await expect(saveTranslations(t.db, editor, campaignId, { placeboMessage: { en: 'Late' } })).rejects.toMatchObject({
			code: 'conflict'
		});
		expect((await getSurveyEditor(t.db, editor, campaignId)).canEdit).toBe(false);
	});

	it('refuses to delete a repeat group that still has questions, and to publish one that has none', async () => {
		await saveCustomQuestion(t.db, editor, campaignId, null, question('members', { type: 'repeat' }));
		await saveCustomQuestion(t.db, editor, campaignId, null, question('age', { repeat: 'members' }));
		await expect(removeCustomQuestion(t.db, editor, campaignId, 'members')).rejects.toMatchObject({
			code: 'conflict',
			messageKey: 'errors.repeat_has_members',
			params: { code: 'members', count: 1 }
		});
		expect(await codes()).toEqual(['first', 'second', 'members', 'age']);
		await removeCustomQuestion(t.db, editor, campaignId, 'age');
		await expect(publishSurvey(t.db, editor, campaignId)).rejects.toMatchObject({
			messageKey: 'errors.repeat_empty',
			params: { code: 'members' }
		});
		await removeCustomQuestion(t.db, editor, campaignId, 'members');
		expect(await codes()).toEqual(['first', 'second']);
	});
});
