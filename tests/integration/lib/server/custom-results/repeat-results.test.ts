import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCampaignAccess } from '$lib/server/access/campaign';
import { getCustomResults } from '$lib/server/custom-results/service';
import { findCollectTarget } from '$lib/server/responses/target';
import { writeResponse } from '$lib/server/responses/writer';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { setUpSahelInfo } from '../../../../helpers/fixtures';
import { publishRosterCampaign } from '../../../../helpers/repeat-survey';
import { RESPONDENT } from '../../../../helpers/responses';

const NOW = new Date('2026-06-15T10:00:00.000Z');

describe.each(DIALECTS)('results of a survey with repeat groups on %s', (dialect) => {
	let t: TestDatabase;
	let owner: string;
	let campaignId: string;

	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		owner = (await setUpSahelInfo(t.db)).user.id;
		const published = await publishRosterCampaign(t.db, owner);
		campaignId = published.campaignId;
		const target = (await findCollectTarget(t.db, published.links[0].token))!;
		await writeResponse(t.db, {
			target,
			submission: {
				clientId: 'household-0001',
				language: 'fr',
				startedAt: null,
				submittedAt: NOW.toISOString(),
				outcome: 'complete',
				core: RESPONDENT,
				custom: { members: [{ name: 'Awa', age: 34, likes: ['fm'] }], comment: 'une' }
			},
			context: { channel: 'api', collectorId: owner, now: NOW },
			address: '127.0.0.1'
		});
	});
	afterEach(async () => t.close());

	it('leaves the groups and their members out of the summaries, and names the groups left out', async () => {
		const view = await getCustomResults(t.db, await getCampaignAccess(t.db, owner, campaignId), 'en');
		expect(view.questions).toEqual([]);
		expect(view.texts?.map((texts) => [texts.code, texts.total])).toEqual([['comment', 1]]);
		expect(view.repeatGroups).toEqual(['Household members', 'Animals']);
	});
});
