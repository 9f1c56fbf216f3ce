import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { selectResponseItems, type Scope } from './repository';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Where a list of changes stands: after the change at data version `version` from `source` (0 the responses, 1
 * the deletions, listed after the responses of the same version) with id `id`; `id` '' before any of them.
 */
export interface SincePosition {
	version: number;
	source: 0 | 1;
	id: string;
}

/** Responses changed after the position, oldest change first: over the (campaign, change version, id) index. */
export function listChangedResponses(db: Db, scope: Scope, after: SincePosition, limit: number) {
	return selectResponseItems(db, scope)
		.select(['r.change_version', 'r.created_version', 'r.change_kind'])
		.where((eb) =>
			// Past the responses of its version when the position is among that version's deletions.
			after.source === 0
				? eb.or([
						eb('r.change_version', '>', after.version),
						eb.and([eb('r.change_version', '=', after.version), eb('r.id', '>', after.id)])
					])
				: eb('r.change_version', '>', after.version)
		)
		.orderBy('r.change_version')
		.orderBy('r.id')
		.limit(limit)
		.execute();
}

export type ChangedResponseRow = Awaited<ReturnType<typeof listChangedResponses>>[number];

/** Deletions after the position, oldest first. */
export function listDeletions(db: Db, scope: Scope, after: SincePosition, limit: number) {
	return db
		.selectFrom('response_deletions')
		.select(['id', 'response_id', 'client_id', 'wave', 'group_name', 'kind', 'deleted_at', 'change_version'])
		.where('campaign_id', '=', scope.campaignId)
		.$if(scope.collectedBy !== null, (q) =>
			q.where((eb) => eb.or([eb('collected_by_user_id', '=', scope.collectedBy), eb('kind', '=', 'purged')]))
		)
		.where((eb) =>
			// Every deletion of its version when the position is among that version's responses.
			after.source === 0
				? eb('change_version', '>=', after.version)
				: eb.or([
						eb('change_version', '>', after.version),
						eb.and([eb('change_version', '=', after.version), eb('id', '>', after.id)])
					])
		)
		.orderBy('change_version')
		.orderBy('id')
		.limit(limit)
		.execute();
}

export type DeletionRow = Awaited<ReturnType<typeof listDeletions>>[number];
