import type { Kysely } from 'kysely';
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Database, ReviewState } from '../db/schema';
import { buildCodebook } from './codebook-csv';
import type { ResponsesExport } from './responses-csv';
import { openResponsesTable, type Cell, type ResponsesTable } from './responses-rows';
import { nameRepeatSheets, SHEET_ROWS, sheetName, splitAcrossSheets } from './sheets';

/** How much of a sheet's XML may wait for the zip to compress it, and how much compressed output for the client. */
const WAITING_XML = 4 << 20;
const WAITING_BYTES = 1 << 20;

/** The streams exceljs writes a sheet's XML into: it writes without waiting, and they keep all it is given. */
type Emitter = {
	once(event: string, listener: () => void): unknown;
	off(event: string, listener: () => void): unknown;
};
type SheetEntry = Emitter & { _writableState?: { length: number } };
const entriesOf = (sheet: ExcelJS.Worksheet): SheetEntry[] =>
	(sheet as unknown as { stream: { pipes?: SheetEntry[] } }).stream.pipes ?? [];

function drained(emitter: Emitter, output: PassThrough): Promise<void> {
	return new Promise((resolve) => {
		const done = () => {
			emitter.off('drain', done);
			output.off('close', done);
			resolve();
		};
		emitter.once('drain', done);
		output.once('close', done);
	});
}

/**
 * Resolves once the zip has compressed the sheet's XML but for WAITING_XML and the client has read the output,
 * or the client has left: the next page is read only then, which keeps the export's memory constant.
 */
async function room(sheet: ExcelJS.Worksheet, output: PassThrough): Promise<void> {
	for (;;) {
		if (output.destroyed) return;
		const behind = entriesOf(sheet).find((entry) => (entry._writableState?.length ?? 0) > WAITING_XML);
		if (behind) await drained(behind, output);
		else if (output.writableNeedDrain) await drained(output, output);
		else return new Promise((resolve) => setImmediate(resolve));
	}
}

const asXlsx = (cell: Cell) => (cell === null ? undefined : cell);

/** A table on as many sheets as it takes (`base`, `base 2`, …), each with its header, a page at a time. */
async function writeSheets(
	workbook: ExcelJS.stream.xlsx.WorkbookWriter,
	table: ResponsesTable,
	layout: { base: string; sheetRows: number },
	output: PassThrough
): Promise<void> {
	const capacity = layout.sheetRows - table.headerRows.length;
	let index = 0;
	let used = 0;
	const openSheet = () => {
		const sheet = workbook.addWorksheet(sheetName(layout.base, index));
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
		await room(sheet, output);
	}
	sheet.commit();
}

/**
 * A campaign's raw responses as XLSX, for its owners and editors: the CSV export's columns and rows on a sheet
 * "responses" (continued on "responses 2", … past a sheet's million rows, each with the header), numbers as
 * numbers, and the codebook on a sheet "codebook" in `language`. Written by exceljs' streaming writer a page at a
 * time, as the client reads, in constant memory. Each export is an audit event. `sheetRows` is a sheet's size, header
 * included: Excel's limit unless smaller. Each repeat group's instances follow on a sheet named after the group, a
 * row each, linked to their response by `_parent_index` (KoboToolbox's sheet per repeat).
 */
export async function exportResponsesXlsx(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	options: { hxl: boolean; language: string | null; sheetRows?: number; states?: readonly ReviewState[] | null },
	now = new Date()
): Promise<ResponsesExport> {
	const codebook = await buildCodebook(db, actorId, campaignId, options.language);
	const table = await openResponsesTable(
		db,
		actorId,
		campaignId,
		{ hxl: options.hxl, format: 'xlsx', states: options.states },
		now
	);
	const output = new PassThrough({ highWaterMark: WAITING_BYTES });
	const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
		stream: output,
		useSharedStrings: false,
		useStyles: false
	});
	const sheetRows = options.sheetRows ?? SHEET_ROWS;
	const write = async () => {
		await writeSheets(workbook, table, { base: 'responses', sheetRows }, output);
		const names = nameRepeatSheets(table.repeats.map((repeat) => repeat.code));
		for (const repeat of table.repeats) {
			if (output.destroyed) return;
			await writeSheets(workbook, table.openRepeat(repeat), { base: names.get(repeat.code)!, sheetRows }, output);
		}
		const described = workbook.addWorksheet('codebook');
		for (const row of codebook.rows) described.addRow(row).commit();
		described.commit();
		await workbook.commit();
	};
	write().catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
	return {
		filename: table.filename('xlsx'),
		total: table.total,
		stream: Readable.toWeb(output) as ReadableStream<Uint8Array>
	};
}
