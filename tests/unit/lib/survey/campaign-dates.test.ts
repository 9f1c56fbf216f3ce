import { describe, expect, it } from 'vitest';
import { isOutsideCampaignDates } from '$lib/survey/campaign-dates';

const CAMPAIGN = { startDate: '2026-03-01', endDate: '2026-06-30' };

describe('isOutsideCampaignDates', () => {
	it.each([
		['the first day, at midnight UTC', '2026-03-01T00:00:00.000Z', false],
		['the last day, a moment before midnight UTC', '2026-06-30T23:59:59.999Z', false],
		['a day in the middle', '2026-05-04T10:30:00.000Z', false],
		['the day before the start', '2026-02-28T23:59:59.999Z', true],
		['the day after the end', '2026-07-01T00:00:00.000Z', true],
		['a year earlier', '2025-04-01T12:00:00.000Z', true],
		['an offset that puts it on the day before in UTC', '2026-03-01T01:00:00+02:00', true],
		['an offset that puts it on the day after in UTC', '2026-06-30T23:30:00-01:00', true],
		['an offset that keeps it inside in UTC', '2026-07-01T00:30:00+01:00', false],
		['a time that cannot be read', 'not a time', false],
		['nothing', '', false]
	])('%s: %s → %s', (_, submittedAt, outside) => {
		expect(isOutsideCampaignDates(submittedAt, CAMPAIGN)).toBe(outside);
	});

	it('takes a campaign of one day', () => {
		const oneDay = { startDate: '2026-04-10', endDate: '2026-04-10' };
		expect(isOutsideCampaignDates('2026-04-10T18:00:00Z', oneDay)).toBe(false);
		expect(isOutsideCampaignDates('2026-04-11T00:00:00Z', oneDay)).toBe(true);
	});
});
