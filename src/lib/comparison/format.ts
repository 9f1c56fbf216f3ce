import type { MessageKey } from '../i18n/types';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** How much the campaigns differ, in words: Higgins' thresholds of I² (25%, 50%, 75%). */
export function heterogeneityKey(i2: number): MessageKey {
	if (i2 < 0.25) return 'compare.heterogeneity.low';
	if (i2 < 0.5) return 'compare.heterogeneity.moderate';
	if (i2 < 0.75) return 'compare.heterogeneity.substantial';
	return 'compare.heterogeneity.high';
}

/** Number formats of the comparison in one language: changes signed, in points for proportions. */
export function comparisonFormats(locale: string, t: Translate) {
	const points = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
	const units = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
	const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
	const p = new Intl.NumberFormat(locale, { maximumFractionDigits: 3, minimumFractionDigits: 3 });
	const count = new Intl.NumberFormat(locale);
	return {
		change: (value: number, type: 'proportion' | 'mean') =>
			type === 'proportion' ? t('sentence.points', { value: points.format(value * 100) }) : units.format(value),
		/** An interval's bound: its unit is said once, by the estimate beside it. */
		bound: (value: number, type: 'proportion' | 'mean') => (type === 'proportion' ? points.format(value * 100) : units.format(value)),
		percent: (value: number) => percent.format(value),
		pValue: (value: number | null) => (value === null ? '' : value < 0.001 ? `< ${p.format(0.001)}` : p.format(value)),
		count: (value: number) => count.format(value)
	};
}
