import type { Kysely } from 'kysely';
import { isPanelCode, normalisePanelCode } from '$lib/design/panel';
import type { Database } from '../db/schema';
import { findClusterByCode } from '../design/repository';
import { DomainError, isDomainError } from '../errors';
import type { InterviewChoice, InterviewNotice } from '$lib/respondents/types';
import type { SubmissionDesign } from '../responses/service';
import type { CollectTarget } from '../responses/target';
import { acceptSubmission, type Accepted, type Acceptance } from './accept';

/** The cluster (one the campaign declared) and panel code a program or an enumerator's form sent; the link's cluster when it names none. */
export async function readSubmissionDesign(
	db: Kysely<Database>,
	target: CollectTarget,
	input: { cluster?: string; panelCode?: string }
): Promise<SubmissionDesign> {
	let cluster = target.design.linkCluster;
	// Anyone may hold a self-completed link: its responses carry its own cluster, never one they name (nor may
	// they learn which codes the campaign declared by trying them).
	if (input.cluster !== undefined && target.link.mode === 'self') {
		if (cluster === null || cluster.code.toLowerCase() !== input.cluster.trim().toLowerCase())
			throw new DomainError('invalid', 'errors.cluster_self_link', { field: 'cluster' });
	} else if (input.cluster !== undefined) {
		const found = await findClusterByCode(db, target.campaign.id, input.cluster);
		if (!found || (cluster !== null && found.id !== cluster.id))
			throw new DomainError('invalid', 'errors.cluster_unknown', { field: 'cluster' });
		cluster = found;
	}
	const panelCode = input.panelCode === undefined ? null : normalisePanelCode(input.panelCode);
	if (panelCode !== null) {
		if (!target.design.panel) throw new DomainError('invalid', 'errors.panel_off', { field: 'panelCode' });
		if (!isPanelCode(panelCode)) throw new DomainError('invalid', 'errors.panel_code_invalid', { field: 'panelCode' });
	}
	return { cluster, weight: null, panelCode };
}

/** The interview form's `_cluster` and `_panel`, trimmed; anything longer than a code can be is cut, then refused. */
export function readInterviewChoice(form: Pick<FormData, 'get'>): InterviewChoice {
	const read = (name: string) =>
		String(form.get(name) ?? '')
			.trim()
			.slice(0, 41);
	return { cluster: read('_cluster'), panelCode: read('_panel') };
}

const NOTICES: Record<string, InterviewNotice> = {
	'errors.cluster_unknown': 'cluster_unknown',
	'errors.panel_code_invalid': 'panel_code_invalid',
	'errors.panel_code_taken': 'panel_code_taken',
	'errors.panel_off': 'panel_off'
};

/** The design's refusal of an interview as its page says it; null for any other error. */
function toInterviewNotice(error: unknown): InterviewNotice | null {
	return isDomainError(error) ? (NOTICES[error.messageKey] ?? null) : null;
}

/** An interview form's cluster and panel code, checked as the collection API checks them. */
export async function checkInterviewChoice(
	db: Kysely<Database>,
	target: CollectTarget,
	choice: InterviewChoice
): Promise<{ ok: true; design: SubmissionDesign } | { ok: false; notice: InterviewNotice }> {
	try {
		const input = { cluster: choice.cluster || undefined, panelCode: choice.panelCode || undefined };
		return { ok: true, design: await readSubmissionDesign(db, target, input) };
	} catch (error) {
		const notice = toInterviewNotice(error);
		if (notice) return { ok: false, notice };
		throw error;
	}
}

/**
 * A form's submission taken as every submission is; a panel code another interview took meanwhile is the design's
 * refusal, said as the interview's page says it.
 */
export async function acceptFormSubmission(
	db: Kysely<Database>,
	acceptance: Acceptance
): Promise<Accepted | { kind: 'design'; notice: InterviewNotice }> {
	try {
		return await acceptSubmission(db, acceptance);
	} catch (error) {
		const notice = toInterviewNotice(error);
		if (notice) return { kind: 'design', notice };
		throw error;
	}
}
