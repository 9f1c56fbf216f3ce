import {
	GROUPS,
	WAVES,
	type CellResult,
	type Group,
	type IndicatorResult,
	type LevelResult,
	type Wave
} from '$lib/indicators/types';

/** A cell as a chart draws it: its estimate and 95% interval on the indicator's scale. */
export interface ChartPoint {
	y: number;
	yMin: number;
	yMax: number;
}

/** One dataset: a group (across waves), or a wave × group (across a dimension's levels); null where nothing is shown. */
export interface Series {
	wave: Wave | null;
	group: Group;
	points: (ChartPoint | null)[];
	/** Per point, whether the cell is of low precision (25 to 49 respondents). */
	lowPrecision: boolean[];
}

export interface ChartData {
	/** The x axis: the waves present (all respondents), or the dimension's levels. */
	categories: string[];
	series: Series[];
}

/** Proportions read as percents, means on their own scale. */
export function scaleValue(type: IndicatorResult['type'], value: number): number {
	return type === 'proportion' ? value * 100 : value;
}

/** A suppressed cell (or one without a value) is no point at all, never a zero. */
export function toPoint(type: IndicatorResult['type'], cell: CellResult | undefined): ChartPoint | null {
	if (!cell || cell.suppressed || cell.value === null || cell.ciLow === null || cell.ciHigh === null) return null;
	return { y: scaleValue(type, cell.value), yMin: scaleValue(type, cell.ciLow), yMax: scaleValue(type, cell.ciHigh) };
}

const findCell = (cells: readonly CellResult[], wave: Wave, group: Group) =>
	cells.find((cell) => cell.wave === wave && cell.group === group);

/** All respondents: the waves present on the x axis, a dataset per group present. */
export function overallChart(indicator: Pick<IndicatorResult, 'type' | 'cells'>): ChartData {
	const waves = WAVES.filter((wave) => indicator.cells.some((cell) => cell.wave === wave));
	const groups = GROUPS.filter((group) => indicator.cells.some((cell) => cell.group === group));
	return {
		categories: [...waves],
		series: groups.map((group) => ({
			wave: null,
			group,
			points: waves.map((wave) => toPoint(indicator.type, findCell(indicator.cells, wave, group))),
			lowPrecision: waves.map((wave) => !!findCell(indicator.cells, wave, group)?.lowPrecision)
		}))
	};
}

/** One dimension: its levels on the x axis, a dataset per wave × group found in any level. */
export function levelChart(
	type: IndicatorResult['type'],
	levels: readonly Pick<LevelResult, 'level' | 'cells'>[]
): ChartData {
	const all = levels.flatMap((level) => level.cells);
	const pairs = WAVES.flatMap((wave) =>
		GROUPS.filter((group) => findCell(all, wave, group)).map((group) => ({ wave, group }))
	);
	return {
		categories: levels.map((level) => level.level),
		series: pairs.map(({ wave, group }) => ({
			wave,
			group,
			points: levels.map((level) => toPoint(type, findCell(level.cells, wave, group))),
			lowPrecision: levels.map((level) => !!findCell(level.cells, wave, group)?.lowPrecision)
		}))
	};
}

/** The points a chart of this data draws: every cell shown, none of those suppressed. */
export function countPoints(data: ChartData): number {
	return data.series.reduce((total, series) => total + series.points.filter((point) => point !== null).length, 0);
}

/** Cells the chart leaves out because they have fewer than 25 responses. */
export function countSuppressed(cells: readonly CellResult[]): number {
	return cells.filter((cell) => cell.suppressed && !cell.complementary).length;
}

/** Cells the chart leaves out, though large enough, so that a smaller one cannot be worked out from them. */
export function countComplementary(cells: readonly CellResult[]): number {
	return cells.filter((cell) => cell.complementary).length;
}
