import type { CustomQuestion } from '$lib/survey/custom-question';
import type { CollectionLinksTable, Group, SurveyVersionsTable, Wave } from '../db/schema';

export type { Group, Wave };

export interface SurveyVersion {
	id: string;
	campaignId: string;
	number: number;
	status: 'draft' | 'published';
	coreModuleVersion: number;
	customQuestions: CustomQuestion[];
	createdAt: string;
	updatedAt: string;
	publishedAt: string | null;
}

export interface CollectionLink {
	id: string;
	campaignId: string;
	wave: Wave;
	group: Group;
	mode: 'self' | 'enumerator';
	token: string;
	opensAt: string | null;
	closesAt: string | null;
	/** The declared cluster every response through it carries, if any, and its code. */
	clusterId: string | null;
	clusterCode: string | null;
}

export function toSurveyVersion(row: Omit<SurveyVersionsTable, 'frozen_settings'>): SurveyVersion {
	return {
		id: row.id,
		campaignId: row.campaign_id,
		number: Number(row.number),
		status: row.status,
		coreModuleVersion: Number(row.core_module_version),
		customQuestions: JSON.parse(row.custom_questions),
		createdAt: row.created_at,
		updatedAt: row.updated_at,
		publishedAt: row.published_at
	};
}

export function toCollectionLink(
	row: Omit<CollectionLinksTable, 'created_at'> & { cluster_code?: string | null }
): CollectionLink {
	return {
		id: row.id,
		campaignId: row.campaign_id,
		wave: row.wave,
		group: row.group_name,
		mode: row.mode,
		token: row.token,
		opensAt: row.opens_at,
		closesAt: row.closes_at,
		clusterId: row.cluster_id,
		clusterCode: row.cluster_code ?? null
	};
}
