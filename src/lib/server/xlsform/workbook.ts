import type { LoadedWorkbook, RawRow } from './sheets';
import type { SheetName } from './types';
import { readXlsAside } from './xls-thread';
import { readXlsx } from './xlsx-rows';

export interface SheetRow {
	/** The row number the spreadsheet shows. */
	number: number;
	/** Cell texts by lower-cased column name; empty cells are absent. */
	cells: Map<string, string>;
}

export interface Sheet {
	name: SheetName;
	headerRow: number;
	/** Column names as the file spells them, in order, each once. */
	columns: string[];
	rows: SheetRow[];
}

/** pyxform's spellings of the same columns. */
const COLUMN_ALIASES: Record<string, string> = {
	'list name': 'list_name',
	'list-name': 'list_name',
	relevance: 'relevant',
	'bind::relevant': 'relevant',
	'bind::constraint': 'constraint',
	'bind::required': 'required',
	calculate: 'calculation',
	'bind::calculate': 'calculation',
	'jr:constraintmsg': 'constraint_message',
	'bind::jr:constraintmsg': 'constraint_message',
	'jr:requiredmsg': 'required_message',
	'bind::jr:requiredmsg': 'required_message',
	readonly: 'read_only',
	'bind::readonly': 'read_only',
	'control::appearance': 'appearance'
};

export function normaliseColumn(name: string): string {
	const key = name.trim().toLowerCase().replace(/\s+/g, ' ');
	return COLUMN_ALIASES[key] ?? key;
}

// An .xls workbook is an OLE2 compound file: these are its first bytes.
const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isLegacyWorkbook(bytes: Uint8Array): boolean {
	return bytes.byteLength >= OLE2_SIGNATURE.length && OLE2_SIGNATURE.every((byte, i) => bytes[i] === byte);
}

/**
 * The XLSForm's sheets of an .xlsx workbook, or of an .xls one (older Kobo and ODK forms), read in a worker
 * thread of bounded memory and time. A file that is neither is `not_a_workbook`: the libraries' messages say
 * nothing a user could act on.
 */
export async function loadWorkbook(bytes: Uint8Array): Promise<LoadedWorkbook> {
	return isLegacyWorkbook(bytes) ? readXlsAside(bytes) : readXlsx(bytes);
}

/** The header is the first row with any text; rows with no text at all are left out. */
export function readSheet(raw: readonly RawRow[] | undefined, name: SheetName): Sheet | null {
	let header: Map<number, string> | null = null;
	let headerRow = 0;
	const rows: SheetRow[] = [];
	for (const { number, texts } of raw ?? []) {
		if (texts.length === 0) continue;
		if (!header) {
			header = new Map(texts);
			headerRow = number;
			continue;
		}
		const cells = new Map<string, string>();
		for (const [column, text] of texts) {
			const key = header.get(column);
			if (key !== undefined && !cells.has(normaliseColumn(key))) cells.set(normaliseColumn(key), text);
		}
		if (cells.size > 0) rows.push({ number, cells });
	}
	if (!header) return null;
	const columns = [...new Set(header.values())];
	return { name, headerRow, columns, rows };
}
