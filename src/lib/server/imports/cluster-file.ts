import type { ClusterDraft } from '$lib/design/clusters';
import type { ClusterColumn } from '$lib/design/types';
import { CsvTableFailure, readCsvTable, type CsvTableError } from './csv-table';
import { MOST_CLUSTERS } from '../design/schema';

export type ClusterFileError = CsvTableError | 'no_code_column' | 'repeated_column' | 'extra_values' | 'too_many';

export type ClusterFile =
	{ ok: true; drafts: ClusterDraft[] } | { ok: false; error: ClusterFileError; line: number | null };

/** Column names as a spreadsheet may head them, in English or French, whatever their case. */
const HEADERS: Record<string, ClusterColumn> = {
	code: 'code',
	name: 'name',
	nom: 'name',
	stratum: 'stratum',
	strate: 'stratum',
	region: 'stratum',
	région: 'stratum',
	weight: 'weight',
	poids: 'weight'
};

/**
 * The clusters of a CSV file (columns `code`, `name`, `stratum`, `weight`; others ignored), each with its line,
 * unchecked: checkClusters judges their values. At most 5,000 rows are read. A column named twice, or a row with
 * more cells than the header (a decimal comma in a file that commas divide), is refused rather than guessed at.
 */
export async function readClusterFile(bytes: Uint8Array): Promise<ClusterFile> {
	const drafts: ClusterDraft[] = [];
	let columns: (ClusterColumn | null)[] | null = null;
	try {
		for await (const row of readCsvTable([bytes])) {
			if (columns === null) {
				columns = row.cells.map((cell) => HEADERS[cell.trim().toLowerCase()] ?? null);
				if (!columns.includes('code')) return { ok: false, error: 'no_code_column', line: 1 };
				const named = columns.filter((column) => column !== null);
				if (new Set(named).size !== named.length) return { ok: false, error: 'repeated_column', line: 1 };
				continue;
			}
			if (row.cells.slice(columns.length).some((cell) => cell !== ''))
				return { ok: false, error: 'extra_values', line: row.line };
			if (drafts.length === MOST_CLUSTERS) return { ok: false, error: 'too_many', line: row.line };
			const draft: ClusterDraft = { line: row.line, code: '' };
			columns.forEach((column, index) => {
				if (column !== null) draft[column] = row.cells[index] ?? '';
			});
			drafts.push(draft);
		}
	} catch (error) {
		if (error instanceof CsvTableFailure) return { ok: false, error: error.error, line: error.line };
		throw error;
	}
	// A header alone would replace the list with none.
	if (drafts.length === 0) return { ok: false, error: 'no_rows', line: null };
	return { ok: true, drafts };
}
