import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { getCampaign } from '../campaigns/service';
import { DomainError } from '../errors';
import { EDITORS } from '../organisations/guards';
import { loadWorkbook, readSheet } from '../xlsform/workbook';
import { formatLanguage } from '../xlsform/languages';
import { XLSFORM_MAX_BYTES } from './xlsform';
import { listLanguageTexts, nameKeys, saveLanguageTexts, type LanguageTexts } from './language-texts';

/** The texts as an XLSForm-style sheet: `key`, then a `label::` column for the reference language and for the language. */
export async function writeTranslationSheet(texts: LanguageTexts): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('translations');
	sheet.addRow(['key', `label::${formatLanguage(texts.reference)}`, `label::${formatLanguage(texts.language)}`]);
	for (const item of texts.items) sheet.addRow([item.key, item.reference ?? '', item.text ?? '']);
	sheet.getRow(1).font = { bold: true };
	sheet.columns.forEach((column, index) => (column.width = index === 0 ? 40 : 60));
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * Reads a translated sheet back and saves its texts of `language`, all or none. Every row the survey needs must be
 * there and no other: a sheet from another survey, or cut short, says so instead of half-saving. An empty cell leaves
 * that text as it is.
 */
export async function importTranslationSheet(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	language: string,
	bytes: Uint8Array | 'too_large' | null
): Promise<{ imported: number; texts: LanguageTexts }> {
	await getCampaign(db, actorId, campaignId, EDITORS);
	const current = await listLanguageTexts(db, actorId, campaignId, language);
	if (bytes === 'too_large' || (bytes && bytes.byteLength > XLSFORM_MAX_BYTES))
		throw new DomainError('bad_request', 'errors.xlsform_too_large', { field: 'file' });
	if (!bytes || bytes.byteLength === 0)
		throw new DomainError('bad_request', 'errors.xlsform_not_workbook', { field: 'file' });
	const loaded = await loadWorkbook(bytes);
	if (!loaded.ok) {
		const key = loaded.error === 'too_large' ? 'errors.xlsform_unpacks_too_large' : 'errors.xlsform_not_workbook';
		throw new DomainError('invalid', key);
	}
	const sheet = readSheet(loaded.sheets.survey, 'survey');
	const column = sheet?.columns.find((name) => isColumnOf(name, language));
	if (!sheet || !column || !sheet.columns.some((name) => name.trim().toLowerCase() === 'key')) {
		throw new DomainError('invalid', 'errors.translation_sheet_invalid');
	}
	const textColumn = column.trim().toLowerCase().replace(/\s+/g, ' ');
	const wanted = new Set(current.items.map((item) => item.key));
	const found = new Map<string, string>();
	const extra: string[] = [];
	for (const row of sheet.rows) {
		const key = row.cells.get('key')?.trim();
		if (!key) continue;
		if (!wanted.has(key)) extra.push(key);
		else found.set(key, row.cells.get(textColumn)?.trim() ?? '');
	}
	if (extra.length > 0) {
		throw new DomainError('invalid', 'errors.translation_sheet_extra_rows', {
			params: { count: extra.length, keys: nameKeys(extra) }
		});
	}
	const missing = [...wanted].filter((key) => !found.has(key));
	if (missing.length > 0) {
		throw new DomainError('invalid', 'errors.translation_sheet_missing_rows', {
			params: { count: missing.length, first: missing[0] }
		});
	}
	const texts = Object.fromEntries([...found].filter(([, text]) => text !== ''));
	return {
		imported: Object.keys(texts).length,
		texts: await saveLanguageTexts(db, actorId, campaignId, language, texts)
	};
}

/** `label::Wolof (wo)`, as this sheet and XLSForms write a language's column. */
function isColumnOf(name: string, language: string): boolean {
	const match = /^label\s*::?.*\(([^)]+)\)\s*$/i.exec(name.trim());
	return !!match && match[1].trim().toLowerCase() === language.toLowerCase();
}

/** The download: the campaign's texts of a language as a sheet to translate, named after the campaign and language. */
export async function exportTranslationSheet(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	language: string,
	reference: string | null
): Promise<{ fileName: string; bytes: Uint8Array }> {
	const texts = await listLanguageTexts(db, actorId, campaignId, language, reference);
	return { fileName: `translations-${language}.xlsx`, bytes: await writeTranslationSheet(texts) };
}
