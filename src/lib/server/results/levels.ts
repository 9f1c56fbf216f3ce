import { CORE_TEXTS, findOptionTextKey, getItem, isCoreLanguage, isCoreTextKey, type ItemId } from '$lib/core-module';
import type { Dimension } from '$lib/indicators';
import type { Campaign } from '../campaigns/campaign';

/** The core items whose own options are a dimension's levels; the others' levels are yes, no and don't know. */
const ITEMS: Partial<Record<Dimension, ItemId>> = { sex: 'D1', education: 'D4' };

/**
 * Each level's name as the core module labels the answer, in the reader's language (English where the core
 * module has no text in it); regions by the campaign's names; age bands as the numbers they are.
 */
export function labelLevels(
	locale: string,
	dimension: Dimension,
	campaign: Pick<Campaign, 'regions'>,
	levels: readonly string[]
): Record<string, string> {
	const texts = CORE_TEXTS[isCoreLanguage(locale) ? locale : 'en'];
	const label = (level: string): string => {
		if (dimension === 'region') return campaign.regions.find((region) => region.code === level)?.name ?? level;
		if (dimension === 'age_band') return level.replace('-', '–');
		const item = ITEMS[dimension];
		const key = item ? findOptionTextKey(getItem(item), level) : `answer.${level}`;
		return (key && isCoreTextKey(key) && texts[key]) || level;
	};
	return Object.fromEntries(levels.map((level) => [level, label(level)]));
}

/** The levels of a dimension found in any of the report's indicators. */
export function listReportLevels(
	report: { indicators: { disaggregations: Partial<Record<string, { level: string }[]>> }[] },
	dimension: Dimension
): string[] {
	return [
		...new Set(
			report.indicators.flatMap((indicator) => (indicator.disaggregations[dimension] ?? []).map((level) => level.level))
		)
	];
}
