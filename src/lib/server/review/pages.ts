import type { Kysely } from 'kysely';
import { listCampaignItems, type CoreLanguage } from '$lib/core-module';
import type { ResponsesTableView, ResponseView } from '$lib/review/views';
import type { CampaignAccess } from '../access/campaign';
import type { Database } from '../db/schema';
import { findLatestPublishedVersion, listLinks } from '../surveys/repository';
import { labelSurveyVersion } from './labels';
import { getResponse, listResponses } from './list';
import { decideReviewRights } from './rights';
import type { ResponseListQuery } from './schema';

/** A page of the campaign's responses with what the table needs around it: the links, the answers' codes, rights. */
export async function getResponsesTable(
	db: Kysely<Database>,
	access: CampaignAccess,
	actorId: string,
	query: ResponseListQuery
): Promise<ResponsesTableView> {
	const rights = decideReviewRights(access, actorId);
	const { campaign } = rights.member;
	const [page, links, latest] = await Promise.all([
		listResponses(db, access, actorId, query),
		listLinks(db, campaign.id),
		findLatestPublishedVersion(db, campaign.id)
	]);
	const items = listCampaignItems({
		regions: campaign.regions.map((region) => region.code),
		signatureMessageCount: campaign.signatureMessages.length
	});
	const custom = (latest?.customQuestions ?? []).filter((question) => question.type !== 'note');
	return {
		campaign: { id: campaign.id, title: campaign.title, languages: campaign.languages },
		page,
		links: links.map(({ id, wave, group, mode }) => ({ id, wave, group, mode })),
		answerCodes: [...items.map((item) => item.id), ...custom.map((question) => question.code)],
		canReview: rights.canReview,
		ownInterviewsOnly: rights.scope.collectedBy !== null
	};
}

/** One response, its questions labelled in the reader's language, and what the reader may do with it. */
export async function getResponseView(
	db: Kysely<Database>,
	access: CampaignAccess,
	actorId: string,
	responseId: string,
	language: CoreLanguage
): Promise<ResponseView> {
	const rights = decideReviewRights(access, actorId);
	const { campaign, role } = rights.member;
	const response = await getResponse(db, access, actorId, responseId);
	const questions = await labelSurveyVersion(db, campaign.id, response.surveyVersion, language, response.mode);
	return {
		campaign: { id: campaign.id, title: campaign.title },
		response,
		questions,
		canReview: rights.canReview,
		// As correctResponse decides: an enumerator corrects their own interviews until they are approved.
		canCorrect: rights.canReview || (role === 'enumerator' && response.state !== 'approved'),
		canDelete: rights.canDelete
	};
}
