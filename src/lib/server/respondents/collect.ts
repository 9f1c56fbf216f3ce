import type { Kysely } from 'kysely';
import { findBounds, validateResponse, type ResponseProblem } from '$lib/survey/response';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { CLOCK_SKEW_MS } from '../responses/instant';
import type { CollectInput } from '../responses/schema';
import type { Stored, Submission } from '../responses/service';
import { findCollectTarget, type CollectTarget } from '../responses/target';
import { readSubmissionDesign } from './submission-design';
import type { User } from '../users/user';
import { acceptSubmission } from './accept';
import { requireCollectable } from './access';
import { submissionClock } from '$lib/survey/question-rules';

export type BoundedProblem = ResponseProblem & { min: number | null; max: number | null };

export type Collected = { ok: true; stored: Stored } | { ok: false; problems: BoundedProblem[] };

/**
 * One response sent by a program (the enumerators' offline queue, another tool): checked whole, every
 * problem listed. An enumerator's interview done while the link was open may arrive after it closed (a
 * phone that was offline), as long as the campaign is not closed.
 */
export async function collectResponse(
	db: Kysely<Database>,
	token: string,
	input: CollectInput,
	actor: User | null,
	address: string | null,
	now = new Date()
): Promise<Collected> {
	const target = await findCollectTarget(db, token, input.surveyVersion ?? null);
	if (input.surveyVersion !== undefined && target.version.number !== input.surveyVersion) {
		throw new DomainError('invalid', 'errors.survey_version_unknown', { field: 'surveyVersion' });
	}
	const submittedAt = input.submittedAt ?? now.toISOString();
	if (Date.parse(submittedAt) > now.getTime() + CLOCK_SKEW_MS) {
		throw new DomainError('invalid', 'errors.submitted_in_future', { field: 'submittedAt' });
	}
	if (input.startedAt && input.startedAt > submittedAt) {
		throw new DomainError('invalid', 'errors.started_after_submitted', { field: 'startedAt' });
	}
	const collectorId = await requireCollectable(db, target, actor, { now, submittedAt: new Date(submittedAt) });
	if (!target.version.languages.includes(input.language)) {
		throw new DomainError('invalid', 'errors.language_not_offered', { field: 'language' });
	}
	// An interview kept offline is checked as of the day it was given, not the day it arrived.
	const validation = validateResponse(target.version.definition, input.answers, {
		clock: submissionClock(submittedAt)
	});
	if (!validation.ok) {
		const definition = target.version.definition;
		return {
			ok: false,
			problems: validation.problems.map((problem) => ({ ...problem, ...findBounds(definition, problem.item) }))
		};
	}
	const design = await readSubmissionDesign(db, target, input);
	const submission: Submission = {
		clientId: input.clientId,
		language: input.language,
		startedAt: input.startedAt ?? null,
		submittedAt,
		outcome: validation.outcome,
		core: validation.core,
		custom: validation.custom,
		design
	};
	const accepted = await acceptSubmission(db, { target, submission, channel: 'api', collectorId, address, now });
	if (accepted.kind === 'stored') return { ok: true, stored: accepted.stored };
	throw REFUSALS[accepted.kind]();
}

const REFUSALS = {
	address_unknown: () => new DomainError('bad_request', 'errors.address_unknown'),
	too_many: () => new DomainError('too_many_requests', 'errors.too_many_responses'),
	unavailable: () => new DomainError('unavailable', 'errors.database_unavailable')
};
