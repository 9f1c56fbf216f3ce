import type { Kysely } from 'kysely';
import { INDICATORS, PRIMARY_INDICATORS } from '$lib/core-module';
import { filterCampaigns, listFacets } from '$lib/comparison/filters';
import { sortRows } from '$lib/comparison/rows';
import type {
	Comparison,
	ComparisonQuery,
	ComparisonRow,
	ComparisonView,
	Estimate,
	IndicatorComparison,
	Sort
} from '$lib/comparison/types';
import type { ImpactResult } from '$lib/indicators/types';
import type { MessageKey } from '$lib/i18n/types';
import type { Campaign } from '../campaigns/campaign';
import type { Database } from '../db/schema';
import { translator } from '../i18n/catalogues';
import { compareCampaigns } from './compare';
import { listOrganisationNames } from './repository';
import { COMPARABLE_INDICATORS } from './schema';

/**
 * The comparison page: the campaigns the reader may see (their NGO's, or those shared with their donor
 * organisation, found once by the caller) narrowed by the query's filters, the chosen indicator's changes and
 * pool, and each primary indicator's, in the reader's language.
 */
export async function getComparisonView(
	db: Kysely<Database>,
	visible: readonly Campaign[],
	query: ComparisonQuery,
	locale: string
): Promise<ComparisonView> {
	const names = await listOrganisationNames(db, [...new Set(visible.map((campaign) => campaign.organisationId))]);
	const chosen = filterCampaigns(visible, query);
	const ids = chosen.map((campaign) => campaign.id);
	const indicators = [query.indicator, ...PRIMARY_INDICATORS];
	const comparisons = await Promise.all(indicators.map((indicator) => compareCampaigns(db, visible, indicator, ids)));
	const present = (comparison: Comparison) => presentComparison(comparison, chosen, names, query.sort, locale);
	const facets = listFacets(visible);
	const countryNames = new Intl.DisplayNames([locale], { type: 'region' });
	const collator = new Intl.Collator(locale);
	return {
		query,
		facets: {
			countries: facets.countries
				.map((code) => ({ code, name: countryNames.of(code) ?? code }))
				.sort((a, b) => collator.compare(a.name, b.name)),
			channels: facets.channels,
			years: facets.years,
			organisations: facets.organisations
				.map((id) => ({ id, name: names.get(id) ?? id }))
				.sort((a, b) => collator.compare(a.name, b.name))
		},
		visible: visible.length,
		chosen: chosen.length,
		main: present(comparisons[0]),
		primaries: comparisons.slice(1).map(present)
	};
}

function shownImpact(impact: ImpactResult | null): Estimate | null {
	if (!impact || impact.value === null || impact.ciLow === null || impact.ciHigh === null) return null;
	return { value: impact.value, ciLow: impact.ciLow, ciHigh: impact.ciHigh, pValue: impact.pValue };
}

function presentComparison(
	comparison: Comparison,
	campaigns: readonly Campaign[],
	names: Map<string, string>,
	sort: Sort,
	locale: string
): IndicatorComparison {
	const t = translator(locale);
	const titles = new Map(campaigns.map((campaign) => [campaign.id, campaign.title]));
	const rows = comparison.campaigns.map((campaign): ComparisonRow => ({
		id: campaign.id,
		title: campaign.title,
		countries: campaign.countries,
		organisation: names.get(campaign.organisationId) ?? '',
		startDate: campaign.startDate,
		endDate: campaign.endDate,
		n: campaign.n,
		value: campaign.change.value!,
		ciLow: campaign.change.ciLow!,
		ciHigh: campaign.change.ciHigh!,
		pValue: campaign.change.pValue,
		weight: campaign.weight,
		impact: shownImpact(campaign.impact),
		design: campaign.design
	}));
	const { pooled } = comparison;
	return {
		indicator: comparison.indicator,
		name: t(`indicator.${comparison.indicator}.name` as MessageKey),
		type: INDICATORS.find((indicator) => indicator.id === comparison.indicator)!.type,
		rows: sortRows(rows, sort, locale),
		pooled:
			pooled.k >= 2 && pooled.value !== null && pooled.ciLow !== null && pooled.ciHigh !== null
				? {
						k: pooled.k,
						value: pooled.value,
						ciLow: pooled.ciLow,
						ciHigh: pooled.ciHigh,
						pValue: pooled.pValue,
						i2: pooled.i2
					}
				: null,
		excluded: comparison.excluded.map((entry) => ({
			id: entry.id,
			title: titles.get(entry.id) ?? entry.id,
			message: t(`compare.excluded.${entry.reason}` as MessageKey)
		}))
	};
}

/** The indicators a comparison may show, named in the reader's language. */
export function listComparableIndicators(locale: string): { id: string; name: string }[] {
	const t = translator(locale);
	return COMPARABLE_INDICATORS.map((id) => ({ id, name: t(`indicator.${id}.name` as MessageKey) }));
}
