import type { Kysely, Transaction } from 'kysely';
import type { CoreLanguage } from '$lib/core-module';
import { getCampaign } from '../campaigns/service';
import type { Database, Group, Wave } from '../db/schema';
import { DomainError } from '../errors';
import type { MessageKey } from '$lib/i18n/types';
import { listLinks } from '../surveys/repository';
import { type Candidate, type CsvFileError, type IgnoredColumn, type ImportProblem } from './csv-import';
import { readResponsesCsvAside } from './csv-thread';
import { takeImportSlot } from './import-slots';
import * as repo from '../responses/repository';
import { startSumsBatch, writeSumsBatch } from '../indicators/sums';
import { bumpDataVersion } from '../indicators/versions';
import { storeSubmission } from '../responses/service';
import { findCollectTarget, type CollectTarget } from '../responses/target';
import { EDITORS } from '../organisations/guards';

/** The app's request body limit: a CSV of tens of thousands of responses. */
export const RESPONSES_CSV_MAX_BYTES = 5 * 1024 * 1024;

/** The most rows one import reads (errors.csv_too_many_rows says it): a file past it is refused, read no further. */
export const RESPONSES_CSV_MAX_ROWS = 50_000;

/** The collection link to import into: by its id (the pages), or by wave and group (the API). */
export type LinkChoice = { linkId: string } | { wave: Wave; group: Group };

export interface ResponsesImport {
	/** The rows' language when the file has no `language` column; may be left out when the survey has one language. */
	language: CoreLanguage | null;
	dryRun: boolean;
	now?: Date;
	/** Told now and then how many bytes and rows of the file are checked. */
	onProgress?: (progress: { bytes: number; rows: number }) => void;
}

export interface ImportReport {
	rows: number;
	/** The answer codes read, in the file's order. */
	columns: string[];
	/** Metadata, 0/1 option columns and unknown names, none of them read. */
	ignoredColumns: IgnoredColumn[];
	/** The first LISTED_PROBLEMS problems; while there is any, nothing is imported. */
	problems: ImportProblem[];
	problemCount: number;
	rowsWithProblems: number;
	/** Of the rows without problems: refusals (C0 = no) and respondents under 15, only counted, as the survey page does. */
	refusals: number;
	notEligible: number;
	/** Rows whose submission id the campaign already holds: skipped, so a file imported twice adds nothing. */
	alreadyImported: number;
	/** Rows stored by the import (or to be, on a dry run); none while the file has problems. */
	toImport: number;
	imported: boolean;
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
 * otherwise, with no problem at all, every new row is stored in one transaction (all of them or none), rows
 * already stored being skipped. Owners and editors only, while the campaign is not closed; the link's dates
 * do not matter, as paper forms are often typed in after collection.
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
		const context = { definition: target.version.definition, languages, fallbackLanguage, linkId: target.link.id, now };
		const result = await readResponsesCsvAside(bytes, context, {
			maxRows: RESPONSES_CSV_MAX_ROWS,
			onProgress: options.onProgress
		});
		if (!result.ok)
			throw new DomainError('invalid', FILE_ERRORS[result.error], {
				field: 'file',
				params: { line: result.line ?? '?' }
			});
		const { reading } = result;
		if (!reading.hasLanguageColumn && fallbackLanguage === null)
			throw new DomainError('invalid', 'errors.csv_language_required', { field: 'language' });

		const report = (fresh: readonly Candidate[], imported: boolean): ImportReport => ({
			rows: reading.rows,
			columns: reading.columns,
			ignoredColumns: reading.ignoredColumns,
			problems: reading.problems,
			problemCount: reading.problemCount,
			rowsWithProblems: reading.rowsWithProblems,
			refusals: reading.candidates.filter((candidate) => candidate.submission.outcome === 'refused').length,
			notEligible: reading.candidates.filter((candidate) => candidate.submission.outcome === 'not_eligible').length,
			alreadyImported: reading.candidates.length - fresh.length,
			toImport: reading.problemCount > 0 ? 0 : fresh.length,
			imported
		});
		if (options.dryRun || reading.problemCount > 0)
			return report(await listFresh(db, target, reading.candidates), false);

		const stored = await db.transaction().execute(async (trx) => {
			const fresh = await listFresh(trx, target, reading.candidates);
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
		return report(stored, true);
	} finally {
		release();
	}
}

async function findImportTarget(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	choice: LinkChoice
): Promise<CollectTarget> {
	const campaign = await getCampaign(db, actorId, campaignId, EDITORS);
	if (campaign.status === 'closed') throw new DomainError('conflict', 'errors.campaign_closed');
	const link = (await listLinks(db, campaign.id)).find((candidate) =>
		'linkId' in choice
			? candidate.id === choice.linkId
			: candidate.wave === choice.wave && candidate.group === choice.group
	);
	if (!link) throw new DomainError('not_found', 'errors.link_not_found');
	return findCollectTarget(db, link.token);
}

/**
 * The rows not stored yet. A response already there is kept; so is a counted ending, unless the row is a
 * whole response with that id, which replaces it as it does when a respondent goes back past a refusal.
 */
async function listFresh(
	db: Kysely<Database> | Transaction<Database>,
	target: CollectTarget,
	candidates: readonly Candidate[]
): Promise<Candidate[]> {
	const stored = await repo.findStoredClientIds(
		db,
		target.campaign.id,
		candidates.map((candidate) => candidate.submission.clientId)
	);
	return candidates.filter(({ submission }) => {
		if (stored.responses.has(submission.clientId)) return false;
		return submission.outcome === 'complete' || !stored.endings.has(submission.clientId);
	});
}

export interface ImportPage {
	campaign: { id: string; title: string };
	link: { id: string; wave: Wave; group: Group };
	/** The languages of the published survey: those rows may be in. */
	languages: CoreLanguage[];
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
