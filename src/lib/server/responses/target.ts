import type { Kysely } from 'kysely';
import type { CustomQuestion, LocalisedText } from '$lib/survey/custom-question';
import type { SurveySlots } from '$lib/survey/fields';
import type { SurveyDefinition } from '$lib/survey/response';
import { findWords, type AddedTexts, type Words } from '$lib/survey/words';
import type { Region } from '../campaigns/campaign';
import type { Database } from '../db/schema';
import type { CollectionLink } from '../surveys/survey';
import { DomainError } from '../errors';
import { findLinkWithVersion, type LinkRow } from './repository';

/** A collection link as its respondents meet it: the campaign, and the survey version they answer. */
export interface CollectTarget {
	/** Its dates are YYYY-MM-DD, both days included. */
	link: Omit<CollectionLink, 'campaignId'>;
	campaign: {
		id: string;
		title: string;
		closed: boolean;
		organisationId: string;
		organisationName: string;
		/** When the campaign's logo last changed (its address changes with it); null without a logo. */
		logoUpdatedAt: string | null;
	};
	design: {
		/** Whether respondents carry a panel code. */
		panel: boolean;
		/** The cluster every response through the link carries, if any. */
		linkCluster: TargetCluster | null;
	};
	version: {
		id: string;
		number: number;
		coreModuleVersion: number;
		languages: string[];
		/** The words of each of its languages, the campaign's translations for those it added. */
		words: Readonly<Record<string, Words>>;
		slots: SurveySlots;
		definition: SurveyDefinition;
	};
}

/** A declared cluster as a response is placed in it. */
export interface TargetCluster {
	id: string;
	code: string;
	stratum: string | null;
	weight: number | null;
}

export type LinkState =
	{ open: true } | { open: false; reason: 'not_open'; opensOn: string } | { open: false; reason: 'closed' };

interface FrozenSettings {
	languages: string[];
	/** Set only when the campaign added languages of its own: their translations of Mesure's texts. */
	addedTexts?: Record<string, AddedTexts>;
	regions: Region[];
	signatureMessages: LocalisedText[];
	placeboMessage: LocalisedText;
}

/**
 * The link of this token with the survey version of that number (what the respondent's form was made
 * from), or the newest published one. An unknown token is "not found"; a link exists only once published.
 */
export async function findCollectTarget(
	db: Kysely<Database>,
	token: string,
	versionNumber: number | null = null
): Promise<CollectTarget> {
	const link = await findLinkWithVersion(db, token, versionNumber);
	if (!link) throw new DomainError('not_found', 'errors.link_not_found');
	return toCollectTarget(link);
}

/** Published versions never change: what their JSON says is read once per version and process. */
interface ParsedVersion {
	frozen: FrozenSettings;
	customQuestions: CustomQuestion[];
	words: Record<string, Words>;
}

const parsedVersions = new Map<string, ParsedVersion>();
const PARSED_VERSIONS_KEPT = 1000;

function parseVersion(link: LinkRow): ParsedVersion {
	let parsed = parsedVersions.get(link.version_id);
	if (!parsed) {
		const frozen: FrozenSettings = JSON.parse(link.frozen_settings ?? '{}');
		const words = Object.fromEntries(
			frozen.languages.map((language) => [language, findWords(language, frozen.addedTexts?.[language])])
		);
		parsed = { frozen, customQuestions: JSON.parse(link.custom_questions), words };
		if (parsedVersions.size >= PARSED_VERSIONS_KEPT) parsedVersions.clear();
		parsedVersions.set(link.version_id, parsed);
	}
	return parsed;
}

function toCollectTarget(link: LinkRow): CollectTarget {
	const { frozen, customQuestions, words } = parseVersion(link);
	const slots: SurveySlots = {
		regions: frozen.regions,
		signatureMessages: frozen.signatureMessages,
		placeboMessage: frozen.placeboMessage,
		organisation: link.organisation_name
	};
	return {
		link: {
			id: link.id,
			wave: link.wave,
			group: link.group_name,
			mode: link.mode,
			token: link.token,
			opensAt: link.opens_at,
			closesAt: link.closes_at,
			clusterId: link.cluster_id,
			clusterCode: link.cluster_code
		},
		campaign: {
			id: link.campaign_id,
			title: link.title,
			closed: link.status === 'closed',
			organisationId: link.organisation_id,
			organisationName: link.organisation_name,
			logoUpdatedAt: link.logo_updated_at
		},
		design: {
			panel: Number(link.panel) === 1,
			linkCluster:
				link.cluster_id === null
					? null
					: {
							id: link.cluster_id,
							code: link.cluster_code!,
							stratum: link.cluster_stratum,
							weight: link.cluster_weight === null ? null : Number(link.cluster_weight)
						}
		},
		version: {
			id: link.version_id,
			number: Number(link.version_number),
			coreModuleVersion: Number(link.core_module_version),
			languages: frozen.languages,
			words,
			slots,
			definition: {
				settings: {
					regions: frozen.regions.map((region) => region.code),
					signatureMessageCount: frozen.signatureMessages.length
				},
				customQuestions
			}
		}
	};
}

/** Whether the link takes answers on that day (UTC): closing the campaign stops every link. */
export function describeLinkState(target: CollectTarget, at: Date): LinkState {
	if (target.campaign.closed) return { open: false, reason: 'closed' };
	const day = at.toISOString().slice(0, 10);
	if (target.link.opensAt && day < target.link.opensAt)
		return { open: false, reason: 'not_open', opensOn: target.link.opensAt };
	if (target.link.closesAt && day > target.link.closesAt) return { open: false, reason: 'closed' };
	return { open: true };
}
