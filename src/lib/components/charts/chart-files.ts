import type { Chart } from 'chart.js';

/** The points or bars drawn with a value, over every dataset shown: a missing (suppressed) one is not drawn. */
export function countDrawnPoints(chart: Chart): number {
	let drawn = 0;
	chart.data.datasets.forEach((dataset, index) => {
		if (!chart.isDatasetVisible(index)) return;
		for (const value of dataset.data) if (hasValue(value)) drawn++;
	});
	return drawn;
}

function hasValue(value: unknown): boolean {
	if (value === null || value === undefined) return false;
	if (typeof value === 'number') return Number.isFinite(value);
	if (typeof value === 'object') {
		const point = value as { x?: unknown; y?: unknown };
		const axis = typeof point.y === 'number' ? point.y : point.x;
		return typeof axis === 'number' && Number.isFinite(axis);
	}
	return false;
}

/** The chart as a PNG on a white ground (a transparent one prints and pastes badly), saved under `filename`. */
export function savePng(chart: Chart, filename: string): void {
	const source = chart.canvas;
	const canvas = document.createElement('canvas');
	canvas.width = source.width;
	canvas.height = source.height;
	const context = canvas.getContext('2d')!;
	context.fillStyle = '#ffffff';
	context.fillRect(0, 0, canvas.width, canvas.height);
	context.drawImage(source, 0, 0);
	const link = document.createElement('a');
	link.href = canvas.toDataURL('image/png');
	link.download = `${filename}.png`;
	link.click();
}
