import { afterEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from '$lib/server/db/migrate';
import { setUpSahelInfo } from '../../../../helpers/fixtures';
import { publishCampaign } from '../../../../helpers/responses';
import { DIALECTS } from '../../../../helpers/db';
import { openDatabaseAt } from '../../../../helpers/migrations';

const BEFORE = '20261207120000_sampling_design';

const openBefore = (dialect: 'sqlite' | 'postgres') => openDatabaseAt(dialect, BEFORE);

function linkRow(id: string, campaignId: string, clusterId: string | null) {
	return {
		id,
		campaign_id: campaignId,
		wave: 'baseline' as const,
		group_name: 'exposed' as const,
		mode: 'self' as const,
		token: `token-${id}`,
		created_at: '2026-12-01T00:00:00.000Z',
		cluster_id: clusterId
	};
}

describe.each(DIALECTS)('the migration to links per cluster on %s', (dialect) => {
	let close: (() => Promise<void>) | undefined;
	afterEach(async () => close?.());

	it('keeps every link and what points at it, and allows one more link per cluster in a wave and group', async () => {
		const opened = await openBefore(dialect);
		close = opened.close;
		const { db } = opened;
		const { user } = await setUpSahelInfo(db);
		const published = await publishCampaign(db, user.id);
		const link = published.link('baseline', 'exposed');
		await db
			.insertInto('survey_endings')
			.values({
				campaign_id: published.campaignId,
				link_id: link.id,
				client_id: 'ended-1',
				outcome: 'refused',
				ended_on: '2026-12-01'
			})
			.execute();
		const before = await db.selectFrom('collection_links').selectAll().orderBy('id').execute();

		expect(await migrateToLatest(db)).toMatchObject({ ok: true });
		expect(await db.selectFrom('collection_links').selectAll().orderBy('id').execute()).toEqual(before);
		expect(await db.selectFrom('survey_endings').select('link_id').execute()).toEqual([{ link_id: link.id }]);

		for (const [id, code] of [
			['cluster-a', 'V01'],
			['cluster-b', 'V02']
		])
			await db
				.insertInto('campaign_clusters')
				.values({ id, campaign_id: published.campaignId, position: 0, code, code_key: code.toLowerCase() })
				.execute();
		await db
			.insertInto('collection_links')
			.values(linkRow('l-a', published.campaignId, 'cluster-a'))
			.execute();
		await db
			.insertInto('collection_links')
			.values(linkRow('l-b', published.campaignId, 'cluster-b'))
			.execute();
		await expect(
			db
				.insertInto('collection_links')
				.values(linkRow('l-a2', published.campaignId, 'cluster-a'))
				.execute()
		).rejects.toThrow();
		await expect(
			db
				.insertInto('collection_links')
				.values(linkRow('l-base', published.campaignId, null))
				.execute()
		).rejects.toThrow();
		// Foreign keys hold again: a campaign's deletion takes its links, those of its clusters too.
		await db.deleteFrom('campaigns').where('id', '=', published.campaignId).execute();
		expect(await db.selectFrom('collection_links').select('id').execute()).toEqual([]);
	});
});
