import type { CampaignSettings } from '$lib/core-module/types';
import { RESPONDENT } from './responses';

/** The core settings of the fixture campaign (`campaignBody`): two regions, two signature messages. */
export const FIXTURE_SETTINGS: CampaignSettings = { regions: ['tamba', 'kolda'], signatureMessageCount: 2 };

export type CsvRecord = Readonly<Record<string, string>>;

/** A response's answers as CSV cells: lists joined by a space, as docs/standard.md §2b says. */
export function toCells(answers: Readonly<Record<string, unknown>>): Record<string, string> {
	return Object.fromEntries(
		Object.entries(answers).map(([code, value]) => [code, Array.isArray(value) ? value.join(' ') : String(value)])
	);
}

/** A CSV file as spreadsheets write it: a header, then a row per record, quoting what needs it. */
export function buildCsv(
	records: readonly CsvRecord[],
	options: { delimiter?: string; header?: readonly string[]; newline?: string } = {}
): string {
	const delimiter = options.delimiter ?? ',';
	const header = options.header ?? [...new Set(records.flatMap((record) => Object.keys(record)))];
	const quote = (cell: string) =>
		/["\n\r]/.test(cell) || cell.includes(delimiter) ? `"${cell.replaceAll('"', '""')}"` : cell;
	const lines = [header, ...records.map((record) => header.map((column) => record[column] ?? ''))];
	return (
		lines.map((cells) => cells.map(quote).join(delimiter)).join(options.newline ?? '\n') + (options.newline ?? '\n')
	);
}

const SEXES = ['female', 'male', 'other_or_dk'] as const;
const KNOWLEDGE = ['true', 'false', 'dk'] as const;

/**
 * `count` valid, varied responses of adults (18 to 77) for the fixture campaign, each with its own submission id: the
 * ages, sexes, regions and knowledge answers turn over, so the rows differ as real ones do.
 */
export function generateResponses(count: number, prefix = 'uuid:row'): Record<string, string>[] {
	return Array.from({ length: count }, (_, index) => ({
		'meta/instanceID': `${prefix}-${String(index).padStart(6, '0')}`,
		...toCells({
			...RESPONDENT,
			D1: SEXES[index % 3],
			D2: 18 + (index % 60),
			D3: index % 2 === 0 ? 'tamba' : 'kolda',
			K1: KNOWLEDGE[index % 3],
			K4: KNOWLEDGE[(index + 1) % 3],
			I1: 1 + (index % 5)
		})
	}));
}
