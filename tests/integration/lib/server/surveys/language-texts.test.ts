import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCampaign, updateCampaign } from '$lib/server/campaigns/service';
import { buildCodebook } from '$lib/server/exports/codebook-csv';
import { openSurvey } from '$lib/server/respondents/open';
import { listLanguageTexts, saveLanguageTexts } from '$lib/server/surveys/language-texts';
import { addCustomQuestions, getSurvey, publishSurvey } from '$lib/server/surveys/service';
import { customQuestionSchema } from '$lib/survey/custom-question';
import { listAddedTextKeys } from '$lib/survey/words';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { campaignInput, setUpSahelInfo } from '../../../../helpers/fixtures';

const water = customQuestionSchema.parse({
	code: 'water',
	type: 'yes_no',
	label: { fr: 'Avez-vous de l’eau ?' }
});

/** A Wolof text for every key: the reference's placeholders kept, so that each is accepted. */
function translateAll(items: { key: string; reference: string | null }[]): Record<string, string> {
	return Object.fromEntries(items.map(({ key, reference }) => [key, `WO ${reference ?? key}`]));
}

describe.each(DIALECTS)('a language the campaign adds, on %s', (dialect) => {
	let t: TestDatabase;
	let owner: string;
	let campaignId: string;

	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		owner = (await setUpSahelInfo(t.db)).user.id;
		campaignId = (await createCampaign(t.db, owner, campaignInput({ languages: ['fr', 'wo'] }))).id;
		await addCustomQuestions(t.db, owner, campaignId, [water]);
	});
	afterEach(async () => t.close());

	it('lists every text the survey needs in it, beside French, none translated yet', async () => {
		const texts = await listLanguageTexts(t.db, owner, campaignId, 'wo');
		expect(texts.language).toBe('wo');
		expect(texts.reference).toBe('fr');
		const keys = texts.items.map((item) => item.key);
		expect(keys.slice(0, listAddedTextKeys().length)).toEqual(listAddedTextKeys());
		expect(keys).toContain('signatureMessages.1');
		expect(keys).toContain('questions.water.label');
		expect(texts.items.every((item) => item.text === null)).toBe(true);
		const nav = texts.items.find((item) => item.key === 'respondent.nav.next');
		expect(nav).toEqual({ key: 'respondent.nav.next', reference: 'Suivant', text: null });
		// The campaign's own texts in French only for a language Mesure gives itself.
		const french = await listLanguageTexts(t.db, owner, campaignId, 'fr');
		expect(french.items.every((item) => !item.key.startsWith('core.'))).toBe(true);
	});

	it('refuses unknown keys, lost placeholders and a language the campaign lacks, writing nothing', async () => {
		const before = JSON.stringify(await listLanguageTexts(t.db, owner, campaignId, 'wo'));
		await expect(
			saveLanguageTexts(t.db, owner, campaignId, 'wo', { 'respondent.nav.next': 'Kanam', 'core.no_such': 'x' })
		).rejects.toMatchObject({
			status: 422,
			messageKey: 'errors.translation_keys_unknown',
			params: { keys: 'core.no_such' }
		});
		await expect(
			saveLanguageTexts(t.db, owner, campaignId, 'wo', { 'respondent.survey.progress': 'Xët' })
		).rejects.toMatchObject({
			messageKey: 'errors.translation_placeholders',
			params: { placeholders: '{page} {pages}' }
		});
		await expect(
			saveLanguageTexts(t.db, owner, campaignId, 'wo', { 'questions.water.label': '', 'signatureMessages.1': 'x' })
		).rejects.toMatchObject({ messageKey: 'errors.message_required' });
		await expect(listLanguageTexts(t.db, owner, campaignId, 'bm')).rejects.toMatchObject({ status: 404 });
		expect(JSON.stringify(await listLanguageTexts(t.db, owner, campaignId, 'wo'))).toBe(before);
	});

	it('cannot be published incomplete; once translated, respondents read it', async () => {
		const survey = await getSurvey(t.db, owner, campaignId);
		expect(survey.missingTranslations.filter((m) => m.language === 'wo').length).toBeGreaterThan(150);
		await expect(publishSurvey(t.db, owner, campaignId)).rejects.toMatchObject({
			messageKey: 'errors.translations_missing'
		});

		const items = (await listLanguageTexts(t.db, owner, campaignId, 'wo')).items;
		const saved = await saveLanguageTexts(t.db, owner, campaignId, 'wo', {
			...translateAll(items),
			'respondent.nav.next': 'Kanam',
			'questions.water.label': 'Am nga ndox?'
		});
		expect(saved.items.every((item) => item.text !== null)).toBe(true);
		// Messages given as French text also need English for this campaign? No: its languages are French and Wolof.
		expect((await getSurvey(t.db, owner, campaignId)).missingTranslations).toEqual([]);
		const published = await publishSurvey(t.db, owner, campaignId);
		const token = published.links.find((link) => link.wave === 'baseline' && link.group === 'exposed')!.token;

		const view = await openSurvey(t.db, {
			token,
			language: 'wo',
			acceptLanguage: null,
			actor: null,
			now: new Date('2026-04-01T10:00:00Z')
		});
		expect(view.kind).toBe('survey');
		if (view.kind !== 'survey') return;
		expect(view.language).toBe('wo');
		expect(view.words.byCampaign).toBe(true);
		expect(view.words.respondent['nav.next']).toBe('Kanam');
		const fields = view.pages.flat();
		expect(fields.find((field) => field.id === 'water')?.text).toBe('Am nga ndox?');
		expect(fields.find((field) => field.id === 'A1')?.text).toMatch(/^WO /);
		expect(view.languages.map((language) => language.code)).toEqual(['fr', 'wo']);

		// A later change to a Wolof text is a change to publish, as any other.
		await saveLanguageTexts(t.db, owner, campaignId, 'wo', { 'respondent.nav.next': 'Ci kanam' });
		expect((await getSurvey(t.db, owner, campaignId)).draft.pending).toBe(true);
	});

	it('documents the language in the codebook as translated by the campaign, its questions in its words', async () => {
		await saveLanguageTexts(t.db, owner, campaignId, 'wo', { 'core.item.K1.text': 'Ñu bari dañuy dee ci màndiŋ mi.' });
		const french = await buildCodebook(t.db, owner, campaignId, 'fr');
		expect(french.rows.filter((row) => row[0] === 'language' && row[3]).map((row) => [row[3], row[4]])).toEqual([
			['fr', 'Français'],
			['wo', 'Wolof (traduit par la campagne)']
		]);
		const wolof = await buildCodebook(t.db, owner, campaignId, 'wo');
		expect(wolof.language).toBe('wo');
		expect(wolof.rows.find((row) => row[0] === 'K1')?.[1]).toMatch(/Ñu bari dañuy dee ci màndiŋ mi\.$/);
	});

	it('accepts any registered language code and refuses one that names none', async () => {
		const updated = await updateCampaign(t.db, owner, campaignId, campaignInput({ languages: ['fr', 'wo', 'mnk'] }));
		expect(updated.languages).toEqual(['fr', 'wo', 'mnk']);
		expect(() => campaignInput({ languages: ['fr', 'xx'] })).toThrow(/errors.language_unsupported/);
		expect(campaignInput({ languages: ['FR', 'ff-adlm'] }).languages).toEqual(['fr', 'ff-Adlm']);
	});
});
