import { expect } from 'vitest';
import type { Kysely } from 'kysely';
import { getCampaignAccess } from '$lib/server/access/campaign';
import { generateId } from '$lib/server/crypto';
import type { Database, Group, ResponsesTable, Wave } from '$lib/server/db/schema';
import { updateDesign } from '$lib/server/design/service';
import { addToSumsBatch, startSumsBatch, writeSumsBatch } from '$lib/server/indicators/sums';
import { bumpDataVersion } from '$lib/server/indicators/versions';
import { insertResponse, newResponseRow } from '$lib/server/responses/repository';
import type { PublishedCampaign } from './responses';

/**
 * A row of the seeded campaigns of scripts/reference/design.R: its PSU, stratum, weight, wave and group, then
 * `known` (KNW1's score, a share) and `score` (KNW1M's, a mean).
 */
export type DesignRow = [
	psu: string,
	stratum: string,
	weight: number,
	wave: string,
	group: string,
	known: number,
	score: number | null
];

export type DesignCase = 'clustered' | 'panel' | string;

export interface DeclaredCluster {
	id: string;
	stratum: string | null;
	weight: number;
}

const NOW = '2026-06-15T10:00:00.000Z';

/**
 * Declares the case's design as its owner would: for `clustered`, each village a cluster with the weight most
 * of its respondents have; for `panel`, the panel. The clusters as stored, by code.
 */
export async function declareCaseDesign(
	db: Kysely<Database>,
	owner: string,
	published: PublishedCampaign,
	name: DesignCase,
	rows: readonly DesignRow[]
): Promise<Map<string, DeclaredCluster>> {
	const villages = new Map<string, { stratum: string; weights: number[] }>();
	if (name === 'clustered')
		for (const [psu, stratum, weight] of rows) {
			const village = villages.get(psu) ?? { stratum, weights: [] };
			village.weights.push(weight);
			villages.set(psu, village);
		}
	const declared = [...villages].map(([code, { stratum, weights }], index) => ({
		line: index + 1,
		code,
		stratum,
		weight: mostFrequent(weights)
	}));
	const access = await getCampaignAccess(db, owner, published.campaignId);
	const updated = await updateDesign(db, access, owner, { clusters: declared, panel: name === 'panel' });
	expect(updated.ok).toBe(true);
	const stored = await db
		.selectFrom('campaign_clusters')
		.select(['id', 'code', 'stratum', 'weight'])
		.where('campaign_id', '=', published.campaignId)
		.execute();
	return new Map(stored.map((cluster) => [cluster.code, { ...cluster, weight: Number(cluster.weight) }]));
}

/**
 * Stores the rows as responses with their cluster, own weight (where it is not the cluster's) or panel code, and
 * their sums in the same transaction, as an import does; `first` numbers their client ids. Reports are then out
 * of date.
 */
export async function storeCaseRows(
	db: Kysely<Database>,
	published: PublishedCampaign,
	name: DesignCase,
	clusters: ReadonlyMap<string, DeclaredCluster>,
	rows: readonly DesignRow[],
	first = 0
): Promise<void> {
	const version = await db
		.selectFrom('survey_versions')
		.select('id')
		.where('campaign_id', '=', published.campaignId)
		.executeTakeFirstOrThrow();
	await db.transaction().execute(async (trx) => {
		const batch = startSumsBatch();
		for (const [index, [psu, , weight, wave, group, known, score]] of rows.entries()) {
			const cluster = clusters.get(psu);
			const panelCode = name === 'panel' && psu.startsWith('P') ? psu : null;
			const ownWeight = cluster ? (weight === cluster.weight ? null : weight) : weight === 1 ? null : weight;
			const row = importedRow(published, version.id, `seeded-${first + index}`, {
				wave: wave as Wave,
				group_name: group as Group,
				score_knw1: known,
				score_knw1m: score,
				cluster_id: cluster?.id ?? null,
				weight: ownWeight,
				panel_code: panelCode
			});
			await insertResponse(trx, row);
			// Half with their cluster known (as a submission is stored), half read when the batch is written.
			addToSumsBatch(batch, row, 1, index % 2 === 0 && cluster ? cluster : undefined);
		}
		await writeSumsBatch(trx, batch);
		await bumpDataVersion(trx, published.campaignId);
	});
}

/** A response as an import stores it, in `fields`' wave and group, with `fields` on it. */
export function importedRow(
	published: PublishedCampaign,
	surveyVersionId: string,
	clientId: string,
	fields: Partial<ResponsesTable> & { wave: Wave; group_name: Group }
): ResponsesTable {
	return Object.assign(newResponseRow(), {
		id: generateId(),
		campaign_id: published.campaignId,
		link_id: published.link(fields.wave, fields.group_name).id,
		survey_version_id: surveyVersionId,
		core_module_version: 1,
		language: 'fr',
		mode: 'self',
		channel: 'import',
		client_id: clientId,
		submitted_at: NOW,
		received_at: NOW,
		custom_answers: '{}',
		...fields
	}) as ResponsesTable;
}

function mostFrequent(values: readonly number[]): number {
	const counts = new Map<number, number>();
	for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}
