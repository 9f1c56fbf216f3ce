import type { Kysely } from 'kysely';
import type { ResponseChange, ResponseChangesPage } from '$lib/review/types';
import type { CampaignAccess } from '../access/campaign';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { readDataVersion } from '../indicators/versions';
import {
	listChangedResponses,
	listDeletions,
	type ChangedResponseRow,
	type DeletionRow,
	type SincePosition
} from './changes-repository';
import { toResponseItem } from './item';
import { decideReviewRights } from './rights';
import type { ResponseChangesQuery } from './schema';

const START: SincePosition = { version: 0, source: 0, id: '' };

/**
 * What changed in the campaign's responses that the reader may see, since `since` (`0`: everything), oldest first:
 * each response new, edited or reviewed as it is now, each deleted, and `purged` when every response went. A
 * change made in the same transaction as others shares their data version; they commit in their versions' order,
 * so that a pipeline that keeps `nextSince` misses none and reads none twice.
 */
export async function listResponseChanges(
	db: Kysely<Database>,
	access: CampaignAccess,
	actorId: string,
	query: ResponseChangesQuery
): Promise<ResponseChangesPage> {
	const { scope } = decideReviewRights(access, actorId);
	const after = query.since === '0' ? START : readSince(query.since);
	// A cursor past the campaign's changes was never given for it (another campaign's, or made up): it would read
	// nothing until the campaign got there, and a pipeline would miss every change until then.
	if (after.version > (await readDataVersion(db, access.campaign.id)))
		throw new DomainError('invalid', 'errors.since_ahead', { field: 'since' });
	// One more than asked from each says whether more follow. Both read in one snapshot (PostgreSQL's repeatable
	// read; SQLite's transaction): a change committed between them would otherwise let a page end past another.
	const [responses, deletions] = await db
		.transaction()
		.setIsolationLevel('repeatable read')
		.execute(async (trx) => [
			await listChangedResponses(trx, scope, after, query.limit + 1),
			await listDeletions(trx, scope, after, query.limit + 1)
		]);
	const merged = [
		...responses.map((row) => ({ at: positionOf(row.change_version, 0, row.id), change: toChange(row, after) })),
		...deletions.map((row) => ({ at: positionOf(row.change_version, 1, row.id), change: toDeletion(row) }))
	].sort((a, b) => comparePositions(a.at, b.at));
	const page = merged.slice(0, query.limit);
	return {
		items: page.map((entry) => entry.change),
		nextSince: writeSince(page.at(-1)?.at ?? after),
		hasMore: merged.length > query.limit
	};
}

function positionOf(version: number | null, source: 0 | 1, id: string): SincePosition {
	return { version: Number(version), source, id };
}

function comparePositions(a: SincePosition, b: SincePosition): number {
	return a.version - b.version || a.source - b.source || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function toChange(row: ChangedResponseRow, after: SincePosition): ResponseChange {
	// New to whoever asks since before it arrived (its arrival past the position, within its version by id),
	// whatever happened to it since.
	const arrival = positionOf(row.created_version, 0, row.id);
	const change = comparePositions(arrival, after) > 0 ? 'new' : row.change_kind;
	return { change, version: Number(row.change_version), ...toResponseItem(row) };
}

function toDeletion(row: DeletionRow): ResponseChange {
	const version = Number(row.change_version);
	if (row.kind === 'purged') return { change: 'purged', version, deletedAt: row.deleted_at };
	return {
		change: 'deleted',
		version,
		id: row.response_id!,
		clientId: row.client_id!,
		wave: row.wave!,
		group: row.group_name!,
		deletedAt: row.deleted_at
	};
}

/** Where the next page of changes starts, as an opaque text the caller sends back. */
function writeSince(position: SincePosition): string {
	return Buffer.from(JSON.stringify([position.version, position.source, position.id])).toString('base64url');
}

function readSince(since: string): SincePosition {
	try {
		const [version, source, id] = JSON.parse(Buffer.from(since, 'base64url').toString('utf8'));
		if (Number.isSafeInteger(version) && version >= 0 && (source === 0 || source === 1) && typeof id === 'string')
			if (id.length <= 100 && !id.includes('\u0000')) return { version, source, id };
	} catch {
		// Refused below, as any other text.
	}
	throw new DomainError('invalid', 'errors.since_invalid', { field: 'since' });
}
