import { describe, expect, it } from 'vitest';
import { filterCampaigns, listFacets } from '$lib/comparison/filters';
import type { CampaignFilters } from '$lib/comparison/types';

const CAMPAIGNS = [
	{ id: 'radio-sn', countries: ['SN'], channels: ['radio'], startDate: '2026-02-01', organisationId: 'ngo-a' },
	{
		id: 'theatre-ml',
		countries: ['ML'],
		channels: ['community_event'],
		startDate: '2025-03-01',
		organisationId: 'ngo-a'
	},
	{
		id: 'schools-ci-gn',
		countries: ['CI', 'GN'],
		channels: ['school', 'radio'],
		startDate: '2026-02-15',
		organisationId: 'ngo-b'
	},
	{ id: 'online-ne', countries: ['NE'], channels: ['social_media'], startDate: '2024-04-01', organisationId: 'ngo-b' }
];

const none: CampaignFilters = { country: [], channel: [], year: [], organisation: [] };

describe('filtering the campaigns compared', () => {
	it.each([
		{ name: 'no filter keeps all', filters: none, ids: ['radio-sn', 'theatre-ml', 'schools-ci-gn', 'online-ne'] },
		{ name: 'one country', filters: { ...none, country: ['SN'] }, ids: ['radio-sn'] },
		{
			name: 'two countries keep campaigns in either',
			filters: { ...none, country: ['SN', 'ML'] },
			ids: ['radio-sn', 'theatre-ml']
		},
		{
			name: 'a campaign in several countries matches any of them',
			filters: { ...none, country: ['GN'] },
			ids: ['schools-ci-gn']
		},
		{ name: 'a channel among several', filters: { ...none, channel: ['radio'] }, ids: ['radio-sn', 'schools-ci-gn'] },
		{ name: 'the year it started', filters: { ...none, year: [2026] }, ids: ['radio-sn', 'schools-ci-gn'] },
		{ name: 'the organisation', filters: { ...none, organisation: ['ngo-b'] }, ids: ['schools-ci-gn', 'online-ne'] },
		{
			name: 'filters together narrow',
			filters: { ...none, country: ['SN', 'CI'], channel: ['radio'], organisation: ['ngo-b'] },
			ids: ['schools-ci-gn']
		},
		{ name: 'nothing matches', filters: { ...none, country: ['SN'], year: [2024] }, ids: [] }
	])('$name', ({ filters, ids }) => {
		expect(filterCampaigns(CAMPAIGNS, filters).map((campaign) => campaign.id)).toEqual(ids);
	});
});

describe('the filters offered', () => {
	it('are the values the visible campaigns have, each once, sorted (years newest first)', () => {
		expect(listFacets(CAMPAIGNS)).toEqual({
			countries: ['CI', 'GN', 'ML', 'NE', 'SN'],
			channels: ['community_event', 'radio', 'school', 'social_media'],
			years: [2026, 2025, 2024],
			organisations: ['ngo-a', 'ngo-b']
		});
	});

	it('are empty without campaigns', () => {
		expect(listFacets([])).toEqual({ countries: [], channels: [], years: [], organisations: [] });
	});
});
