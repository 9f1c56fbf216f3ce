import type { Kysely } from 'kysely';
import type { CoreLanguage } from '$lib/core-module';
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import type { Campaign } from '../campaigns/campaign';
import { getCampaign, getCampaignForMember } from '../campaigns/service';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { EDITORS } from '../organisations/guards';
import { findOrganisation } from '../organisations/repository';
import { describeSurvey } from '../surveys/service';
import { checkRecordingAudio } from './audio-check';
import { chooseTextLanguage, listRecordableQuestions, type RecordableQuestion } from './questions';
import * as repo from './repository';
import { readRecordingTarget, toRecording, toSummary, type Recording, type RecordingSummary } from './recording';

export interface RecordingsPage {
	campaign: { id: string; title: string; languages: string[] };
	/** The language the questions' texts are given in. */
	textLanguage: string;
	canEdit: boolean;
	readAloud: boolean;
	/** Each question, with its recordings by language. */
	questions: (RecordableQuestion & { recordings: Record<string, RecordingSummary> })[];
	/** Recordings of questions or languages the campaign no longer has: kept until someone deletes them. */
	leftOver: RecordingSummary[];
}

/** The campaign's questions by its languages, with what is recorded: for every member; editors change it. */
export async function getRecordingsPage(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	locale: string
): Promise<RecordingsPage> {
	const { campaign, canEdit } = await getCampaignForMember(db, actorId, campaignId);
	const textLanguage = chooseTextLanguage(campaign.languages, locale);
	const questions = await listQuestionsOf(db, campaign, textLanguage);
	const stored = (await repo.listRecordingSummaries(db, campaign.id)).map(toSummary);
	const languages = new Set<string>(campaign.languages);
	const listed = (summary: RecordingSummary) =>
		languages.has(summary.language) && questions.some((question) => question.code === summary.question);
	return {
		campaign: { id: campaign.id, title: campaign.title, languages: [...campaign.languages] },
		textLanguage,
		canEdit,
		readAloud: await repo.findReadAloud(db, campaign.id),
		questions: questions.map((question) => ({
			...question,
			recordings: Object.fromEntries(
				stored
					.filter((one) => one.question === question.code && languages.has(one.language))
					.map((one) => [one.language, one])
			)
		})),
		leftOver: stored.filter((summary) => !listed(summary))
	};
}

/**
 * Owners and editors record a question in one of the campaign's languages, or replace its recording. The file is
 * checked by its content (audio-check.ts); nothing is written unless it passes.
 */
export async function setRecording(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	target: { question: string; language: string },
	bytes: Uint8Array,
	now = new Date()
): Promise<RecordingSummary> {
	const campaign = await getEditableCampaign(db, actorId, campaignId);
	if (!campaign.languages.some((language) => language === target.language))
		throw new DomainError('invalid', 'errors.recording_language_unknown', { field: 'language' });
	const questions = await listQuestionsOf(db, campaign, chooseTextLanguage(campaign.languages, 'en'));
	if (!questions.some((question) => question.code === target.question))
		throw new DomainError('invalid', 'errors.recording_question_unknown', { field: 'question' });
	const audio = await checkRecordingAudio(bytes);
	const row = {
		campaign_id: campaign.id,
		question: target.question,
		language: target.language,
		media_type: audio.mediaType,
		size: bytes.length,
		duration_ms: audio.durationMs,
		hash: encodeHexLowerCase(sha256(bytes)),
		data: bytes,
		updated_at: now.toISOString()
	};
	await repo.upsertRecording(db, row);
	return toSummary(row);
}

/** Owners and editors delete a recording, also one of a question or language the campaign no longer has. */
export async function removeRecording(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	target: { question: string; language: string }
): Promise<void> {
	const campaign = await getEditableCampaign(db, actorId, campaignId);
	if (!readRecordingTarget(target.question, target.language))
		throw new DomainError('invalid', 'errors.recording_not_found');
	if (!(await repo.deleteRecording(db, campaign.id, target.question, target.language)))
		throw new DomainError('not_found', 'errors.recording_not_found');
}

/** A recording as the campaign's members hear it; undefined when there is none. */
export async function getMemberRecording(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	target: { question: string; language: string }
): Promise<Recording | undefined> {
	const campaign = await getCampaign(db, actorId, campaignId);
	const row = await repo.findRecording(db, campaign.id, target.question, target.language);
	return row && toRecording(row);
}

/** A recording as respondents hear it: anyone with one of the campaign's links; undefined for any other. */
export async function getLinkRecording(
	db: Kysely<Database>,
	token: string,
	target: { question: string; language: string }
): Promise<Recording | undefined> {
	const row = await repo.findRecordingByLinkToken(db, token, target.question, target.language);
	return row && toRecording(row);
}

/** Owners and editors switch the respondents' pages' "Listen" button on or off. */
export async function setReadAloud(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	on: boolean
): Promise<void> {
	const campaign = await getEditableCampaign(db, actorId, campaignId);
	await repo.updateReadAloud(db, campaign.id, on);
}

export async function getReadAloud(db: Kysely<Database>, actorId: string, campaignId: string): Promise<boolean> {
	const campaign = await getCampaign(db, actorId, campaignId);
	return repo.findReadAloud(db, campaign.id);
}

async function getEditableCampaign(db: Kysely<Database>, actorId: string, campaignId: string): Promise<Campaign> {
	const campaign = await getCampaign(db, actorId, campaignId, EDITORS);
	if (campaign.status === 'closed') throw new DomainError('conflict', 'errors.campaign_closed');
	return campaign;
}

async function listQuestionsOf(
	db: Kysely<Database>,
	campaign: Campaign,
	language: CoreLanguage
): Promise<RecordableQuestion[]> {
	const survey = await describeSurvey(db, campaign);
	const organisation = (await findOrganisation(db, campaign.organisationId))?.name ?? '';
	return listRecordableQuestions(
		campaign,
		organisation,
		{ draft: survey.draft.customQuestions, published: survey.published?.customQuestions ?? null },
		language
	);
}
