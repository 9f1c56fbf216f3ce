import { estimateCell, findImpact, reportChange, type Cell, type Definition } from '../indicators/report';
import { WAVES, type ChangeResult, type ImpactResult, type Sums, type Wave } from '../indicators/types';
import { poolRandomEffects, seFromInterval, type PooledEstimate } from '../stats';
import type { ExclusionReason } from './types';

/** One campaign's exposed group, wave by wave, for one indicator. */
export interface ExposedWaves {
	campaignId: string;
	waves: Partial<Record<Wave, Sums>>;
	/** The comparison group's, when the campaign has one. */
	comparison?: Partial<Record<Wave, Sums>>;
}

/**
 * `n`: the exposed respondents counted in the two waves compared (at least 25 in each, so never a count to hide).
 * `impact`: the difference-in-differences over the same waves where there is a comparison group (null without
 * one); shown beside the change, never pooled, so that campaigns with and without a comparison group pool alike.
 */
export type CampaignChange =
	| { campaignId: string; change: ChangeResult; n: number; impact: ImpactResult | null }
	| { campaignId: string; excluded: ExclusionReason };

/**
 * The exposed group's change from its first wave to its last (baseline to endline, or to the follow-up when
 * there is one): what a donor compares across campaigns. Without two waves, or with a suppressed cell, the
 * campaign is left out and says why.
 */
export function changeOfCampaign(definition: Definition, data: ExposedWaves): CampaignChange {
	const present = WAVES.filter((wave) => (data.waves[wave]?.n ?? 0) > 0);
	if (present.length < 2) return { campaignId: data.campaignId, excluded: 'one_wave' };
	const first = present[0];
	const last = present[present.length - 1];
	const change = reportChange(
		definition,
		estimateCell(definition, first, 'exposed', data.waves[first]!),
		estimateCell(definition, last, 'exposed', data.waves[last]!)
	);
	if (change.suppressed || change.ciLow === null || change.ciHigh === null)
		return { campaignId: data.campaignId, excluded: 'suppressed' };
	return {
		campaignId: data.campaignId,
		change,
		n: data.waves[first]!.n + data.waves[last]!.n,
		impact: impactOf(definition, data, last)
	};
}

function impactOf(definition: Definition, data: ExposedWaves, last: Wave): ImpactResult | null {
	const cells = new Map<string, Cell>();
	for (const [group, waves] of [
		['exposed', data.waves],
		['comparison', data.comparison ?? {}]
	] as const) {
		for (const wave of ['baseline', last] as const) {
			const sums = waves[wave];
			if (sums && sums.n > 0) cells.set(`${wave}:${group}`, estimateCell(definition, wave, group, sums));
		}
	}
	return findImpact(definition, cells, last);
}

/**
 * docs/standard.md §4: the DerSimonian–Laird random-effects pool of the campaigns' changes, each weighted by the
 * variance read back from its interval (SE = width / 2z), so that what is pooled is exactly what is shown.
 */
export function poolChanges(changes: readonly ChangeResult[]): PooledEstimate {
	return poolRandomEffects(
		changes.map((change) => ({ value: change.value!, se: seFromInterval(change.ciLow!, change.ciHigh!) }))
	);
}

/**
 * Each change's share of the pool's random-effects weight, 1 / (SE² + τ²) over their sum, in the order given;
 * null for a change the pool leaves out (a degenerate interval) and for all of them when nothing was pooled.
 */
export function poolWeights(changes: readonly ChangeResult[], pooled: PooledEstimate): (number | null)[] {
	if (pooled.k === 0) return changes.map(() => null);
	const tau2 = pooled.tau2 ?? 0;
	const raw = changes.map((change) => {
		const se = seFromInterval(change.ciLow!, change.ciHigh!);
		return se > 0 ? 1 / (se * se + tau2) : null;
	});
	const total = raw.reduce<number>((sum, weight) => sum + (weight ?? 0), 0);
	return raw.map((weight) => (weight === null ? null : weight / total));
}
