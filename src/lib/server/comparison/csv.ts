import type { Kysely } from 'kysely';
import type { ComparisonQuery } from '$lib/comparison/types';
import type { Campaign } from '../campaigns/campaign';
import type { Database } from '../db/schema';
import { toCsvText } from '../exports/csv-text';
import type { Cell } from '../exports/responses-rows';
import { translator } from '../i18n/catalogues';
import type { MessageKey } from '$lib/i18n/types';
import { listCampaignsForResults } from '../access/readable';
import { parseComparisonQuery } from './query';
import { getComparisonView } from './service';

const HEADER = [
	'campaign_id',
	'campaign',
	'countries',
	'organisation',
	'start_date',
	'end_date',
	'n',
	'indicator',
	'indicator_name',
	'change',
	'ci_low',
	'ci_high',
	'p_value',
	'weight',
	'i2',
	'impact',
	'impact_ci_low',
	'impact_ci_high',
	'impact_p_value',
	'design'
];

const number = (value: number | null | undefined): Cell => (value === null || value === undefined ? null : value);

/**
 * The comparison's table as CSV, for the same query string as the page: a row per campaign in the page's order,
 * then the pool of the changes (when there is one) with its I²; each campaign's impact where it has a comparison
 * group, not pooled. Proportions as fractions, as the API gives them; numbers as numbers, titles and names as
 * text that no spreadsheet runs. UTF-8 with a byte order mark, for Excel.
 */
export async function exportComparisonCsv(
	db: Kysely<Database>,
	visible: readonly Campaign[],
	query: ComparisonQuery,
	locale: string
): Promise<{ filename: string; body: string }> {
	const { main } = await getComparisonView(db, visible, query, locale);
	const t = translator(locale);
	const indicator = [main.indicator, main.name];
	const rows: Cell[][] = main.rows.map((row) => [
		row.id,
		row.title,
		row.countries.join(' '),
		row.organisation,
		row.startDate,
		row.endDate,
		row.n,
		...indicator,
		number(row.value),
		number(row.ciLow),
		number(row.ciHigh),
		number(row.pValue),
		number(row.weight),
		'',
		number(row.impact?.value),
		number(row.impact?.ciLow),
		number(row.impact?.ciHigh),
		number(row.impact?.pValue),
		row.design
	]);
	if (main.pooled) {
		const { pooled } = main;
		rows.push([
			'',
			t('compare.pooled_row', { k: pooled.k }),
			'',
			'',
			'',
			'',
			'',
			...indicator,
			number(pooled.value),
			number(pooled.ciLow),
			number(pooled.ciHigh),
			number(pooled.pValue),
			1,
			number(pooled.i2),
			'',
			'',
			'',
			'',
			''
		]);
	}
	const today = new Date().toISOString().slice(0, 10);
	return { filename: `comparison-${main.indicator}-${today}.csv`, body: `\uFEFF${toCsvText([HEADER, ...rows])}` };
}

/**
 * The comparison table of the campaigns a user may read, for the comparison page's query string (the page's
 * download and the API's), or the message saying which value of it is wrong.
 */
export async function exportComparisonCsvOf(
	db: Kysely<Database>,
	userId: string,
	params: URLSearchParams,
	locale: string
): Promise<{ ok: true; filename: string; body: string } | { ok: false; reason: MessageKey }> {
	const parsed = parseComparisonQuery(params);
	if (!parsed.ok) return parsed;
	return {
		ok: true,
		...(await exportComparisonCsv(db, await listCampaignsForResults(db, userId), parsed.query, locale))
	};
}
