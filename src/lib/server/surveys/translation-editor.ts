import type { Kysely } from 'kysely';
import type { CustomQuestion, LocalisedText, SurveyLanguage } from '$lib/survey/custom-question';
import type { Campaign } from '../campaigns/campaign';
import { updateCampaignSchema } from '../campaigns/schema';
import { getCampaign, updateCampaign } from '../campaigns/service';
import type { Database } from '../db/schema';
import { DomainError, isDomainError } from '../errors';
import { isMessageKey } from '../i18n/catalogues';
import { changeCustomQuestions, getSurvey, type SurveyState } from './service';
import { EDITORS } from '../organisations/guards';

/**
 * Texts to change, by the paths `listMissingTranslations` uses (`signatureMessages.1`, `placeboMessage`,
 * `questions.<code>.label`, `.hint`, `.constraintMessage`, `.requiredMessage`, `.options.<option code>`), each with the languages it changes: an
 * empty text removes that language; languages left out keep what they had.
 */
export type TextEdits = Record<string, LocalisedText>;

/**
 * Saves the campaign's messages and its questions' texts together, or neither. Only what changed is
 * written, so that saving an unchanged page does not make a new survey version.
 */
export async function saveTranslations(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	edits: TextEdits,
	now = new Date()
): Promise<SurveyState> {
	const campaign = await getCampaign(db, actorId, campaignId, EDITORS);
	if (campaign.status === 'closed') throw new DomainError('conflict', 'errors.campaign_closed');
	const questions = (await getSurvey(db, actorId, campaignId)).draft.customQuestions;
	const edit = (path: string, text: LocalisedText) => (path in edits ? applyEdit(text, edits[path]) : text);

	const messages = {
		signatureMessages: campaign.signatureMessages.map((message, i) => edit(`signatureMessages.${i + 1}`, message)),
		placeboMessage: edit('placeboMessage', campaign.placeboMessage)
	};
	const nextQuestions = questions.map((q) => editQuestion(q, edit));
	const messagesChanged = JSON.stringify(messages) !== JSON.stringify(pickMessages(campaign));
	const questionsChanged = JSON.stringify(nextQuestions) !== JSON.stringify(questions);

	const checked = updateCampaignSchema.safeParse(messages);
	if (!checked.success) {
		const issue = checked.error.issues[0];
		const [field, index] = issue.path;
		const path = field === 'signatureMessages' ? `signatureMessages.${Number(index) + 1}` : String(field);
		throw new DomainError('invalid', isMessageKey(issue.message) ? issue.message : 'errors.invalid', { field: path });
	}
	await db.transaction().execute(async (trx) => {
		if (messagesChanged) await updateCampaign(trx, actorId, campaignId, checked.data, now);
		if (!questionsChanged) return;
		// Put on the questions as they are when saved: one another editor added meanwhile stays.
		let saved = nextQuestions;
		const translate = (current: CustomQuestion[]) => {
			saved = current.map((q) => editQuestion(q, edit));
			return JSON.stringify(saved) === JSON.stringify(current) ? current : saved;
		};
		try {
			await changeCustomQuestions(trx, actorId, campaignId, translate, now);
		} catch (error) {
			throw isDomainError(error) ? withQuestionPath(error, saved) : error;
		}
	});
	return getSurvey(db, actorId, campaignId);
}

function editQuestion(
	question: CustomQuestion,
	edit: (path: string, text: LocalisedText) => LocalisedText
): CustomQuestion {
	const base = `questions.${question.code}`;
	return {
		...question,
		label: edit(`${base}.label`, question.label),
		hint: edit(`${base}.hint`, question.hint),
		...(question.constraintMessage && {
			constraintMessage: edit(`${base}.constraintMessage`, question.constraintMessage)
		}),
		...(question.requiredMessage && { requiredMessage: edit(`${base}.requiredMessage`, question.requiredMessage) }),
		options: question.options.map((option) => ({
			...option,
			label: edit(`${base}.options.${option.code}`, option.label)
		}))
	};
}

function applyEdit(text: LocalisedText, changes: LocalisedText): LocalisedText {
	const next: LocalisedText = { ...text };
	for (const [language, value] of Object.entries(changes) as [SurveyLanguage, string | undefined][]) {
		const trimmed = value?.trim();
		if (trimmed) next[language] = trimmed;
		else delete next[language];
	}
	return next;
}

function pickMessages(campaign: Campaign) {
	return { signatureMessages: campaign.signatureMessages, placeboMessage: campaign.placeboMessage };
}

/** `questions.2.options.1.label.fr` → `questions.<code>.options.<option code>`: the text's path, as the page names it. */
function withQuestionPath(error: DomainError, questions: CustomQuestion[]): DomainError {
	const parts = (error.field ?? '').split('.');
	const question = questions[Number(parts[1])];
	let field: string | undefined;
	if (question && (parts[2] === 'label' || parts[2] === 'hint')) field = `questions.${question.code}.${parts[2]}`;
	const option = question && parts[2] === 'options' ? question.options[Number(parts[3])] : undefined;
	if (option) field = `questions.${question.code}.options.${option.code}`;
	return new DomainError(error.code, error.messageKey, { params: error.params, field });
}
