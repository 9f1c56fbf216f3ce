import type { CampaignReport, Sentence, SentenceValue } from '$lib/indicators';
import type { MessageKey } from '$lib/i18n/types';
import { translator } from '../i18n/catalogues';
import type { Comparison } from './compare';

type Translate = ReturnType<typeof translator>;

/** A report's sentences and flags in the reader's language: what the API and the pages show. */
export function localiseReport(locale: string, report: CampaignReport) {
	const t = translator(locale);
	const say = (sentence: Sentence) => localiseSentence(locale, t, sentence);
	const withSentences = <T extends { sentence: Sentence }>(result: T) => ({ ...result, sentence: say(result.sentence) });
	return {
		...report,
		indicators: report.indicators.map((indicator) => ({
			...indicator,
			name: t(`indicator.${indicator.id}.name` as MessageKey),
			changes: indicator.changes.map(withSentences),
			impact: indicator.impact && withSentences(indicator.impact),
			disaggregations: Object.fromEntries(
				Object.entries(indicator.disaggregations).map(([dimension, levels]) => [
					dimension,
					(levels ?? []).map((level) => ({ ...level, changes: level.changes.map(withSentences), impact: level.impact && withSentences(level.impact) }))
				])
			)
		})),
		flags: report.flags.map(({ sentence, ...flag }) => ({ ...flag, message: say(sentence) }))
	};
}

export type LocalisedReport = ReturnType<typeof localiseReport>;

/** A comparison with each campaign's sentence in the reader's language; the pool's I² as a fraction. */
export function localiseComparison(locale: string, comparison: Comparison) {
	const t = translator(locale);
	const { value, ciLow, ciHigh, tau2, i2, k, se, pValue } = comparison.pooled;
	return {
		indicator: comparison.indicator,
		name: t(`indicator.${comparison.indicator}.name` as MessageKey),
		campaigns: comparison.campaigns.map((campaign) => ({
			...campaign,
			change: { ...campaign.change, sentence: localiseSentence(locale, t, campaign.change.sentence) }
		})),
		pooled: { value, ciLow, ciHigh, tau2, i2, k, se, pValue },
		excluded: comparison.excluded.map((entry) => ({ ...entry, message: t(`compare.excluded.${entry.reason}` as MessageKey) }))
	};
}

export function localiseSentence(locale: string, t: Translate, sentence: Sentence): string {
	const params = Object.fromEntries(Object.entries(sentence.params).map(([name, value]) => [name, formatValue(locale, t, value)]));
	return t(sentence.key as MessageKey, params);
}

/** Shares as whole percents, differences in signed points, means to two decimals, names translated. */
function formatValue(locale: string, t: Translate, value: SentenceValue): string {
	if ('percent' in value) return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value.percent);
	if ('points' in value) {
		const points = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(value.points * 100);
		return t('sentence.points', { value: points });
	}
	if ('number' in value) return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, signDisplay: value.signed ? 'exceptZero' : 'auto' }).format(value.number);
	if ('indicator' in value) return t(`indicator.${value.indicator}.name` as MessageKey);
	if ('group' in value) return t(`sentence.group.${value.group}` as MessageKey);
	if ('wave' in value) return t(`wave.${value.wave}` as MessageKey);
	return new Intl.NumberFormat(locale).format(value.count);
}
