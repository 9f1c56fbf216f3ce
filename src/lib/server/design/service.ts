import { DomainError } from '../errors';
import type { Kysely } from 'kysely';
import { checkClusters, type ClusterDraft } from '$lib/design/clusters';
import type { Cluster, ClusterProblem, Design } from '$lib/design/types';
import { requireMember, type CampaignAccess } from '../access/campaign';
import { generateId } from '../crypto';
import type { Database } from '../db/schema';
import { rebuildDesignSums } from '../indicators/design-sums';
import { bumpDataVersion } from '../indicators/versions';
import { EDITORS } from '../organisations/guards';
import { insertAuditEvent } from '../sharing/repository';
import * as repo from './repository';
import type { ClusterChanges, StoredCluster } from './repository';

/** The campaign's sampling design, for its members: donors and the public never read a cluster's code or name. */
export async function getDesign(db: Kysely<Database>, access: CampaignAccess): Promise<Design> {
	const member = requireMember(access);
	const [clusters, settings] = await Promise.all([
		repo.listClusters(db, member.campaign.id),
		repo.readDesignSettings(db, member.campaign.id)
	]);
	return { clusters: clusters.map(toCluster), panel: settings.panel };
}

/** A design as given: clusters as read from JSON or a CSV file, checked here; the panel setting kept when left out. */
export interface DesignInput {
	clusters: ClusterDraft[];
	panel?: boolean;
}

export type DesignUpdate = { ok: true; design: Design } | { ok: false; problems: ClusterProblem[] };

/**
 * An owner or editor replaces the campaign's clusters with the list given, checked whole: nothing is written
 * when anything is wrong, and every problem is listed. A cluster that has responses stays, in its stratum; its
 * weight may change (the design sums are made again), unless the raw responses were deleted.
 */
export async function updateDesign(
	db: Kysely<Database>,
	access: CampaignAccess,
	actorId: string,
	input: DesignInput,
	now = new Date()
): Promise<DesignUpdate> {
	const member = requireMember(access, EDITORS);
	const campaignId = member.campaign.id;
	const checked = checkClusters(input.clusters);
	if (!checked.ok) return { ok: false, problems: checked.problems };
	return db.transaction().execute(async (trx) => {
		const [existing, inUse, linked, settings] = await Promise.all([
			repo.listClusters(trx, campaignId),
			repo.listClustersInUse(trx, campaignId),
			repo.listLinkedClusters(trx, campaignId),
			repo.readDesignSettings(trx, campaignId)
		]);
		const planned = planChanges(
			existing,
			checked.clusters,
			{ inUse, linked },
			input.clusters,
			settings.responsesDeleted
		);
		if (!planned.ok) return planned;
		const panel = input.panel ?? settings.panel;
		await repo.writeDesign(trx, campaignId, planned.changes, panel);
		if (planned.reweighted) {
			await rebuildDesignSums(trx, campaignId);
			await bumpDataVersion(trx, campaignId);
		}
		await insertAuditEvent(trx, {
			id: generateId(),
			organisationId: member.campaign.organisationId,
			actorId,
			action: 'design_updated',
			campaignId,
			subjectOrganisationId: null,
			at: now.toISOString(),
			detail: { clusters: checked.clusters.length, panel }
		});
		return { ok: true as const, design: { clusters: checked.clusters, panel } };
	});
}

type Planned = { ok: true; changes: ClusterChanges; reweighted: boolean } | { ok: false; problems: ClusterProblem[] };

/** Matches the new list to the stored clusters by code (whatever its case) and refuses what responses forbid. */
function planChanges(
	existing: StoredCluster[],
	next: Cluster[],
	{ inUse, linked }: { inUse: Set<string>; linked: Set<string> },
	drafts: ClusterDraft[],
	responsesDeleted: boolean
): Planned {
	const byKey = new Map(existing.map((cluster, index) => [cluster.code.toLowerCase(), { cluster, index }]));
	const problems: ClusterProblem[] = [];
	const listed: ClusterChanges['listed'] = [];
	let reweighted = false;
	next.forEach((cluster, index) => {
		const line = drafts[index].line;
		const stored = byKey.get(cluster.code.toLowerCase());
		if (!stored) {
			listed.push({ cluster: { id: generateId(), ...cluster }, state: 'new' });
			return;
		}
		byKey.delete(cluster.code.toLowerCase());
		const used = inUse.has(stored.cluster.id);
		if (used && cluster.stratum !== stored.cluster.stratum)
			problems.push({ line, column: 'stratum', value: cluster.stratum ?? '', code: 'stratum_changed_in_use' });
		if (used && cluster.weight !== stored.cluster.weight) {
			if (responsesDeleted)
				problems.push({ line, column: 'weight', value: String(cluster.weight ?? ''), code: 'weight_locked' });
			reweighted = true;
		}
		const same =
			stored.index === index &&
			(['code', 'name', 'stratum', 'weight'] as const).every((key) => cluster[key] === stored.cluster[key]);
		listed.push({ cluster: { id: stored.cluster.id, ...cluster }, state: same ? 'same' : 'changed' });
	});
	const removedIds: string[] = [];
	for (const { cluster } of byKey.values()) {
		if (inUse.has(cluster.id))
			problems.push({ line: null, column: 'code', value: cluster.code, code: 'cluster_removed_in_use' });
		else if (linked.has(cluster.id))
			problems.push({ line: null, column: 'code', value: cluster.code, code: 'cluster_removed_linked' });
		else removedIds.push(cluster.id);
	}
	if (problems.length > 0) return { ok: false, problems };
	return { ok: true, changes: { listed, removedIds }, reweighted };
}

function toCluster({ code, name, stratum, weight }: StoredCluster): Cluster {
	return { code, name, stratum, weight };
}

/**
 * A cluster as its design page shows it: whether responses already carry it (it then stays, in its stratum), and
 * whether it has a link of its own (it then stays).
 */
export interface ListedCluster extends Cluster {
	inUse: boolean;
	linked: boolean;
}

/** The design page: the clusters with their use, the panel setting, and whether the reader may change them. */
export async function getDesignPage(
	db: Kysely<Database>,
	access: CampaignAccess
): Promise<{ clusters: ListedCluster[]; panel: boolean; canEdit: boolean }> {
	const member = requireMember(access);
	const [clusters, inUse, linked, settings] = await Promise.all([
		repo.listClusters(db, member.campaign.id),
		repo.listClustersInUse(db, member.campaign.id),
		repo.listLinkedClusters(db, member.campaign.id),
		repo.readDesignSettings(db, member.campaign.id)
	]);
	return {
		clusters: clusters.map((cluster) => ({
			...toCluster(cluster),
			inUse: inUse.has(cluster.id),
			linked: linked.has(cluster.id)
		})),
		panel: settings.panel,
		canEdit: EDITORS.includes(member.role)
	};
}

/** Adds one cluster at the end of the list, checked with the others. */
export async function addCluster(
	db: Kysely<Database>,
	access: CampaignAccess,
	actorId: string,
	draft: Omit<ClusterDraft, 'line'>
): Promise<DesignUpdate> {
	const current = await getDesign(db, access);
	const drafts = [...current.clusters.map((cluster, i) => ({ line: i + 1, ...cluster })), { ...draft, line: 0 }];
	drafts[drafts.length - 1].line = drafts.length;
	return updateDesign(db, access, actorId, { clusters: drafts });
}

/** Removes the cluster of that code (refused when responses carry it). */
export async function removeCluster(
	db: Kysely<Database>,
	access: CampaignAccess,
	actorId: string,
	code: string
): Promise<DesignUpdate> {
	const current = await getDesign(db, access);
	const kept = current.clusters.filter((cluster) => cluster.code.toLowerCase() !== code.toLowerCase());
	if (kept.length === current.clusters.length)
		throw new DomainError('invalid', 'errors.cluster_unknown', { field: 'code' });
	return updateDesign(db, access, actorId, { clusters: kept.map((cluster, i) => ({ line: i + 1, ...cluster })) });
}

/** Sets whether respondents carry a panel code, the clusters unchanged. */
export async function setPanel(
	db: Kysely<Database>,
	access: CampaignAccess,
	actorId: string,
	panel: boolean
): Promise<DesignUpdate> {
	const current = await getDesign(db, access);
	return updateDesign(db, access, actorId, {
		clusters: current.clusters.map((cluster, i) => ({ line: i + 1, ...cluster })),
		panel
	});
}
