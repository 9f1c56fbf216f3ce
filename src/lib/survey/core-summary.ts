import {
	CORE_ITEMS,
	CORE_TEXTS,
	findBatteryTextKeys,
	findItemTextKeys,
	isCoreLanguage,
	isInCampaign,
	type CoreLanguage
} from '../core-module';

export interface CoreItemSummary {
	id: string;
	/** The question as a respondent reads it; for a battery's items, the battery's question before it. */
	text: string;
	/** E3's items show one of the campaign's messages. */
	slot: { type: 'signature'; index: number } | { type: 'placebo' } | null;
}

/** The core items a campaign's survey asks, in order, in `language` when the core module has it, else English. */
export function summariseCoreModule(
	language: string,
	signatureMessageCount: number
): { language: CoreLanguage; items: CoreItemSummary[] } {
	const lang: CoreLanguage = isCoreLanguage(language) ? language : 'en';
	const texts = CORE_TEXTS[lang];
	const items = CORE_ITEMS.filter((item) => isInCampaign(item, { signatureMessageCount })).map((item) => {
		const own = findItemTextKeys(item, 'self').text;
		const battery = findBatteryTextKeys(item)?.text;
		const text = [battery && texts[battery], own && texts[own]].filter(Boolean).join(' ');
		const slot = item.kind === 'yes_no_dk' && item.slot ? item.slot : null;
		return { id: item.id, text, slot };
	});
	return { language: lang, items };
}

/** The core items a custom question's show-if rule may look at: sex, age, region, schooling, travel, exposure, wish to migrate. */
export const SHOW_IF_CORE_ITEMS = ['D1', 'D2', 'D3', 'D4', 'D5', 'E1', 'M1'] as const;
