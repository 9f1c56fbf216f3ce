import type { Insertable, Kysely, Updateable } from 'kysely';
import { ANY_ROLE, EDITORS, requireRole } from '../organisations/guards';
import { generateId } from '../crypto';
import type { CampaignsTable, Database, Role } from '../db/schema';
import { readCursor, writeCursor } from '../cursor';
import { DomainError } from '../errors';
import { findOrganisation, listOrganisationsOfUser } from '../organisations/repository';
import type { Campaign, LocalisedText, RespondentLanguage } from './campaign';
import * as repo from './repository';
import { describeMemberRights, type MemberRights } from './rights';
import type { CampaignFilters, CreateCampaignInput, UpdateCampaignInput } from './schema';

type Message = string | LocalisedText;

/**
 * A message given as plain text is in the campaign's first language; it replaces that language's
 * text and keeps the translations already there.
 */
function localise(message: Message, languages: RespondentLanguage[], existing: LocalisedText = {}): LocalisedText {
	return typeof message === 'string' ? { ...existing, [languages[0]]: message } : message;
}

/** An NGO's editors and owners register campaigns; donors do not run them. */
export async function createCampaign(
	db: Kysely<Database>,
	actorId: string,
	input: CreateCampaignInput,
	now = new Date()
): Promise<Campaign> {
	const organisationId = input.organisationId ?? (await soleOrganisationOf(db, actorId));
	await requireRole(db, actorId, organisationId, EDITORS);
	const organisation = await findOrganisation(db, organisationId);
	if (organisation?.type !== 'ngo') throw new DomainError('forbidden', 'errors.campaigns_ngo_only');
	const id = generateId();
	const at = now.toISOString();
	await repo.insertCampaign(db, {
		id,
		organisation_id: organisationId,
		...toColumns(input, input.languages),
		status: 'draft',
		created_by_user_id: actorId,
		created_at: at,
		updated_at: at
	} as Insertable<CampaignsTable>);
	return (await repo.findCampaign(db, id))!;
}

export async function updateCampaign(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	input: UpdateCampaignInput,
	now = new Date()
): Promise<Campaign> {
	const campaign = await getCampaign(db, actorId, campaignId, EDITORS);
	if (campaign.status === 'closed') throw new DomainError('conflict', 'errors.campaign_closed');
	const merged = { ...campaign, ...input };
	if (merged.startDate > merged.endDate) {
		throw new DomainError('invalid', 'errors.dates_order', { field: 'endDate' });
	}
	await repo.updateCampaignRow(db, campaignId, {
		...toColumns(input, merged.languages, campaign),
		updated_at: now.toISOString()
	});
	return (await repo.findCampaign(db, campaignId))!;
}

/** A campaign with the actor's role in its organisation, for pages that offer what that role may do. */
export async function getCampaignForMember(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string
): Promise<{ campaign: Campaign } & MemberRights> {
	const { campaign, role } = await findMemberCampaign(db, actorId, campaignId, ANY_ROLE);
	return { campaign, ...describeMemberRights(campaign, role) };
}

/** A campaign its organisation's members may see (outsiders get "not found"), with the roles given. */
export async function getCampaign(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	roles: readonly Role[] = ANY_ROLE
): Promise<Campaign> {
	return (await findMemberCampaign(db, actorId, campaignId, roles)).campaign;
}

async function findMemberCampaign(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	roles: readonly Role[]
): Promise<{ campaign: Campaign; role: Role }> {
	const campaign = await repo.findCampaign(db, campaignId);
	if (!campaign) throw new DomainError('not_found', 'errors.campaign_not_found');
	try {
		return { campaign, role: await requireRole(db, actorId, campaign.organisationId, roles) };
	} catch (error) {
		if (error instanceof DomainError && error.code === 'not_found') {
			throw new DomainError('not_found', 'errors.campaign_not_found');
		}
		throw error;
	}
}

/** Closing ends collection: the campaign's links stop, and it can no longer be changed. */
export async function closeCampaign(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	now = new Date()
): Promise<Campaign> {
	const campaign = await getCampaign(db, actorId, campaignId, EDITORS);
	if (campaign.status === 'closed') throw new DomainError('conflict', 'errors.campaign_closed');
	await repo.updateCampaignRow(db, campaignId, { status: 'closed', updated_at: now.toISOString() });
	return { ...campaign, status: 'closed', updatedAt: now.toISOString() };
}

/** Whether the user may register campaigns in an organisation: an owner or editor of an NGO. */
export function canRegisterCampaigns(organisation: { type: string; role: Role }): boolean {
	return organisation.type === 'ngo' && EDITORS.includes(organisation.role);
}

/** The campaigns of every organisation the user belongs to, or of one of them. */
export async function listCampaigns(
	db: Kysely<Database>,
	actorId: string,
	filters: CampaignFilters
): Promise<Campaign[]> {
	return repo.listCampaignsOf(db, await listOrganisationsAsked(db, actorId, filters), filters);
}

/** The user's organisations whose campaigns are listed: the one asked for (one of theirs), else all of them. */
async function listOrganisationsAsked(
	db: Kysely<Database>,
	actorId: string,
	filters: CampaignFilters
): Promise<string[]> {
	const mine = (await listOrganisationsOfUser(db, actorId)).map((o) => o.id);
	if (filters.organisationId && !mine.includes(filters.organisationId)) {
		throw new DomainError('not_found', 'errors.organisation_not_found');
	}
	return filters.organisationId ? [filters.organisationId] : mine;
}

/**
 * `listCampaigns` a page at a time: `limit` campaigns after the page `cursor` names (the `nextCursor` of the page
 * before), and where the next page starts (null on the last).
 */
export async function listCampaignsPage(
	db: Kysely<Database>,
	actorId: string,
	filters: CampaignFilters,
	page: { limit: number; cursor?: string }
): Promise<{ campaigns: Campaign[]; nextCursor: string | null }> {
	const organisations = await listOrganisationsAsked(db, actorId, filters);
	const keys = page.cursor ? readCursor(page.cursor, 3) : null;
	const after = keys && { startDate: keys[0], title: keys[1], id: keys[2] };
	// One more than asked says whether another page follows.
	const campaigns = await repo.listCampaignsOf(db, organisations, filters, {
		limit: page.limit + 1,
		after
	});
	const last = campaigns.length > page.limit ? campaigns[page.limit - 1] : null;
	return {
		campaigns: campaigns.slice(0, page.limit),
		nextCursor: last && writeCursor([last.startDate, last.title, last.id])
	};
}

async function soleOrganisationOf(db: Kysely<Database>, actorId: string): Promise<string> {
	const organisations = await listOrganisationsOfUser(db, actorId);
	if (organisations.length === 1) return organisations[0].id;
	if (organisations.length === 0) throw new DomainError('forbidden', 'errors.campaigns_ngo_only');
	throw new DomainError('invalid', 'errors.organisation_required', { field: 'organisationId' });
}

function toColumns(
	input: UpdateCampaignInput,
	languages: RespondentLanguage[],
	stored?: Campaign
): Updateable<CampaignsTable> {
	const columns: Updateable<CampaignsTable> = {};
	if (input.title !== undefined) columns.title = input.title;
	if (input.description !== undefined) columns.description = input.description;
	if (input.countries) columns.countries = JSON.stringify(input.countries);
	if (input.regions) columns.regions = JSON.stringify(input.regions);
	if (input.channels) columns.channels = JSON.stringify(input.channels);
	if (input.audience) {
		columns.audience_min_age = input.audience.minAge;
		columns.audience_max_age = input.audience.maxAge;
		columns.audience_sex = input.audience.sex;
		columns.audience_description = input.audience.description;
	}
	if (input.languages) columns.languages = JSON.stringify(input.languages);
	if (input.startDate) columns.start_date = input.startDate;
	if (input.endDate) columns.end_date = input.endDate;
	if (input.signatureMessages) {
		columns.signature_messages = JSON.stringify(
			input.signatureMessages.map((m, i) => localise(m, languages, stored?.signatureMessages[i]))
		);
	}
	if (input.placeboMessage) {
		columns.placebo_message = JSON.stringify(localise(input.placeboMessage, languages, stored?.placeboMessage));
	}
	if (input.comparisonGroup !== undefined) columns.comparison_group = input.comparisonGroup ? 1 : 0;
	return columns;
}
