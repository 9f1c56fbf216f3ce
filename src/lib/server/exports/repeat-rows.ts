import type { Kysely } from 'kysely';
import type { Database, ReviewState } from '../db/schema';
import type { RepeatColumns } from './answer-columns';
import { customCell, hxlOf, type Cell } from './cells';
import type { ExportedRow } from './repository';
import { readResponsePages } from './response-pages';
import type { ResponsesTable } from './responses-rows';

/**
 * The columns before a repeat group's members, as KoboToolbox names them: the instance's row, the response it
 * belongs to (its `client_id`, the responses' table's own id), and that table's name.
 */
export const REPEAT_COLUMNS = ['_index', '_parent_index', '_parent_table_name'] as const;
const REPEAT_HXL = ['#meta+index', '#meta+parent+id', '#meta+parent+table'];

/** The name of the table (and sheet) whose rows a repeat group's instances belong to. */
export const PARENT_TABLE = 'responses';

/**
 * A repeat group's instances as a table of their own, one row per instance of each response (in the responses'
 * order), numbered from 1 in `_index`; their members' answers written as the responses' table writes custom
 * answers. `total` stays the number of responses read.
 */
export function openRepeatTable(
	db: Kysely<Database>,
	parent: Pick<ResponsesTable, 'total' | 'optionsOf' | 'filename'> & { campaignId: string },
	repeat: RepeatColumns,
	options: { hxl: boolean; states: readonly ReviewState[] | null }
): ResponsesTable {
	const headerRows = [[...REPEAT_COLUMNS, ...repeat.members]];
	if (options.hxl) headerRows.push([...REPEAT_HXL, ...repeat.members.map(hxlOf)]);
	return {
		headerRows,
		total: parent.total,
		async *pages() {
			const toRows = listInstanceRows(repeat);
			for await (const rows of readResponsePages(db, parent.campaignId, options.states)) yield rows.flatMap(toRows);
		},
		filename: parent.filename,
		optionsOf: parent.optionsOf
	};
}

/** A response's rows in the group's table, numbered on from the rows of the responses read before it. */
function listInstanceRows(repeat: RepeatColumns): (row: ExportedRow) => Cell[][] {
	let index = 0;
	return (row) => {
		const custom = JSON.parse(row.custom_answers) as Record<string, unknown>;
		const instances = custom[repeat.code];
		if (!Array.isArray(instances)) return [];
		return instances
			.filter((instance): instance is Record<string, unknown> => typeof instance === 'object' && instance !== null)
			.map((instance) => [
				++index,
				row.client_id,
				PARENT_TABLE,
				...repeat.members.map((member) => customCell(instance[member]))
			]);
	};
}
