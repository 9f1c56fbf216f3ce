import type { Kysely, Transaction } from 'kysely';
import type { CoreAnswers, CoreLanguage, Outcome } from '$lib/core-module';
import type { CustomAnswers } from '$lib/survey/custom-answers';
import { generateOrderedId } from '../crypto';
import type { Channel, Database, ResponsesTable } from '../db/schema';
import { writeAnswerColumns, writeScoreColumns } from './columns';
import { fingerprintAnswers } from './fingerprint';
import { addToSumsBatch, startSumsBatch, writeSumsBatch, type SumsBatch } from '../indicators/sums';
import * as repo from './repository';
import { DomainError } from '../errors';
import type { CollectTarget, TargetCluster } from './target';

/** A checked response (or a survey that ended early), ready to store. */
export interface Submission {
	clientId: string;
	language: string;
	startedAt: string | null;
	submittedAt: string;
	outcome: Outcome;
	core: CoreAnswers;
	custom: CustomAnswers;
	/** Where the response stands in the campaign's design; without it, in the link's cluster if it has one. */
	design?: SubmissionDesign;
}

/** A response's cluster (checked against the campaign's), its own weight (an NGO's import only) and panel code. */
export interface SubmissionDesign {
	cluster: TargetCluster | null;
	weight: number | null;
	panelCode: string | null;
}

/** `id` is null for a survey that ended early: only the count of such endings is kept. */
export interface Stored {
	id: string | null;
	outcome: Outcome;
	duplicate: boolean;
}

export interface StoreContext {
	channel: Channel;
	/** The enumerator (or editor, owner) who collected it; null for a respondent. */
	collectorId: string | null;
	now: Date;
	/** Where the transaction storing several responses gathers their indicator sums; without it, each is added at once. */
	sums?: SumsBatch;
}

/**
 * Stores a response once per submission id and campaign, whatever retries, double taps or replayed queues
 * send; a refusal or a respondent under 15 is only counted. A response that follows a refusal with the same
 * submission id (the respondent went back and agreed) replaces the refusal: counts leave out an ending whose
 * submission id has a response, and housekeeping deletes it, so that this path of every respondent's answers
 * is one statement. Given a transaction (an import stores all its rows or none), it works inside it.
 */
export async function storeSubmission(
	db: Kysely<Database> | Transaction<Database>,
	target: CollectTarget,
	submission: Submission,
	context: StoreContext
): Promise<Stored> {
	const campaignId = target.campaign.id;
	if (submission.outcome !== 'complete') {
		const existing = await repo.findResponseId(db, campaignId, submission.clientId);
		if (existing) return { id: existing, outcome: 'complete', duplicate: true };
		const inserted = await repo.insertEnding(db, {
			campaign_id: campaignId,
			link_id: target.link.id,
			client_id: submission.clientId,
			outcome: submission.outcome,
			// The day it ended, not the day it arrived (an enumerator's phone may have been offline).
			ended_on: submission.submittedAt.slice(0, 10)
		});
		return { id: null, outcome: submission.outcome, duplicate: !inserted };
	}
	const cluster = submission.design?.cluster ?? target.design.linkCluster;
	const panelCode = submission.design?.panelCode ?? null;
	if (panelCode !== null) await requirePanelCodeFree(db, target, panelCode, submission.clientId);
	const id = generateOrderedId(context.now.getTime());
	const row = Object.assign(repo.newResponseRow(), {
		id,
		campaign_id: campaignId,
		link_id: target.link.id,
		survey_version_id: target.version.id,
		core_module_version: target.version.coreModuleVersion,
		wave: target.link.wave,
		group_name: target.link.group,
		language: submission.language,
		mode: target.link.mode,
		channel: context.channel,
		client_id: submission.clientId,
		collected_by_user_id: context.collectorId,
		started_at: submission.startedAt,
		submitted_at: submission.submittedAt,
		received_at: context.now.toISOString(),
		duration_seconds: measureDuration(submission.startedAt, submission.submittedAt),
		custom_answers: JSON.stringify(submission.custom),
		cluster_id: cluster?.id ?? null,
		weight: submission.design?.weight ?? null,
		panel_code: panelCode
	}) as ResponsesTable;
	writeAnswerColumns(row, submission.core);
	row.answers_fingerprint = fingerprintAnswers(row);
	writeScoreColumns(row, submission.core, target.version.definition.settings.signatureMessageCount);
	const inserted = await repo.insertResponse(db, row);
	if (inserted) {
		const sums = context.sums ?? startSumsBatch();
		addToSumsBatch(sums, row, 1, cluster);
		if (!context.sums) await writeSumsBatch(db, sums);
		return { id, outcome: 'complete', duplicate: false };
	}
	return {
		id: (await repo.findResponseId(db, campaignId, submission.clientId)) ?? null,
		outcome: 'complete',
		duplicate: true
	};
}

/** A panel code names one person in a wave and group: another submission with it is refused. */
async function requirePanelCodeFree(
	db: Kysely<Database> | Transaction<Database>,
	target: CollectTarget,
	panelCode: string,
	clientId: string
): Promise<void> {
	const holder = await repo.findPanelCodeHolder(db, target.campaign.id, target.link.wave, target.link.group, panelCode);
	if (holder !== undefined && holder !== clientId)
		throw new DomainError('invalid', 'errors.panel_code_taken', { field: 'panelCode' });
}

/** Whole seconds from start to submission; null when either is unknown, they are out of order or too far apart. */
export function measureDuration(startedAt: string | null, submittedAt: string): number | null {
	if (!startedAt) return null;
	const seconds = Math.round((Date.parse(submittedAt) - Date.parse(startedAt)) / 1000);
	return Number.isFinite(seconds) && seconds >= 0 && seconds <= LONGEST_INTERVIEW_SECONDS ? seconds : null;
}

/**
 * Beyond this an interview's start is no start of it (a device's clock reset, a spreadsheet's zero date): its
 * duration is not known. Thirty days, an interview resumed long after it began included.
 */
const LONGEST_INTERVIEW_SECONDS = 30 * 24 * 3600;
