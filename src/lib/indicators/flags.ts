import { GROUPS, WAVES, type CellSums, type Flag, type Group, type Wave } from './types';

/** docs/standard.md §5's data-quality flags, per wave and group. */
export const PLACEBO_RECALL_LIMIT = 0.15;
export const SAMPLE_MIX_LIMIT = 0.1;
export const QUICK_SECONDS = 120;
/** Placebo recall is judged only on a cell large enough to be shown. */
const PLACEBO_SMALLEST_CELL = 25;

/**
 * Placebo recall above 15% (respondents say yes to anything); a wave whose sex or age-band mix differs from the
 * baseline's by more than 10 points (a change could be the sample's); responses that took under two minutes.
 * Only what is found, each with its count and share where it is about responses.
 */
export function findFlags(totals: readonly CellSums[], bySex: readonly CellSums[], byAge: readonly CellSums[]): Flag[] {
	const flags: Flag[] = [];
	for (const cell of totals) {
		const placebo = cell.indicators.EXP0;
		if (placebo.n >= PLACEBO_SMALLEST_CELL && placebo.sum / placebo.n > PLACEBO_RECALL_LIMIT) {
			flags.push({
				code: 'placebo_recall_high',
				wave: cell.wave,
				group: cell.group,
				sentence: {
					key: 'flag.placebo_recall_high',
					params: { share: { percent: placebo.sum / placebo.n }, count: { count: placebo.sum } }
				}
			});
		}
	}
	for (const [code, cells] of [
		['sample_mix_sex', bySex],
		['sample_mix_age_band', byAge]
	] as const) {
		for (const group of GROUPS) {
			const baseline = shares(cells, 'baseline', group);
			if (!baseline) continue;
			for (const wave of WAVES.slice(1)) {
				const later = shares(cells, wave, group);
				if (!later) continue;
				const levels = new Set([...baseline.keys(), ...later.keys()]);
				const gap = Math.max(
					...[...levels].map((level) => Math.abs((later.get(level) ?? 0) - (baseline.get(level) ?? 0)))
				);
				if (gap > SAMPLE_MIX_LIMIT)
					flags.push({ code, wave, group, sentence: { key: `flag.${code}`, params: { points: { points: gap } } } });
			}
		}
	}
	for (const cell of totals) {
		if (cell.quick > 0) {
			flags.push({
				code: 'quick_responses',
				wave: cell.wave,
				group: cell.group,
				sentence: {
					key: 'flag.quick_responses',
					params: { count: { count: cell.quick }, share: { percent: cell.quick / cell.respondents } }
				}
			});
		}
	}
	return flags;
}

/** Each level's share of the cell's respondents who answered the dimension; null for an empty cell. */
function shares(cells: readonly CellSums[], wave: Wave, group: Group): Map<string, number> | null {
	const levels = cells.filter((cell) => cell.wave === wave && cell.group === group && cell.level !== null);
	const total = levels.reduce((sum, cell) => sum + cell.respondents, 0);
	if (total === 0) return null;
	return new Map(levels.map((cell) => [cell.level!, cell.respondents / total]));
}
