import type { Kysely } from 'kysely';
import { DIMENSIONS } from '$lib/indicators';
import type { LocalisedReport } from '$lib/results/types';
import type { CampaignAccess } from '../access/campaign';
import type { Database } from '../db/schema';
import { getCampaignReport } from '../indicators/service';
import { localiseReport } from '../indicators/localise';
import { toCsvText } from './csv-text';
import type { Cell } from './responses-rows';

type Indicator = LocalisedReport['indicators'][number];
type Cells = Pick<Indicator, 'cells' | 'changes' | 'impact'>;

const HEADER = [
	'indicator',
	'indicator_name',
	'dimension',
	'level',
	'result',
	'wave',
	'from',
	'to',
	'group',
	'n',
	'value',
	'ci_low',
	'ci_high',
	'p_value',
	'effect_size',
	'effect_size_kind',
	'suppressed',
	'complementary',
	'low_precision',
	'sentence'
];

const number = (value: number | null | undefined): Cell => (value === null || value === undefined ? null : value);

/** Every cell, change and impact of one indicator for all respondents or one level, a row each, in HEADER's order. */
function rowsOf(indicator: Indicator, dimension: string, level: string, results: Cells): Cell[][] {
	const start = [indicator.id, indicator.name, dimension, level];
	return [
		...results.cells.map((cell) => [
			...start,
			'cell',
			cell.wave,
			'',
			'',
			cell.group,
			cell.n,
			number(cell.value),
			number(cell.ciLow),
			number(cell.ciHigh),
			null,
			null,
			'',
			cell.suppressed,
			cell.complementary,
			cell.lowPrecision,
			''
		]),
		...results.changes.map((change) => [
			...start,
			'change',
			'',
			change.from,
			change.to,
			change.group,
			null,
			number(change.value),
			number(change.ciLow),
			number(change.ciHigh),
			number(change.pValue),
			number(change.effectSize),
			change.effectSizeKind,
			change.suppressed,
			change.complementary,
			null,
			change.sentence
		]),
		...(results.impact
			? [
					[
						...start,
						'impact',
						'',
						results.impact.from,
						results.impact.to,
						'',
						null,
						number(results.impact.value),
						number(results.impact.ciLow),
						number(results.impact.ciHigh),
						number(results.impact.pValue),
						null,
						'',
						results.impact.suppressed,
						results.impact.complementary,
						null,
						results.impact.sentence
					]
				]
			: [])
	];
}

export interface IndicatorTable {
	/** HEADER, then every row: counts and shares as numbers, flags as flags, nothing where a value is undefined or hidden. */
	rows: Cell[][];
	filename: (extension: string) => string;
}

/**
 * A campaign's indicator table for those who may read its results (members, donors it is shared with): every
 * indicator's cells, changes and impact, for all respondents and each level of every dimension, shares as
 * fractions, the sentences in the reader's language. Counts a donor may not see are already gone from the report.
 */
export async function buildIndicatorTable(
	db: Kysely<Database>,
	access: CampaignAccess,
	locale: string
): Promise<IndicatorTable> {
	const report = localiseReport(locale, await getCampaignReport(db, access, DIMENSIONS));
	const rows = report.indicators.flatMap((indicator) => [
		...rowsOf(indicator, '', '', indicator),
		...DIMENSIONS.flatMap((dimension) =>
			(indicator.disaggregations[dimension] ?? []).flatMap((level) => rowsOf(indicator, dimension, level.level, level))
		)
	]);
	return {
		rows: [HEADER, ...rows],
		filename: (extension) => `indicators-${access.campaign.id}-${report.generatedAt.slice(0, 10)}.${extension}`
	};
}

/** The indicator table as CSV, UTF-8 with a byte order mark, for Excel. */
export async function exportIndicatorsCsv(
	db: Kysely<Database>,
	access: CampaignAccess,
	locale: string
): Promise<{ filename: string; body: string }> {
	const table = await buildIndicatorTable(db, access, locale);
	return { filename: table.filename('csv'), body: `\uFEFF${toCsvText(table.rows)}` };
}
