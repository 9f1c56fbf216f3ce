import type { Kysely } from 'kysely';
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Database } from '../db/schema';
import { buildCodebook } from './codebook-csv';
import type { ResponsesExport } from './responses-csv';
import { openResponsesTable, type Cell } from './responses-rows';
import { SHEET_ROWS, sheetName, splitAcrossSheets } from './sheets';

/** How much compressed output may wait for the client before the next page is read: the export's memory. */
const WAITING_BYTES = 1 << 20;

/** Resolves once the output has room again (the client read it), or is gone (the client left). */
function room(output: PassThrough): Promise<void> {
	if (output.destroyed) return Promise.resolve();
	// Even with room, a turn of the event loop lets the zip compress and send what the last page wrote.
	if (!output.writableNeedDrain) return new Promise((resolve) => setImmediate(resolve));
	return new Promise((resolve) => {
		const done = () => {
			output.off('drain', done).off('close', done);
			resolve();
		};
		output.on('drain', done).on('close', done);
	});
}

const asXlsx = (cell: Cell) => (cell === null ? undefined : cell);

/**
 * A campaign's raw responses as XLSX, for its owners and editors: the CSV export's columns and rows on a sheet
 * "responses" (continued on "responses 2", … past a sheet's million rows, each with the header), numbers as
 * numbers, and the codebook on a sheet "codebook" in `language`. Written by exceljs' streaming writer a page at a
 * time, as the client reads, in constant memory. Each export is an audit event.
 */
export async function exportResponsesXlsx(db: Kysely<Database>, actorId: string, campaignId: string, options: { hxl: boolean; language: string | null }, now = new Date()): Promise<ResponsesExport> {
	const codebook = await buildCodebook(db, actorId, campaignId, options.language);
	const table = await openResponsesTable(db, actorId, campaignId, { hxl: options.hxl }, now);
	const output = new PassThrough({ highWaterMark: WAITING_BYTES });
	const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useSharedStrings: false, useStyles: false });
	const capacity = SHEET_ROWS - table.headerRows.length;

	const write = async () => {
		let index = 0;
		let used = 0;
		const openSheet = () => {
			const sheet = workbook.addWorksheet(sheetName('responses', index));
			for (const row of table.headerRows) sheet.addRow(row).commit();
			return sheet;
		};
		let sheet = openSheet();
		for await (const page of table.pages()) {
			if (output.destroyed) return;
			let start = 0;
			for (const [piece, size] of splitAcrossSheets(used, page.length, capacity).entries()) {
				if (piece > 0) {
					sheet.commit();
					index++;
					used = 0;
					sheet = openSheet();
				}
				for (const row of page.slice(start, start + size)) sheet.addRow(row.map(asXlsx)).commit();
				start += size;
				used += size;
			}
			await room(output);
		}
		sheet.commit();
		const described = workbook.addWorksheet('codebook');
		for (const row of codebook.rows) described.addRow(row).commit();
		described.commit();
		await workbook.commit();
	};
	write().catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
	return { filename: table.filename('xlsx'), total: table.total, stream: Readable.toWeb(output) as ReadableStream<Uint8Array> };
}
