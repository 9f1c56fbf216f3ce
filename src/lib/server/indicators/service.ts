import type { Kysely } from 'kysely';
import { buildCampaignReport, DIMENSIONS, type CampaignReport, type Dimension } from '$lib/indicators';
import { attachDesign, buildFrame, describeDesign, SIMPLE_DESIGN } from '$lib/indicators/design';
import { hideSmallCountsIn, SMALLEST_SHOWN_COUNT } from '$lib/indicators/redact';
import { Kept } from '$lib/kept';
import type { CampaignAccess } from '../access/campaign';
import type { Campaign } from '../campaigns/campaign';
import type { Database } from '../db/schema';
import { readDesignPsus } from './design-levels';
import { sumLevelCells } from './level-sums';
import { countPanel } from './repository';
import { readDataVersion } from './versions';

/** Reports kept per process, until the campaign's responses change (its data version, read from the database). */
// A full report with its seven disaggregations is a few MB of objects (and as much again in each language
// it was read in): a few dozen are kept.
const keptReports = new Kept<CampaignReport>(32);

/** What a report is read with: the campaign let in, and whether its reader reads every count or none below 5. */
export type ReportAccess = Pick<CampaignAccess, 'campaign' | 'data'>;

/**
 * A campaign's indicator report as its reader may read it (members every count; donors and the public none below
 * 5): every indicator's cells, changes and impact, each dimension asked, the data-quality flags. Computed from the
 * sums the database keeps, and kept until a response, an import or a deletion changes the campaign's data.
 */
export async function getCampaignReport(
	db: Kysely<Database>,
	access: ReportAccess,
	dimensions: readonly Dimension[],
	now = new Date()
): Promise<CampaignReport> {
	return access.data === 'full'
		? readKeptReport(db, access.campaign, dimensions, now)
		: readRedactedReport(db, access.campaign, dimensions, now);
}

/**
 * The report as donors and the public read it: the cells hidden are chosen from the report split by every
 * dimension, whichever are asked, so that no view gives what another hides.
 */
async function readRedactedReport(
	db: Kysely<Database>,
	campaign: Campaign,
	dimensions: readonly Dimension[],
	now: Date
): Promise<CampaignReport> {
	return hideSmallCountsIn(await readKeptReport(db, campaign, DIMENSIONS, now, 'shared'), dimensions);
}

/**
 * The full report of a campaign already let in (counts below 5 included), kept until its data version moves.
 * `shared`: as donors and the public read it, a complex design's frame leaves out the waves and groups whose
 * respondents (1 to 4) they are not told, so that its PSUs and degrees of freedom (which every interval carries)
 * count only respondents they may count.
 */
async function readKeptReport(
	db: Kysely<Database>,
	campaign: Campaign,
	dimensions: readonly Dimension[],
	now: Date,
	view: 'full' | 'shared' = 'full'
): Promise<CampaignReport> {
	const version = await readDataVersion(db, campaign.id);
	const key = `${campaign.id}:${version}:${view}:${[...dimensions].sort().join(',')}`;
	const cached = keptReports.get(key);
	if (cached) return cached;
	// Sex and age band always: the data-quality flags compare the waves' samples by them.
	const needed = [...new Set<Dimension>([...dimensions, 'sex', 'age_band'])];
	const [rolled, designRows, panel] = await Promise.all([
		sumLevelCells(db, campaign.id, [null, ...needed]),
		readDesignPsus(db, campaign.id),
		countPanel(db, campaign.id)
	]);
	// Under a complex design (§4.6) every cell also gets its PSUs' sums, from the design's own rows.
	const hidden =
		view === 'shared'
			? new Set(
					rolled[0]
						.filter((cell) => cell.respondents > 0 && cell.respondents < SMALLEST_SHOWN_COUNT)
						.map((cell) => `${cell.wave}:${cell.group}`)
				)
			: new Set<string>();
	const framed = designRows.filter((row) => !hidden.has(`${row.wave}:${row.group}`));
	const shownTotals = rolled[0].filter((cell) => !hidden.has(`${cell.wave}:${cell.group}`));
	const frame = designRows.length > 0 ? buildFrame(framed, countRespondents(shownTotals)) : undefined;
	const [totals, ...byDimension] = frame
		? rolled.map((cells, i) => attachDesign(cells, framed, i === 0 ? null : needed[i - 1]))
		: rolled;
	const report = buildCampaignReport(
		{
			campaignId: campaign.id,
			generatedAt: now.toISOString(),
			totals,
			byDimension: Object.fromEntries(needed.map((dimension, i) => [dimension, byDimension[i]])),
			regions: campaign.regions.map((region) => region.code),
			frame,
			design: frame
				? describeDesign(
						framed,
						frame,
						(panel ?? []).some((count) => count.baseline > 0)
					)
				: SIMPLE_DESIGN,
			panel
		},
		dimensions
	);
	keptReports.set(key, report);
	return report;
}

function countRespondents(totals: readonly { respondents: number }[]): number {
	return totals.reduce((sum, cell) => sum + cell.respondents, 0);
}
