import type { Kysely } from 'kysely';
import { INDICATORS, type IndicatorId } from '$lib/core-module';
import { changeOfCampaign, poolChanges, poolWeights, type CampaignChange } from '$lib/comparison/pool';
import type { Comparison } from '$lib/comparison/types';
import { Kept } from '$lib/kept';
import type { Campaign } from '../campaigns/campaign';
import type { Database } from '../db/schema';
import { readDataVersions } from '../indicators/versions';
import { sumDesignPsus, sumExposedWaves } from './repository';

/** Each campaign's change, per indicator, until its data version moves. */
const keptChanges = new Kept<CampaignChange>(20_000);

/**
 * The donors' comparison (docs/standard.md §4): each campaign's exposed-group change, first wave to last, and
 * their random-effects pool; beside it, each campaign's impact where it has a comparison group. `readable` are the
 * campaigns the reader may see, found once per request: those asked for that are not among them, or that do not
 * exist, are left out as `not_found`, never told apart; without `campaignIds`, every readable campaign.
 */
export async function compareCampaigns(
	db: Kysely<Database>,
	readable: readonly Campaign[],
	indicator: IndicatorId,
	campaignIds?: readonly string[]
): Promise<Comparison> {
	const definition = INDICATORS.find((candidate) => candidate.id === indicator)!;
	const visible = new Map<string, Campaign>(readable.map((campaign) => [campaign.id, campaign]));
	const asked = campaignIds ? [...new Set(campaignIds)] : [...visible.keys()];
	const seen = asked.filter((id) => visible.has(id));
	const versions = await readDataVersions(db, seen);
	const keyOf = (id: string) => `${id}:${indicator}:${versions.get(id)}`;
	const changes = new Map<string, CampaignChange>();
	for (const id of seen) {
		const kept = keptChanges.get(keyOf(id));
		if (kept) changes.set(id, kept);
	}
	const missing = seen.filter((id) => !changes.has(id));
	const [exposed, designs] = await Promise.all([
		sumExposedWaves(db, missing, indicator),
		sumDesignPsus(db, missing, indicator)
	]);
	for (const waves of exposed) {
		const change = changeOfCampaign(definition, { ...waves, design: designs.get(waves.campaignId) });
		keptChanges.set(keyOf(waves.campaignId), change);
		changes.set(waves.campaignId, change);
	}

	const comparison: Comparison = { indicator, campaigns: [], pooled: poolChanges([]), excluded: [] };
	for (const id of asked) {
		const campaign = visible.get(id);
		const result = changes.get(id);
		if (!campaign || !result) comparison.excluded.push({ id, reason: 'not_found' });
		else if ('excluded' in result) comparison.excluded.push({ id, reason: result.excluded });
		else
			comparison.campaigns.push({
				id,
				title: campaign.title,
				countries: campaign.countries,
				organisationId: campaign.organisationId,
				channels: campaign.channels,
				startDate: campaign.startDate,
				endDate: campaign.endDate,
				n: result.n,
				change: result.change,
				impact: result.impact,
				weight: null,
				design: result.design
			});
	}
	const pooledChanges = comparison.campaigns.map((entry) => entry.change);
	comparison.pooled = poolChanges(pooledChanges);
	poolWeights(pooledChanges, comparison.pooled).forEach(
		(weight, index) => (comparison.campaigns[index].weight = weight)
	);
	return comparison;
}
