import type { Kysely, Transaction } from 'kysely';
import { CORE_MODULE_VERSION, isCoreLanguage } from '$lib/core-module';
import { type CustomQuestion } from '$lib/survey/custom-question';
import { customQuestionListSchema } from '$lib/survey/question-list';
import type { Campaign } from '../campaigns/campaign';
import { getCampaign } from '../campaigns/service';
import { updateCampaignRow } from '../campaigns/repository';
import { listAddedTexts } from '../campaigns/added-texts-repository';
import type { AddedTexts } from '$lib/survey/words';
import { generateId, generateSecret } from '../crypto';
import type { Database, Group, Wave } from '../db/schema';
import { DomainError } from '../errors';
import { isMessageKey } from '../i18n/catalogues';
import * as repo from './repository';
import type { CollectionLink, SurveyVersion } from './survey';
import { listMissingTranslations, type MissingTranslation } from './translations';
import { EDITORS } from '../organisations/guards';

export interface SurveyState {
	/** What editors change; after a publish, the next draft starts as a copy of the published version. */
	/** `pending`: something changed since the last publish (or nothing is published yet). */
	draft: { number: number; coreModuleVersion: number; customQuestions: CustomQuestion[]; pending: boolean };
	published: { number: number; publishedAt: string | null; customQuestions: CustomQuestion[] } | null;
	missingTranslations: MissingTranslation[];
	links: CollectionLink[];
}

export async function getSurvey(db: Kysely<Database>, actorId: string, campaignId: string): Promise<SurveyState> {
	const campaign = await getCampaign(db, actorId, campaignId);
	return describeSurvey(db, campaign);
}

/** Adds custom questions after the existing ones, on the draft; codes must stay unique. */
export async function addCustomQuestions(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	questions: CustomQuestion[],
	now = new Date()
): Promise<SurveyState> {
	return changeCustomQuestions(db, actorId, campaignId, (current) => [...current, ...questions], now);
}

/** Replaces the draft's custom questions whole (the editor saves the list as it shows it). */
export async function replaceCustomQuestions(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	questions: CustomQuestion[],
	now = new Date()
): Promise<SurveyState> {
	return changeCustomQuestions(db, actorId, campaignId, () => questions, now);
}

/** Times a change is tried again when other editors' changes keep being saved between its read and its write. */
const MOST_ATTEMPTS = 10;

/**
 * The one path by which custom questions change: role check, draft, validation, save. `change` is given the
 * draft's questions as they are and is run again on them when another editor saved in between, so that no
 * change is lost; one that returns its list unchanged saves nothing.
 */
export async function changeCustomQuestions(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	change: (current: CustomQuestion[]) => CustomQuestion[],
	now = new Date()
): Promise<SurveyState> {
	const campaign = await getEditableCampaign(db, actorId, campaignId);
	for (let attempt = 0; attempt < MOST_ATTEMPTS; attempt++) {
		const draft = await ensureDraft(db, campaign, now);
		const next = change(draft.customQuestions);
		if (next === draft.customQuestions || (await saveQuestions(db, draft, next, now)))
			return describeSurvey(db, campaign);
	}
	throw new DomainError('conflict', 'errors.survey_changed');
}

/**
 * Freezes the draft as the version new respondents get, creates the campaign's collection links the
 * first time, and moves a draft campaign to collecting. Refused while any translation is missing.
 */
export async function publishSurvey(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	now = new Date()
): Promise<{ version: number; links: CollectionLink[] }> {
	const campaign = await getEditableCampaign(db, actorId, campaignId);
	if (!(await describeSurvey(db, campaign)).draft.pending)
		throw new DomainError('conflict', 'errors.nothing_to_publish');
	const draft = await ensureDraft(db, campaign, now);
	// A group with no question would ask how many times, then nothing: the survey's draft keeps it, publishing does not.
	const empty = draft.customQuestions.find(
		(question) => question.type === 'repeat' && !draft.customQuestions.some((member) => member.repeat === question.code)
	);
	if (empty) throw new DomainError('invalid', 'errors.repeat_empty', { params: { code: empty.code } });
	const addedTexts = await listAddedTexts(db, campaign);
	const missing = listMissingTranslations({ ...campaign, addedTexts }, draft.customQuestions);
	if (missing.length > 0) {
		throw new DomainError('invalid', 'errors.translations_missing', { params: { count: missing.length } });
	}
	const nowIso = now.toISOString();
	await db.transaction().execute(async (trx) => {
		if (!(await repo.markPublished(trx, draft.id, snapshotSettings(campaign, addedTexts), nowIso))) {
			throw new DomainError('conflict', 'errors.already_published');
		}
		await ensureLinks(trx, campaign, nowIso);
		if (campaign.status === 'draft')
			await updateCampaignRow(trx, campaign.id, { status: 'collecting', updated_at: nowIso });
	});
	return { version: draft.number, links: await repo.listLinks(db, campaign.id) };
}

/** One collection link of a campaign, for its members. */
export async function getCollectionLink(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	linkId: string
): Promise<{ campaign: Campaign; link: CollectionLink }> {
	const campaign = await getCampaign(db, actorId, campaignId);
	const link = (await repo.listLinks(db, campaign.id)).find((l) => l.id === linkId);
	if (!link) throw new DomainError('not_found', 'errors.link_not_found');
	return { campaign, link };
}

async function getEditableCampaign(db: Kysely<Database>, actorId: string, campaignId: string): Promise<Campaign> {
	const campaign = await getCampaign(db, actorId, campaignId, EDITORS);
	if (campaign.status === 'closed') throw new DomainError('conflict', 'errors.campaign_closed');
	return campaign;
}

/** The survey of a campaign already let in: its draft, what is published, the translations missing, its links. */
export async function describeSurvey(db: Kysely<Database>, campaign: Campaign): Promise<SurveyState> {
	const latest = await repo.findLatestVersion(db, campaign.id);
	const published = (await repo.findLatestPublishedVersion(db, campaign.id)) ?? null;
	const draft = latest?.status === 'draft' ? latest : nextDraft(campaign, latest);
	const addedTexts = await listAddedTexts(db, campaign);
	const pending =
		!published || latest?.status === 'draft' || published.frozenSettings !== snapshotSettings(campaign, addedTexts);
	return {
		draft: {
			number: draft.number,
			coreModuleVersion: draft.coreModuleVersion,
			customQuestions: draft.customQuestions,
			pending
		},
		published: published && {
			number: published.number,
			publishedAt: published.publishedAt,
			customQuestions: published.customQuestions
		},
		missingTranslations: listMissingTranslations({ ...campaign, addedTexts }, draft.customQuestions),
		links: await repo.listLinks(db, campaign.id)
	};
}

/** The campaign settings a survey version shows respondents: frozen when it is published. */
function snapshotSettings(campaign: Campaign, addedTexts: Readonly<Record<string, AddedTexts>>): string {
	// Only a campaign with languages of its own has translations of Mesure's texts to keep (and earlier snapshots none).
	const added = campaign.languages.filter((language) => !isCoreLanguage(language));
	return JSON.stringify({
		languages: campaign.languages,
		regions: campaign.regions,
		signatureMessages: campaign.signatureMessages,
		placeboMessage: campaign.placeboMessage,
		comparisonGroup: campaign.comparisonGroup,
		...(added.length > 0 && {
			addedTexts: Object.fromEntries(added.map((language) => [language, addedTexts[language] ?? {}]))
		})
	});
}

/** The draft that editing would start from: a copy of the latest version, or an empty first one. */
function nextDraft(campaign: Campaign, latest: SurveyVersion | undefined, now = new Date()): SurveyVersion {
	const at = now.toISOString();
	return {
		id: generateId(),
		campaignId: campaign.id,
		number: (latest?.number ?? 0) + 1,
		status: 'draft',
		coreModuleVersion: CORE_MODULE_VERSION,
		customQuestions: latest?.customQuestions ?? [],
		createdAt: at,
		updatedAt: at,
		publishedAt: null
	};
}

async function ensureDraft(db: Kysely<Database>, campaign: Campaign, now: Date): Promise<SurveyVersion> {
	const latest = await repo.findLatestVersion(db, campaign.id);
	if (latest?.status === 'draft') return latest;
	const draft = nextDraft(campaign, latest, now);
	const inserted = await repo.insertVersion(db, {
		id: draft.id,
		campaign_id: campaign.id,
		number: draft.number,
		status: 'draft',
		core_module_version: draft.coreModuleVersion,
		custom_questions: JSON.stringify(draft.customQuestions),
		frozen_settings: null,
		created_at: draft.createdAt,
		updated_at: draft.updatedAt,
		published_at: null
	});
	if (inserted) return draft;
	// Two editors' first changes after a publication, at the same moment: the other made the draft.
	const made = await repo.findLatestVersion(db, campaign.id);
	if (made?.status === 'draft') return made;
	throw new DomainError('conflict', 'errors.survey_changed');
}

/** False when the draft changed since it was read. */
/** A draft's whole list of custom questions as it would be saved; a DomainError naming the first problem. */
export function checkQuestionList(questions: readonly CustomQuestion[]): { data: CustomQuestion[] } {
	const checked = customQuestionListSchema.safeParse(questions);
	if (!checked.success) {
		const issue = checked.error.issues[0];
		const key = isMessageKey(issue.message) ? issue.message : 'errors.invalid';
		throw new DomainError('invalid', key, { field: `questions.${issue.path.join('.')}` });
	}
	return checked;
}

async function saveQuestions(
	db: Kysely<Database>,
	draft: SurveyVersion,
	questions: CustomQuestion[],
	now: Date
): Promise<boolean> {
	const checked = checkQuestionList(questions);
	// Each save moves the time it was made forward, even within a millisecond: it is what the next save checks.
	const savedAt = new Date(Math.max(now.getTime(), Date.parse(draft.updatedAt) + 1)).toISOString();
	return repo.updateDraftQuestions(db, draft.id, JSON.stringify(checked.data), draft.updatedAt, savedAt);
}

const WAVES: Wave[] = ['baseline', 'endline'];

async function ensureLinks(trx: Transaction<Database>, campaign: Campaign, nowIso: string): Promise<void> {
	const existing = await repo.listLinks(trx, campaign.id);
	const groups: Group[] = campaign.comparisonGroup ? ['exposed', 'comparison'] : ['exposed'];
	for (const wave of WAVES) {
		for (const group of groups) {
			if (existing.some((link) => link.wave === wave && link.group === group)) continue;
			await repo.insertLink(trx, {
				id: generateId(),
				campaign_id: campaign.id,
				wave,
				group_name: group,
				mode: 'self',
				token: generateSecret(),
				opens_at: null,
				closes_at: null,
				created_at: nowIso
			});
		}
	}
}
