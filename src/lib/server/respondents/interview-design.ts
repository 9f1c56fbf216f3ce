import type { Kysely } from 'kysely';
import type { InterviewDesign } from '$lib/respondents/types';
import type { Database } from '../db/schema';
import { listClusters, readDesignSettings } from '../design/repository';
import type { CollectTarget } from '../responses/target';

/** Most baseline panel codes an endline interview offers to look up, offline. */
const MOST_PANEL_CODES = 20_000;

/**
 * What an enumerator's interview asks before its questions (docs/standard.md §4.6), written into the page so
 * that it works offline: the cluster, from the campaign's list (unless the link is one cluster's), and the
 * respondent's panel code when the campaign follows a panel, with the baseline's codes of the group to find it
 * among at a later wave. Null when the campaign declares neither.
 */
export async function describeInterviewDesign(
	db: Kysely<Database>,
	target: CollectTarget
): Promise<InterviewDesign | null> {
	const campaignId = target.campaign.id;
	const [clusters, settings] = await Promise.all([listClusters(db, campaignId), readDesignSettings(db, campaignId)]);
	const linkCluster = target.design.linkCluster;
	if (clusters.length === 0 && !settings.panel) return null;
	const baselineCodes =
		settings.panel && target.link.wave !== 'baseline'
			? (
					await db
						.selectFrom('responses')
						.select('panel_code')
						.where('campaign_id', '=', campaignId)
						.where('wave', '=', 'baseline')
						.where('group_name', '=', target.link.group)
						.where('panel_code', 'is not', null)
						.orderBy('panel_code')
						.limit(MOST_PANEL_CODES)
						.execute()
				).map((row) => row.panel_code!)
			: [];
	return {
		clusters: linkCluster ? [] : clusters.map(({ code, name }) => ({ code, name })),
		linkCluster: linkCluster?.code ?? null,
		panel: settings.panel,
		baselineCodes
	};
}
