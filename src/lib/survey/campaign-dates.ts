/** A campaign's dates as it registers them: YYYY-MM-DD, both days included. */
export interface CampaignDates {
	startDate: string;
	endDate: string;
}

/**
 * Whether a response was submitted on a day outside its campaign's dates: the day of `submittedAt` in UTC,
 * compared with the start and end days, both included (docs/standard.md §5.7, `outside_dates`). Such a
 * response is kept and flagged for review, never refused: paper forms are often dated loosely, and a late
 * survey may be right. A time that cannot be read is not flagged, since nothing can be said of it.
 */
export function isOutsideCampaignDates(submittedAt: string, campaign: CampaignDates): boolean {
	const time = Date.parse(submittedAt);
	if (!Number.isFinite(time)) return false;
	const day = new Date(time).toISOString().slice(0, 10);
	return day < campaign.startDate || day > campaign.endDate;
}
