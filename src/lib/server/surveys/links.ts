import type { Kysely } from 'kysely';
import { z } from 'zod';
import { getCampaign } from '../campaigns/service';
import { generateId, generateSecret } from '../crypto';
import type { Database, Group, Wave } from '../db/schema';
import { listClusters } from '../design/repository';
import { DomainError } from '../errors';
import * as repo from './repository';
import type { CollectionLink } from './survey';
import { EDITORS } from '../organisations/guards';

export const linkSettingsSchema = z
	.object({
		mode: z.enum(['self', 'enumerator'], { error: 'errors.invalid' }),
		opensAt: z.union([z.literal(''), z.iso.date({ error: 'errors.date_invalid' })]).transform((v) => v || null),
		closesAt: z.union([z.literal(''), z.iso.date({ error: 'errors.date_invalid' })]).transform((v) => v || null)
	})
	.refine((v) => !v.opensAt || !v.closesAt || v.opensAt <= v.closesAt, {
		error: 'errors.dates_order',
		path: ['closesAt']
	});

export type LinkSettings = z.infer<typeof linkSettingsSchema>;

/** The design page's form for links per cluster: `wave:group`, and a cluster's code or '' for every cluster. */
export const clusterLinksSchema = z.object({
	cell: z
		.string({ error: 'errors.wave_invalid' })
		.transform((value) => value.split(':'))
		.pipe(
			z.tuple([
				z.enum(['baseline', 'endline', 'followup'], { error: 'errors.wave_invalid' }),
				z.enum(['exposed', 'comparison'], { error: 'errors.group_invalid' })
			])
		),
	cluster: z
		.string({ error: 'errors.cluster_unknown' })
		.max(40, { error: 'errors.cluster_unknown' })
		.transform((value) => value.trim() || null)
});

/**
 * Owners and editors set who may use a link (`self`: anyone with it; `enumerator`: the
 * organisation's enumerators, editors and owners) and the days it is open, both included.
 */
export async function updateLinkSettings(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	linkId: string,
	settings: LinkSettings
): Promise<CollectionLink> {
	const campaign = await getCampaign(db, actorId, campaignId, EDITORS);
	if (campaign.status === 'closed') throw new DomainError('conflict', 'errors.campaign_closed');
	if (!(await repo.updateLink(db, campaign.id, linkId, settings)))
		throw new DomainError('not_found', 'errors.link_not_found');
	return (await repo.listLinks(db, campaign.id)).find((link) => link.id === linkId)!;
}

/** The optional third wave: one more link per group, once the survey has links at all. */
export async function addFollowUpWave(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	now = new Date()
): Promise<CollectionLink[]> {
	const campaign = await getCampaign(db, actorId, campaignId, EDITORS);
	if (campaign.status === 'closed') throw new DomainError('conflict', 'errors.campaign_closed');
	const links = await repo.listLinks(db, campaign.id);
	if (links.length === 0) throw new DomainError('conflict', 'errors.publish_first');
	if (links.some((link) => link.wave === 'followup')) throw new DomainError('conflict', 'errors.followup_exists');
	const groups: Group[] = campaign.comparisonGroup ? ['exposed', 'comparison'] : ['exposed'];
	for (const group of groups) {
		await repo.insertLink(db, {
			id: generateId(),
			campaign_id: campaign.id,
			wave: 'followup',
			group_name: group,
			mode: links.find((link) => link.group === group)?.mode ?? 'self',
			token: generateSecret(),
			opens_at: null,
			closes_at: null,
			created_at: now.toISOString()
		});
	}
	return repo.listLinks(db, campaign.id);
}

/** Which clusters to make self-completed links for: one by its code, or (null) every cluster without one. */
export interface ClusterLinksChoice {
	cell: [Wave, Group];
	cluster: string | null;
}

/**
 * An owner makes self-completed links for one declared cluster, or for every cluster that has none yet, in a wave
 * and group: every response through such a link carries its cluster. Each has its QR code and flyer, as any link.
 */
export async function addClusterLinks(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	choice: ClusterLinksChoice,
	now = new Date()
): Promise<CollectionLink[]> {
	const campaign = await getCampaign(db, actorId, campaignId, ['owner']);
	if (campaign.status === 'closed') throw new DomainError('conflict', 'errors.campaign_closed');
	const [wave, group] = choice.cell;
	const links = await repo.listLinks(db, campaign.id);
	const base = links.find((link) => link.wave === wave && link.group === group && link.clusterId === null);
	if (!base) throw new DomainError('not_found', 'errors.link_not_found');
	const clusters = await listClusters(db, campaign.id);
	if (clusters.length === 0) throw new DomainError('invalid', 'errors.no_clusters');
	const chosen =
		choice.cluster === null
			? clusters
			: clusters.filter((cluster) => cluster.code.toLowerCase() === choice.cluster!.toLowerCase());
	if (chosen.length === 0) throw new DomainError('invalid', 'errors.cluster_unknown', { field: 'cluster' });
	const taken = new Set(
		links.filter((link) => link.wave === wave && link.group === group).map((link) => link.clusterId)
	);
	const rows = chosen
		.filter((candidate) => !taken.has(candidate.id))
		.map((cluster) => ({
			id: generateId(),
			campaign_id: campaign.id,
			wave,
			group_name: group,
			mode: 'self' as const,
			token: generateSecret(),
			opens_at: base.opensAt,
			closes_at: base.closesAt,
			created_at: now.toISOString(),
			cluster_id: cluster.id
		}));
	await db.transaction().execute(async (trx) => {
		for (const row of rows) await repo.insertLink(trx, row);
	});
	const ids = rows.map((row) => row.id);
	return (await repo.listLinks(db, campaign.id)).filter((link) => ids.includes(link.id));
}
