import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCampaign, listCampaigns, listCampaignsPage } from '$lib/server/campaigns/service';
import { campaignFiltersSchema } from '$lib/server/campaigns/schema';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { campaignInput, setUpSahelInfo } from '../../../../helpers/fixtures';

describe.each(DIALECTS)('campaigns a page at a time on %s', (dialect) => {
	let t: TestDatabase;
	let owner: string;

	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		owner = (await setUpSahelInfo(t.db)).user.id;
		// Two start dates, and twice the same title on one: the id orders those.
		for (const [title, startDate] of [
			['Radio', '2026-03-01'],
			['Cinéma', '2026-03-01'],
			['Radio', '2026-03-01'],
			['Théâtre', '2025-03-01'],
			['Affiches', '2025-03-01']
		])
			await createCampaign(t.db, owner, campaignInput({ title, startDate, endDate: '2026-12-31' }));
	});
	afterEach(async () => t.close());

	it('lists every campaign once, in the whole list’s order, and says when the last page is reached', async () => {
		const whole = (await listCampaigns(t.db, owner, {})).map((campaign) => campaign.id);
		expect(whole).toHaveLength(5);
		const read: string[] = [];
		let cursor: string | undefined;
		let pages = 0;
		do {
			const page = await listCampaignsPage(t.db, owner, {}, { limit: 2, cursor });
			read.push(...page.campaigns.map((campaign) => campaign.id));
			cursor = page.nextCursor ?? undefined;
			pages++;
		} while (cursor);
		expect(pages).toBe(3);
		expect(read).toEqual(whole);
		expect((await listCampaignsPage(t.db, owner, { year: 2025 }, { limit: 1 })).nextCursor).not.toBeNull();
		await expect(listCampaignsPage(t.db, owner, {}, { limit: 2, cursor: 'eA' })).rejects.toMatchObject({
			code: 'invalid',
			field: 'cursor'
		});
	});

	it('refuses a cursor or a search holding a NUL, which PostgreSQL would not read', async () => {
		const cursor = Buffer.from(JSON.stringify(['2026-03-01', '\u0000', 'x'])).toString('base64url');
		await expect(listCampaignsPage(t.db, owner, {}, { limit: 2, cursor })).rejects.toMatchObject({
			code: 'invalid',
			field: 'cursor'
		});
		expect(campaignFiltersSchema.safeParse({ q: 'Ra\u0000dio' }).success).toBe(false);
		expect(campaignFiltersSchema.safeParse({ q: 'Radio' }).success).toBe(true);
	});
});
