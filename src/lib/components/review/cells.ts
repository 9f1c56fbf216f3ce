import type { I18n } from '$lib/i18n/context';
import { formatDateTime } from '$lib/i18n/format';
import { RESPONDENT_LANGUAGE_NAMES } from '$lib/languages';
import { FILTER_PARAMS, type FilterParam } from '$lib/review/columns';
import { formatCodes } from '$lib/review/questions';
import type { Group, ResponseFlag, ResponseItem, ReviewState, Wave } from '$lib/review/types';
import type { LinkSummary } from '$lib/review/views';

/** How long a response took, in minutes and seconds; empty when its start time is unknown. */
export function formatDuration(i18n: I18n, seconds: number | null): string {
	if (seconds === null) return '';
	const minutes = Math.floor(seconds / 60);
	const rest = seconds % 60;
	return minutes > 0
		? i18n.t('review.duration_minutes', { minutes, seconds: rest })
		: i18n.t('review.duration_seconds', { seconds: rest });
}

export function describeLink(i18n: I18n, link: Pick<LinkSummary, 'wave' | 'group'>): string {
	return `${i18n.t(`wave.${link.wave}`)} · ${i18n.t(`group.${link.group}`)}`;
}

/** One cell of the responses table as text (the state and the flags have badges of their own). */
export function describeCell(
	i18n: I18n,
	item: ResponseItem,
	column: string,
	links: ReadonlyMap<string, LinkSummary>
): string {
	switch (column) {
		case 'submitted':
			return formatDateTime(item.submittedAt, i18n.locale.code);
		case 'wave':
			return i18n.t(`wave.${item.wave}`);
		case 'group':
			return i18n.t(`group.${item.group}`);
		case 'link': {
			const link = links.get(item.linkId);
			return link ? describeLink(i18n, link) : '';
		}
		case 'mode':
			return i18n.t(`review.mode.${item.mode}`);
		case 'language':
			return RESPONDENT_LANGUAGE_NAMES[item.language] ?? item.language;
		case 'duration':
			return formatDuration(i18n, item.durationSeconds);
		case 'state':
			return i18n.t(`review.state.${item.state}`);
		case 'flags':
			return item.flags.map((flag) => i18n.t(`review.flag.${flag}`)).join(', ');
		default:
			return formatCodes(item.answers[column]);
	}
}

/** A column's heading: the table's own words, or the answer's code. */
export function describeColumn(i18n: I18n, column: string): string {
	switch (column) {
		case 'submitted':
		case 'wave':
		case 'group':
		case 'link':
		case 'mode':
		case 'language':
		case 'duration':
		case 'state':
		case 'flags':
			return i18n.t(`review.column.${column}`);
		default:
			return column;
	}
}

/** The filters in force, each as `Name: value`, to say what a bulk review covers. */
export function describeFilter(
	i18n: I18n,
	filter: Record<FilterParam, string>,
	links: ReadonlyMap<string, LinkSummary>
): string[] {
	const value = (name: FilterParam, raw: string): string => {
		switch (name) {
			case 'link': {
				const link = links.get(raw);
				return link ? describeLink(i18n, link) : raw;
			}
			case 'flag':
				return i18n.t(`review.flag.${raw as ResponseFlag}`);
			case 'state':
				return i18n.t(`review.state.${raw as ReviewState}`);
			case 'wave':
				return i18n.t(`wave.${raw as Wave}`);
			case 'group':
				return i18n.t(`group.${raw as Group}`);
			case 'mode':
				return i18n.t(`review.mode.${raw as 'self' | 'enumerator'}`);
			case 'language':
				return RESPONDENT_LANGUAGE_NAMES[raw] ?? raw;
			default:
				return raw;
		}
	};
	return FILTER_PARAMS.filter((name) => filter[name]).map((name) =>
		i18n.t('review.named', { name: i18n.t(`review.filter.${name}`), value: value(name, filter[name]) })
	);
}
