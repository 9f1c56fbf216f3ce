import { sql, type RawBuilder } from 'kysely';
import { CORE_ITEMS } from '$lib/core-module';
import { QUICK_SECONDS } from '$lib/indicators/flags';
import type { ResponseFlag } from '$lib/review/types';
import { columnOf } from '../responses/columns';

/** A battery this long answered all alike is not read: shorter ones (P1–P4, yes or no) may be. */
const STRAIGHTLINE_SMALLEST_BATTERY = 5;

function listBatteries(): string[][] {
	const batteries = new Map<string, string[]>();
	for (const item of CORE_ITEMS) {
		if (!('battery' in item) || !item.battery) continue;
		batteries.set(item.battery, [...(batteries.get(item.battery) ?? []), columnOf(item.id)]);
	}
	return [...batteries.values()].filter((columns) => columns.length >= STRAIGHTLINE_SMALLEST_BATTERY);
}

const ref = (column: string) => sql.ref(`r.${column}`);

function sameThroughout(columns: readonly string[]): RawBuilder<unknown> {
	const [first, ...rest] = columns;
	return sql`(${ref(first)} is not null and ${sql.join(
		rest.map((column) => sql`${ref(column)} = ${ref(first)}`),
		sql` and `
	)})`;
}

/**
 * Each flag as a condition on a response `r` joined to its campaign `c`: the table filters by them and shows
 * them from the same text, so that what is shown and what is found never differ (docs/standard.md §5.7).
 */
export const FLAG_CONDITIONS: Readonly<Record<ResponseFlag, RawBuilder<unknown>>> = {
	quick: sql`(${ref('duration_seconds')} < ${sql.lit(QUICK_SECONDS)})`,
	straightline: sql`(${sql.join(listBatteries().map(sameThroughout), sql` or `)})`,
	placebo: sql`(${ref('e3_p')} = 'yes')`,
	outside_dates: sql`(substr(${ref('submitted_at')}, 1, 10) < ${sql.ref('c.start_date')} or substr(${ref('submitted_at')}, 1, 10) > ${sql.ref('c.end_date')})`,
	duplicate: sql`exists (select 1 from responses as twin where twin.campaign_id = ${ref('campaign_id')} and twin.link_id = ${ref('link_id')} and twin.answers_fingerprint = ${ref('answers_fingerprint')} and twin.id <> ${ref('id')})`
};

/**
 * The condition a filter by the flag adds to a campaign's responses: the same as FLAG_CONDITIONS but for
 * duplicates, found once for the campaign (the fingerprints its links hold twice or more) rather than looked up
 * for each of its responses in turn.
 */
export function filterByFlag(flag: ResponseFlag, campaignId: string): RawBuilder<unknown> {
	if (flag !== 'duplicate') return FLAG_CONDITIONS[flag];
	return sql`(${ref('link_id')}, ${ref('answers_fingerprint')}) in (select link_id, answers_fingerprint from responses where campaign_id = ${campaignId} and answers_fingerprint is not null group by link_id, answers_fingerprint having count(*) > 1)`;
}

/** Each flag as a 0/1 column of a selected row, named `flag_<flag>`. */
export const FLAG_COLUMNS = Object.entries(FLAG_CONDITIONS).map(([flag, condition]) =>
	sql<number>`case when ${condition} then 1 else 0 end`.as(`flag_${flag}`)
);

/** The flags a selected row's `flag_<flag>` columns raise. */
export function readFlags(row: Readonly<Record<string, unknown>>): ResponseFlag[] {
	return (Object.keys(FLAG_CONDITIONS) as ResponseFlag[]).filter((flag) => Number(row[`flag_${flag}`]) === 1);
}
