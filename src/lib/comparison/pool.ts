import { comesFromOneCluster } from '$lib/indicators/one-cluster';
import { buildDomain, ONE_INDICATOR_LAYOUT } from '../indicators/design';
import { findImpact, reportChange } from '../indicators/changes';
import { estimateCell, type Cell, type CellDesign, type Definition } from '../indicators/report';
import { WAVES, type ChangeResult, type Group, type ImpactResult, type Sums, type Wave } from '../indicators/types';
import { poolRandomEffects, seFromInterval, type DesignFrame, type PooledEstimate } from '../stats';
import type { ExclusionReason } from './types';

/** One campaign's exposed group, wave by wave, for one indicator. */
export interface ExposedWaves {
	campaignId: string;
	waves: Partial<Record<Wave, Sums>>;
	/** The comparison group's, when the campaign has one. */
	comparison?: Partial<Record<Wave, Sums>>;
	/** Under a complex design (docs/standard.md §4.6): its design sums, by wave, group and PSU. */
	design?: CampaignDesignSums;
}

/** One indicator's design sums in a wave, group and PSU: n, Σy, Σy², Σw, Σwy, Σwy², Σw², Σw²y, Σw²y². */
export interface DesignPsuSums {
	wave: Wave;
	group: Group;
	psu: string;
	stratum: string;
	respondents: number;
	values: number[];
}

export interface CampaignDesignSums {
	/** Every stored response of the campaign, PSU or not, but those of a wave and group of 1 to 4. */
	respondents: number;
	psus: DesignPsuSums[];
}

/**
 * `n`: the exposed respondents counted in the two waves compared (at least 25 in each, so never a count to hide).
 * `impact`: the difference-in-differences over the same waves where there is a comparison group (null without
 * one); shown beside the change, never pooled, so that campaigns with and without a comparison group pool alike.
 */
export type CampaignChange =
	| {
			campaignId: string;
			change: ChangeResult;
			n: number;
			impact: ImpactResult | null;
			/** Whether its intervals are design-based (docs/standard.md §4.6). */
			design: 'simple' | 'complex';
	  }
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
	const place = placeInDesign(data);
	const [from, to] = [first, last].map((wave) =>
		estimateCell(definition, wave, 'exposed', data.waves[wave]!, place(wave, 'exposed', data.waves[wave]!))
	);
	const change = reportChange(definition, from, to);
	// An estimate drawn from one cluster is that cluster's: never shown outside the NGO (§4.6).
	const oneCluster = comesFromOneCluster(from.result) || comesFromOneCluster(to.result);
	if (oneCluster || change.suppressed || change.ciLow === null || change.ciHigh === null)
		return { campaignId: data.campaignId, excluded: 'suppressed' };
	return {
		campaignId: data.campaignId,
		change,
		n: data.waves[first]!.n + data.waves[last]!.n,
		impact: impactOf(definition, data, last),
		design: data.design ? 'complex' : 'simple'
	};
}

/** Where each of the campaign's cells stands in its design: nothing for a simple design. */
function placeInDesign(data: ExposedWaves): (wave: Wave, group: Group, sums: Sums) => CellDesign | undefined {
	const design = data.design;
	if (!design) return () => undefined;
	const psus = new Map<string, string>();
	let placed = 0;
	const cells = new Map<string, Map<string, number[]>>();
	for (const row of design.psus) {
		if (row.psu !== '') {
			psus.set(row.psu, row.stratum);
			placed += row.respondents;
		}
		const key = `${row.wave}:${row.group}`;
		const byPsu = cells.get(key) ?? new Map<string, number[]>();
		byPsu.set(row.psu, row.values);
		cells.set(key, byPsu);
	}
	const frame: DesignFrame = { psus, singletons: Math.max(0, design.respondents - placed) };
	return (wave, group, sums) => ({
		frame,
		domain: buildDomain(sums, cells.get(`${wave}:${group}`), ONE_INDICATOR_LAYOUT, 0)
	});
}

function impactOf(definition: Definition, data: ExposedWaves, last: Wave): ImpactResult | null {
	const place = placeInDesign(data);
	const cells = new Map<string, Cell>();
	for (const [group, waves] of [
		['exposed', data.waves],
		['comparison', data.comparison ?? {}]
	] as const) {
		for (const wave of ['baseline', last] as const) {
			const sums = waves[wave];
			if (sums && sums.n > 0)
				cells.set(`${wave}:${group}`, estimateCell(definition, wave, group, sums, place(wave, group, sums)));
		}
	}
	if ([...cells.values()].some((cell) => comesFromOneCluster(cell.result))) return null;
	return findImpact(definition, cells, last);
}

/**
 * docs/standard.md §4 and §4.6: the DerSimonian–Laird random-effects pool of the campaigns' changes, each weighted
 * by the SE it reports: under a complex design its linearised SE, else the one read back from its interval (width
 * / 2z), so that what is pooled is exactly what is shown.
 */
export function poolChanges(changes: readonly ChangeResult[]): PooledEstimate {
	return poolRandomEffects(changes.map((change) => ({ value: change.value!, se: reportedSe(change) })));
}

function reportedSe(change: ChangeResult): number {
	return change.se ?? seFromInterval(change.ciLow!, change.ciHigh!);
}

/**
 * Each change's share of the pool's random-effects weight, 1 / (SE² + τ²) over their sum, in the order given;
 * null for a change the pool leaves out (a degenerate interval) and for all of them when nothing was pooled.
 */
export function poolWeights(changes: readonly ChangeResult[], pooled: PooledEstimate): (number | null)[] {
	if (pooled.k === 0) return changes.map(() => null);
	const tau2 = pooled.tau2 ?? 0;
	const raw = changes.map((change) => {
		const se = reportedSe(change);
		return se > 0 ? 1 / (se * se + tau2) : null;
	});
	const total = raw.reduce<number>((sum, weight) => sum + (weight ?? 0), 0);
	return raw.map((weight) => (weight === null ? null : weight / total));
}
