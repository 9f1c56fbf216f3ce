import type { Kysely, Transaction } from 'kysely';
import type { Group, Wave } from '$lib/indicators/types';
import type { Database } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export interface ReceivedCount {
	wave: Wave;
	group: Group;
	respondents: number;
}

/** Responses received per wave and group: the respondents the indicator sums count, as stored with each response. */
export async function countReceived(db: Db, campaignId: string): Promise<ReceivedCount[]> {
	const rows = await db
		.selectFrom('indicator_sums')
		.select((eb) => ['wave', 'group_name', eb.fn.sum<number | string>('respondents').as('respondents')])
		.where('campaign_id', '=', campaignId)
		.groupBy(['wave', 'group_name'])
		.execute();
	return rows.map((row) => ({
		wave: row.wave as Wave,
		group: row.group_name as Group,
		respondents: Number(row.respondents)
	}));
}

export async function updateSampleTarget(
	db: Db,
	campaignId: string,
	target: number | null,
	nowIso: string
): Promise<void> {
	await db
		.updateTable('campaigns')
		.set({ sample_target: target, updated_at: nowIso })
		.where('id', '=', campaignId)
		.execute();
}
