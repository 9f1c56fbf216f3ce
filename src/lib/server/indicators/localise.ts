import type {
	CampaignReport,
	ChangeResult,
	Flag,
	ImpactResult,
	IndicatorResult,
	Sentence,
	SentenceValue
} from '$lib/indicators';
import { formatChange, formatNumber } from '$lib/i18n/format';
import type { MessageKey } from '$lib/i18n/types';
import type { LocalisedFlag, LocalisedIndicator, LocalisedReport } from '$lib/results/types';
import { translator } from '../i18n/catalogues';

type Translate = ReturnType<typeof translator>;

/** A report's sentences and flags in the reader's language: what the API and the pages show. */
export function localiseReport(locale: string, report: CampaignReport): LocalisedReport {
	// Kept reports are the same objects until their data changes: each is put in each language once.
	return localiseOnce(locale, report, () => ({
		...report,
		indicators: report.indicators.map((indicator) => localiseIndicator(locale, indicator)),
		flags: localiseFlags(locale, report.flags)
	}));
}

// Reports made again after a new response share the results of every level it did not change (see
// `reportIndicator`): those are put in each language once too.
const localisedResults = new WeakMap<object, Map<string, unknown>>();

function localiseOnce<T extends object, U>(locale: string, result: T, localise: (result: T) => U): U {
	let languages = localisedResults.get(result);
	if (!languages) {
		languages = new Map();
		localisedResults.set(result, languages);
	}
	if (!languages.has(locale)) languages.set(locale, localise(result));
	return languages.get(locale) as U;
}

/** One indicator of a report, its name and sentences in the reader's language. */
export function localiseIndicator(locale: string, indicator: IndicatorResult): LocalisedIndicator {
	return localiseOnce(locale, indicator, () => {
		const t = translator(locale);
		const withSentences = <T extends { sentence: Sentence }>(result: T) => ({
			...result,
			sentence: localiseSentence(locale, t, result.sentence)
		});
		const changesIn = (changes: readonly ChangeResult[]) =>
			localiseOnce(locale, changes, (all) => all.map(withSentences));
		const impactIn = (impact: ImpactResult | null) => impact && localiseOnce(locale, impact, withSentences);
		return {
			...indicator,
			name: t(`indicator.${indicator.id}.name` as MessageKey),
			changes: changesIn(indicator.changes),
			impact: impactIn(indicator.impact),
			disaggregations: Object.fromEntries(
				Object.entries(indicator.disaggregations).map(([dimension, levels]) => [
					dimension,
					(levels ?? []).map((level) => ({
						...level,
						changes: changesIn(level.changes),
						impact: impactIn(level.impact)
					}))
				])
			)
		};
	});
}

/** A report's data-quality flags, each with its message in the reader's language. */
export function localiseFlags(locale: string, flags: readonly Flag[]): LocalisedFlag[] {
	const t = translator(locale);
	return flags.map(({ sentence, ...flag }) => ({ ...flag, message: localiseSentence(locale, t, sentence) }));
}

export function localiseSentence(locale: string, t: Translate, sentence: Sentence): string {
	const params = Object.fromEntries(
		Object.entries(sentence.params).map(([name, value]) => [name, formatValue(locale, t, value)])
	);
	return t(sentence.key as MessageKey, params);
}

/** Shares as whole percents, differences in signed points, means to two decimals, names translated. */
function formatValue(locale: string, t: Translate, value: SentenceValue): string {
	if ('percent' in value) return formatNumber(value.percent, locale, 'percent');
	if ('points' in value) return t('sentence.points', { value: formatChange(value.points, 'proportion', locale) });
	if ('number' in value) return formatNumber(value.number, locale, value.signed ? 'signed' : 'number');
	if ('indicator' in value) return t(`indicator.${value.indicator}.name` as MessageKey);
	if ('group' in value) return t(`sentence.group.${value.group}` as MessageKey);
	if ('wave' in value) return t(`wave.${value.wave}` as MessageKey);
	return formatNumber(value.count, locale);
}
