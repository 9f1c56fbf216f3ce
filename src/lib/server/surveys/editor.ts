import type { Kysely } from 'kysely';
import { isCoreItemId } from '$lib/core-module';
import type { CustomQuestion } from '$lib/survey/custom-question';
import { listReferences } from '$lib/survey/question-rules';
import { renameReferences } from '$lib/survey/rename-references';
import type { Campaign } from '../campaigns/campaign';
import { getCampaign, getCampaignForMember } from '../campaigns/service';
import type { Database } from '../db/schema';
import { DomainError, isDomainError } from '../errors';
import { changeCustomQuestions, getSurvey, type SurveyState } from './service';
import { EDITORS } from '../organisations/guards';

// The survey editor's changes, one question at a time. Each one is a change of the whole list through
// changeCustomQuestions, so the list's rules (unique codes, show-if order) are checked in one place, and a
// change saved by another editor in between is kept.

/** What the survey editor shows: the campaign, whether the actor may change it, and its survey. */
export async function getSurveyEditor(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string
): Promise<{ campaign: Campaign; canEdit: boolean; survey: SurveyState }> {
	const { campaign, canEdit } = await getCampaignForMember(db, actorId, campaignId);
	return { campaign, canEdit, survey: await getSurvey(db, actorId, campaignId) };
}

/** One question of the draft for its editing page, with the questions before it (what a show-if rule may look at). */
export async function getQuestionForEditing(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	code: string
): Promise<{ campaign: Campaign; question: CustomQuestion; earlier: CustomQuestion[] }> {
	const campaign = await getCampaign(db, actorId, campaignId, EDITORS);
	if (campaign.status === 'closed') throw new DomainError('conflict', 'errors.campaign_closed');
	const questions = (await getSurvey(db, actorId, campaignId)).draft.customQuestions;
	const index = findQuestion(questions, code);
	return { campaign, question: questions[index], earlier: questions.slice(0, index) };
}

/**
 * Adds a question at the end (`code` null) or replaces the question `code` where it stands. A new code
 * is carried over to the show-if rules that looked at the old one. A failure that belongs to the
 * question saved names its field (`code`, `label.fr`, `options`…); any other is for the whole form.
 */
export async function saveCustomQuestion(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	code: string | null,
	question: CustomQuestion,
	now = new Date()
): Promise<SurveyState> {
	let index = 0;
	const change = (questions: CustomQuestion[]) => {
		if (code === null) {
			index = questions.length;
			return [...questions, question];
		}
		index = findQuestion(questions, code);
		return questions.map((q, i) => renameReferences(i === index ? question : q, code, question.code));
	};
	try {
		return await changeCustomQuestions(db, actorId, campaignId, change, now);
	} catch (error) {
		throw isDomainError(error) ? relativeToQuestion(error, index) : error;
	}
}

export async function removeCustomQuestion(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	code: string,
	now = new Date()
): Promise<SurveyState> {
	return changeCustomQuestions(
		db,
		actorId,
		campaignId,
		(questions) => {
			const index = findQuestion(questions, code);
			const members = questions.filter((question) => question.repeat === code).length;
			// Its members would be left in no group: the editor removes or moves them first, knowingly.
			if (members > 0)
				throw new DomainError('conflict', 'errors.repeat_has_members', { params: { code, count: members } });
			const next = questions.filter((_, i) => i !== index);
			checkDependencies(next);
			return next;
		},
		now
	);
}

/** Swaps a question with its neighbour; at either end, nothing moves. */
export async function moveCustomQuestion(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	code: string,
	direction: 'up' | 'down',
	now = new Date()
): Promise<SurveyState> {
	const neighbour = (questions: CustomQuestion[]) => {
		const index = findQuestion(questions, code);
		const other = direction === 'up' ? index - 1 : index + 1;
		return { index, other, atAnEnd: other < 0 || other >= questions.length };
	};
	// At an end, nothing is saved: no draft is made for it.
	if (neighbour(await editableQuestions(db, actorId, campaignId)).atAnEnd) return getSurvey(db, actorId, campaignId);
	const swap = (questions: CustomQuestion[]) => {
		const { index, other, atAnEnd } = neighbour(questions);
		if (atAnEnd) return questions;
		const next = [...questions];
		[next[index], next[other]] = [next[other], next[index]];
		checkDependencies(next);
		return next;
	};
	return changeCustomQuestions(db, actorId, campaignId, swap, now);
}

/** The draft's questions, for editors only (checked before anything is read or said about them). */
async function editableQuestions(db: Kysely<Database>, actorId: string, campaignId: string): Promise<CustomQuestion[]> {
	const campaign = await getCampaign(db, actorId, campaignId, EDITORS);
	if (campaign.status === 'closed') throw new DomainError('conflict', 'errors.campaign_closed');
	return (await getSurvey(db, actorId, campaignId)).draft.customQuestions;
}

function findQuestion(questions: CustomQuestion[], code: string): number {
	const index = questions.findIndex((q) => q.code === code);
	if (index < 0) throw new DomainError('not_found', 'errors.question_not_found');
	return index;
}

/**
 * The list's own check would refuse a rule that looks at a later or missing question too; this one
 * says which questions are involved, which is what an editor needs to fix it.
 */
function checkDependencies(questions: CustomQuestion[]): void {
	const seen = new Set<string>();
	for (const question of questions) {
		// Its show-if rule and every expression: each may look at a core item or an earlier question only.
		const target = listReferences(question).find((name) => !isCoreItemId(name) && !seen.has(name));
		if (target) {
			throw new DomainError('conflict', 'errors.question_depends', { params: { code: question.code, other: target } });
		}
		seen.add(question.code);
	}
}

function relativeToQuestion(error: DomainError, index: number): DomainError {
	const match = /^questions\.(\d+)\.(.+)$/.exec(error.field ?? '');
	const ours = match && (Number(match[1]) === index || error.messageKey === 'errors.question_code_taken');
	return new DomainError(error.code, error.messageKey, { params: error.params, field: ours ? match[2] : undefined });
}
