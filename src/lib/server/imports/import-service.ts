import type { Kysely } from 'kysely';
import type { MessageKey } from '$lib/i18n/types';
import type { Database, Group, Wave } from '../db/schema';
import { DomainError } from '../errors';
import { bumpDataVersion } from '../indicators/versions';
import { startSumsBatch, writeSumsBatch } from '../indicators/sums';
import { storeSubmission } from '../responses/service';
import { listClusters, readDesignSettings } from '../design/repository';
import type { DesignContext } from './csv-design';
import { listPanelCodeHolders } from '../responses/repository';
import type { Candidate, CsvFileError, CsvReading } from './csv-import';
import { readResponsesCsvAside } from './csv-thread';
import { takeImportSlot } from './import-slots';
import { findImportTarget, listFresh, type ImportTarget, type LinkChoice } from './import-target';
import { buildImportReport, type ImportReport } from './report';

export type { LinkChoice } from './import-target';
export type { ImportReport, OutsideDates } from './report';

/** The app's request body limit: a CSV of tens of thousands of responses. */
export const RESPONSES_CSV_MAX_BYTES = 5 * 1024 * 1024;

/** The most rows one import reads (errors.csv_too_many_rows says it): a file past it is refused, read no further. */
export const RESPONSES_CSV_MAX_ROWS = 50_000;

export interface ResponsesImport {
	/** The rows' language when the file has no `language` column; may be left out when the survey has one language. */
	language: string | null;
	dryRun: boolean;
	/** Import the rows without problems and leave out the others, rather than nothing while any row has one. */
	skipInvalid?: boolean;
	now?: Date;
	/** Told now and then how many bytes and rows of the file are checked. */
	onProgress?: (progress: { bytes: number; rows: number }) => void;
}

const FILE_ERRORS: Record<CsvFileError, MessageKey> = {
	not_utf8: 'errors.csv_not_utf8',
	empty: 'errors.csv_empty',
	no_rows: 'errors.csv_no_rows',
	malformed: 'errors.csv_malformed',
	too_many_rows: 'errors.csv_too_many_rows'
};

/**
 * Reads a CSV of responses for one collection link (wave × group) of a campaign. A dry run only reports;
 * otherwise every new row is stored in one transaction (all of them or none), rows already stored being
 * skipped: with no problem at all, or, with `skipInvalid`, leaving out the rows that have one (never while
 * the header has one, since no row can be read right then). Owners and editors only, while the campaign is not
 * closed; the link's dates do not matter, as paper forms are often typed in after collection.
 */
export async function importResponsesCsv(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	choice: LinkChoice,
	bytes: Uint8Array,
	options: ResponsesImport
): Promise<ImportReport> {
	const now = options.now ?? new Date();
	return withReading(db, actorId, campaignId, choice, bytes, { ...options, now }, async (target, reading) => {
		const blocked = reading.problemCount > 0 && (!options.skipInvalid || reading.columnProblems > 0);
		if (options.dryRun || blocked) {
			const fresh = await listFresh(db, target, reading.candidates);
			return buildImportReport(reading, fresh, { taken: blocked ? [] : fresh, imported: false, dates: target.dates });
		}
		const stored = await storeCandidates(db, target, reading.candidates, now);
		return buildImportReport(reading, stored, { taken: stored, imported: true, dates: target.dates });
	});
}

/**
 * The rows of a file that an import leaves out for their problems, as a CSV to correct and import again, their
 * reasons in the locale's words (left-out-csv.ts). Read again from the file the user sends, stored nowhere.
 */
export async function exportLeftOutRows(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	choice: LinkChoice,
	bytes: Uint8Array,
	options: { language: string | null; locale: string; now?: Date }
): Promise<{ csv: string; rows: number }> {
	const now = options.now ?? new Date();
	const leftOutCsv = { locale: options.locale };
	return withReading(db, actorId, campaignId, choice, bytes, { ...options, now, leftOutCsv }, async (_, reading) => ({
		csv: reading.leftOutCsv ?? '',
		rows: reading.rowsWithProblems
	}));
}

/** Every new row in one transaction, with the indicator sums they add to: the rows actually stored. */
async function storeCandidates(
	db: Kysely<Database>,
	target: ImportTarget,
	candidates: readonly Candidate[],
	now: Date
): Promise<Candidate[]> {
	return db.transaction().execute(async (trx) => {
		const fresh = await listFresh(trx, target, candidates);
		const added: Candidate[] = [];
		const sums = startSumsBatch();
		for (const candidate of fresh) {
			const outcome = await storeSubmission(trx, target, candidate.submission, {
				channel: 'import',
				collectorId: null,
				now,
				sums
			});
			if (!outcome.duplicate) added.push(candidate);
		}
		await writeSumsBatch(trx, sums);
		if (added.length > 0) await bumpDataVersion(trx, target.campaign.id);
		return added;
	});
}

/** Checks who asks and what came, then reads the file in a worker, holding one of the import places meanwhile. */
async function withReading<T>(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	choice: LinkChoice,
	bytes: Uint8Array,
	options: Pick<ResponsesImport, 'language' | 'onProgress'> & { now: Date; leftOutCsv?: { locale: string } },
	run: (target: ImportTarget, reading: CsvReading) => Promise<T>
): Promise<T> {
	const target = await findImportTarget(db, actorId, campaignId, choice);
	// SvelteKit reads no body from a request without a Content-Type.
	if (bytes.byteLength === 0) throw new DomainError('bad_request', 'errors.csv_body_missing', { field: 'file' });
	if (bytes.byteLength > RESPONSES_CSV_MAX_BYTES)
		throw new DomainError('bad_request', 'errors.csv_too_large', { field: 'file' });
	const languages = target.version.languages;
	if (options.language !== null && !languages.includes(options.language)) {
		throw new DomainError('invalid', 'errors.language_not_offered', { field: 'language' });
	}
	const fallbackLanguage = options.language ?? (languages.length === 1 ? languages[0] : null);
	const release = takeImportSlot();
	if (!release) throw new DomainError('unavailable', 'errors.csv_imports_busy', { field: 'file' });
	try {
		const context = {
			definition: target.version.definition,
			languages,
			fallbackLanguage,
			linkId: target.link.id,
			wave: target.link.wave,
			group: target.link.group,
			now: options.now,
			...(await readDesignContext(db, target.campaign.id)),
			linkCluster: target.design.linkCluster,
			panelHolders: await listPanelCodeHolders(db, target.campaign.id, target.link.wave, target.link.group)
		};
		const result = await readResponsesCsvAside(bytes, context, {
			maxRows: RESPONSES_CSV_MAX_ROWS,
			onProgress: options.onProgress,
			leftOutCsv: options.leftOutCsv
		});
		if (!result.ok)
			throw new DomainError('invalid', FILE_ERRORS[result.error], {
				field: 'file',
				// A line's number as the file's lines are counted, not grouped as a quantity (1503, not 1,503).
				params: { line: result.line === null ? '?' : String(result.line) }
			});
		if (!result.reading.hasLanguageColumn && fallbackLanguage === null)
			throw new DomainError('invalid', 'errors.csv_language_required', { field: 'language' });
		return await run(target, result.reading);
	} finally {
		release();
	}
}

export interface ImportPage {
	campaign: { id: string; title: string };
	link: { id: string; wave: Wave; group: Group };
	/** The languages of the published survey: those rows may be in. */
	languages: string[];
}

/** What the import page of a link shows, for those who may import into it. */
export async function describeImportPage(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	linkId: string
): Promise<ImportPage> {
	const { campaign, link, version } = await findImportTarget(db, actorId, campaignId, { linkId });
	return {
		campaign: { id: campaign.id, title: campaign.title },
		link: { id: link.id, wave: link.wave, group: link.group },
		languages: version.languages
	};
}

/** The campaign's clusters by code in lower case, and whether it follows a panel: what rows are checked against. */
async function readDesignContext(
	db: Kysely<Database>,
	campaignId: string
): Promise<Omit<DesignContext, 'linkCluster' | 'panelHolders'>> {
	const [clusters, settings] = await Promise.all([listClusters(db, campaignId), readDesignSettings(db, campaignId)]);
	const byCode = new Map(
		clusters.map(({ id, code, stratum, weight }) => [code.toLowerCase(), { id, code, stratum, weight }])
	);
	return { clusters: byCode, panel: settings.panel };
}
