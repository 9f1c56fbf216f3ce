import type { Kysely } from 'kysely';
import type { Channel, Database } from '../db/schema';
import { isDatabaseUnavailable } from '../db/errors';
import type { Stored, Submission } from '../responses/service';
import type { CollectTarget } from '../responses/target';
import { writeResponse } from '../responses/writer';

/** A checked submission to a link, and who sent it from where. */
export interface Acceptance {
	target: CollectTarget;
	submission: Submission;
	channel: Channel;
	/** The enumerator (or editor, owner) who collected it; null for a respondent. */
	collectorId: string | null;
	/** The client's address; null when the request does not carry the one the proxy should have given it. */
	address: string | null;
	now: Date;
}

export type Accepted =
	| { kind: 'stored'; stored: Stored }
	/** The flood limit of the link and address refused it. */
	| { kind: 'too_many' }
	/** A respondent's answers are counted against their address: without it they are not taken. */
	| { kind: 'address_unknown' }
	/** The database was out of reach: nothing was stored. */
	| { kind: 'unavailable' };

/**
 * Where every respondent's or enumerator's submission is taken, whichever way it came (the survey's pages, its
 * last page's fast path, the collection API): counted against its address when a respondent sent it, then
 * written in a shared transaction. Each caller says the result in its own way.
 */
export async function acceptSubmission(db: Kysely<Database>, acceptance: Acceptance): Promise<Accepted> {
	const { target, submission, channel, collectorId, address, now } = acceptance;
	if (collectorId === null && address === null) return { kind: 'address_unknown' };
	try {
		const written = await writeResponse(db, {
			target,
			submission,
			context: { channel, collectorId, now },
			address: address ?? ''
		});
		return 'tooMany' in written ? { kind: 'too_many' } : { kind: 'stored', stored: written };
	} catch (error) {
		if (isDatabaseUnavailable(error)) return { kind: 'unavailable' };
		throw error;
	}
}
