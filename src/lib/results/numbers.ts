import type { IndicatorResult } from '$lib/indicators/types';

type Kind = IndicatorResult['type'];

/** How the results page writes an indicator's numbers: shares as percents, their changes in points, means to two decimals. */
export function numberFormats(locale: string) {
	const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
	const points = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
	const mean = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
	const signed = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
	const count = new Intl.NumberFormat(locale);
	return {
		value: (kind: Kind, value: number) => (kind === 'proportion' ? percent.format(value) : mean.format(value)),
		change: (kind: Kind, value: number) => (kind === 'proportion' ? points.format(value * 100) : signed.format(value)),
		count: (value: number) => count.format(value)
	};
}
