import type { CampaignFilters } from './types';

/** What a campaign offers to filter on. */
export interface FilterableCampaign {
	countries: readonly string[];
	channels: readonly string[];
	startDate: string;
	organisationId: string;
}

const yearOf = (campaign: FilterableCampaign) => Number(campaign.startDate.slice(0, 4));

/** The campaigns matching every filter given: any of a filter's values will do (two countries: campaigns in either). */
export function filterCampaigns<T extends FilterableCampaign>(campaigns: readonly T[], filters: CampaignFilters): T[] {
	const any = <V>(wanted: readonly V[], test: (value: V) => boolean) => wanted.length === 0 || wanted.some(test);
	return campaigns.filter(
		(campaign) =>
			any(filters.country, (code) => campaign.countries.includes(code)) &&
			any(filters.channel, (channel) => campaign.channels.includes(channel)) &&
			any(filters.year, (year) => yearOf(campaign) === year) &&
			any(filters.organisation, (id) => campaign.organisationId === id)
	);
}

/** The values the visible campaigns have, each once and sorted: the page offers only filters that can match. */
export function listFacets(campaigns: readonly FilterableCampaign[]): {
	countries: string[];
	channels: string[];
	years: number[];
	organisations: string[];
} {
	const sorted = <V>(values: Iterable<V>) => [...new Set(values)].sort();
	return {
		countries: sorted(campaigns.flatMap((campaign) => campaign.countries)),
		channels: sorted(campaigns.flatMap((campaign) => campaign.channels)),
		years: [...new Set(campaigns.map(yearOf))].sort((a, b) => b - a),
		organisations: sorted(campaigns.map((campaign) => campaign.organisationId))
	};
}
