import type { ClusterDraft } from '$lib/design/clusters';
import type { ClusterColumn } from '$lib/design/types';
import { CsvTableFailure, readCsvTable, type CsvTableError } from './csv-table';
import { MOST_CLUSTERS } from '../design/schema';

export type ClusterFileError = CsvTableError | 'no_code_column' | 'too_many';

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
 * unchecked: checkClusters judges their values. At most 5,000 rows are read.
 */
export async function readClusterFile(bytes: Uint8Array): Promise<ClusterFile> {
	const drafts: ClusterDraft[] = [];
	let columns: (ClusterColumn | null)[] | null = null;
	try {
		for await (const row of readCsvTable([bytes])) {
			if (columns === null) {
				columns = row.cells.map((cell) => HEADERS[cell.trim().toLowerCase()] ?? null);
				if (!columns.includes('code')) return { ok: false, error: 'no_code_column', line: 1 };
				continue;
			}
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
	return { ok: true, drafts };
}
