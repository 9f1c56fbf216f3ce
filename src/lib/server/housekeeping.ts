import type { Kysely } from 'kysely';
import { deleteExpiredSessions } from './auth/session';
import { deleteStaleThrottles } from './auth/throttle';
import type { Database } from './db/schema';
import { deleteFinishedCounts } from './responses/flood';
import { deleteAnsweredEndings } from './responses/repository';
import { expireResponses } from './retention/service';

const HOUR_MS = 60 * 60 * 1000;

/**
 * Deletes expired sessions, finished throttles, answered refusals and the raw responses of campaigns whose
 * retention day has passed. Safe to run from every app process at once.
 */
export async function sweepExpiredState(db: Kysely<Database>, now = new Date()): Promise<void> {
	await deleteExpiredSessions(db, now);
	await deleteStaleThrottles(db, 24 * 60 * 60, now);
	await deleteAnsweredEndings(db);
	for (const { campaignId, deleted } of await expireResponses(db, now)) {
		console.log(`retention: ${deleted} raw responses of campaign ${campaignId} deleted, its indicators kept`);
	}
}

/** Sweeps now and then every hour, and the counts of respondents' addresses every ten minutes, without keeping the process alive. */
export function startHousekeeping(db: Kysely<Database>): void {
	const sweep = () => sweepExpiredState(db).catch(() => console.error('housekeeping: sweep failed'));
	void sweep();
	setInterval(sweep, HOUR_MS).unref();
	const sweepCounts = () =>
		deleteFinishedCounts(db).catch(() => console.error('housekeeping: sweep of address counts failed'));
	setInterval(sweepCounts, 10 * 60 * 1000).unref();
}
