export function formatDateTime(iso: string, locale: string): string {
	return (
		new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(
			new Date(iso)
		) + ' UTC'
	);
}

export function formatDate(iso: string, locale: string): string {
	return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));
}

const NUMBER_STYLES = {
	count: {},
	/** Whole percents: a sentence's shares, a pool's weights and I². */
	percent: { style: 'percent', maximumFractionDigits: 0 },
	/** Percents to a tenth: the results page's shares. */
	percentTenths: { style: 'percent', maximumFractionDigits: 1 },
	/** Differences in percentage points, signed, to a tenth. */
	points: { maximumFractionDigits: 1, signDisplay: 'exceptZero' },
	number: { maximumFractionDigits: 2 },
	signed: { maximumFractionDigits: 2, signDisplay: 'exceptZero' },
	pValue: { minimumFractionDigits: 3, maximumFractionDigits: 3 },
	tenths: { minimumFractionDigits: 1, maximumFractionDigits: 1 },
	/** An intra-cluster correlation, such as 0.052. */
	thousandths: { maximumFractionDigits: 3 },
	/** A line's or a row's number, as a file or a spreadsheet counts them: never grouped (1503, not 1,503). */
	position: { useGrouping: false, maximumFractionDigits: 0 }
} satisfies Record<string, Intl.NumberFormatOptions>;

export type NumberStyle = keyof typeof NUMBER_STYLES;

/** Whether an indicator is a share of respondents or a mean score. */
export type Scale = 'proportion' | 'mean';

// Making a number format costs far more than using one: a report's thousands of sentences share a few.
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number as the reader's language writes it, in one of the styles the pages, exports and sentences use. */
export function formatNumber(value: number, locale: string, style: NumberStyle = 'count'): string {
	const key = `${locale}:${style}`;
	let made = numberFormats.get(key);
	if (!made) {
		made = new Intl.NumberFormat(locale, NUMBER_STYLES[style]);
		numberFormats.set(key, made);
	}
	return made.format(value);
}

/** An estimate on its indicator's scale: a share as a percent to a tenth, a mean to two decimals. */
export function formatEstimate(value: number, scale: Scale, locale: string): string {
	return scale === 'proportion' ? formatNumber(value, locale, 'percentTenths') : formatNumber(value, locale, 'number');
}

/** A change or an interval's bound, signed: a share's in percentage points (the unit left to the words around it), a mean's in its own units. */
export function formatChange(value: number, scale: Scale, locale: string): string {
	return scale === 'proportion' ? formatNumber(value * 100, locale, 'points') : formatNumber(value, locale, 'signed');
}

/** A p-value to three decimals; below 0.001, "< 0.001". */
export function formatPValue(value: number | null, locale: string): string {
	if (value === null) return '';
	return value < 0.001 ? `< ${formatNumber(0.001, locale, 'pValue')}` : formatNumber(value, locale, 'pValue');
}
