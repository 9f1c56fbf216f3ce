import type { Comparison } from '$lib/comparison/types';
import type { MessageKey } from '$lib/i18n/types';
import { translator } from '../i18n/catalogues';
import { localiseSentence } from '../indicators/localise';

/** A comparison with each campaign's sentence in the reader's language; the pool's I² as a fraction. */
export function localiseComparison(locale: string, comparison: Comparison) {
	const t = translator(locale);
	const { value, ciLow, ciHigh, tau2, i2, k, se, pValue } = comparison.pooled;
	return {
		indicator: comparison.indicator,
		name: t(`indicator.${comparison.indicator}.name` as MessageKey),
		campaigns: comparison.campaigns.map((campaign) => ({
			...campaign,
			change: { ...campaign.change, sentence: localiseSentence(locale, t, campaign.change.sentence) },
			impact: campaign.impact && { ...campaign.impact, sentence: localiseSentence(locale, t, campaign.impact.sentence) }
		})),
		pooled: { value, ciLow, ciHigh, tau2, i2, k, se, pValue },
		excluded: comparison.excluded.map((entry) => ({
			...entry,
			message: t(`compare.excluded.${entry.reason}` as MessageKey)
		}))
	};
}
