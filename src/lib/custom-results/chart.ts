import { levelChart, overallChart, type ChartData } from '../results/chart-data';
import type { CustomQuestionResult } from './types';

/** Shares: the answers on the x axis, a bar per wave and group; a mean: the waves, a bar per group. */
export function customChart(result: CustomQuestionResult): ChartData {
	if (result.scale === 'mean') return overallChart({ type: 'mean', cells: result.cells });
	return levelChart(
		'proportion',
		result.answers.map((answer) => ({ level: answer.code, cells: answer.cells }))
	);
}
