import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	ScatterController,
	Tooltip
} from 'chart.js';
import {
	BarWithErrorBar,
	BarWithErrorBarsController,
	PointWithErrorBar,
	ScatterWithErrorBarsController
} from 'chartjs-chart-error-bars';

// Only what the results pages draw is registered: bars and points with their 95% whiskers, on category and linear scales.
Chart.register(
	BarController,
	BarElement,
	BarWithErrorBar,
	BarWithErrorBarsController,
	CategoryScale,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	PointWithErrorBar,
	ScatterController,
	ScatterWithErrorBarsController,
	Tooltip
);

export { Chart };
