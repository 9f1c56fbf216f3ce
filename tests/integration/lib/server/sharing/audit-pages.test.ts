import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCampaign } from '$lib/server/campaigns/service';
import { generateId } from '$lib/server/crypto';
import { insertAuditEvent } from '$lib/server/sharing/repository';
import { listAuditEvents } from '$lib/server/sharing/service';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { campaignInput, setUpSahelInfo } from '../../../../helpers/fixtures';

describe.each(DIALECTS)('the audit log a page at a time on %s', (dialect) => {
	let t: TestDatabase;
	let owner: string;
	let organisationId: string;

	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		const setup = await setUpSahelInfo(t.db);
		owner = setup.user.id;
		organisationId = setup.organisation.id;
		const campaign = await createCampaign(t.db, owner, campaignInput());
		// Seven exports, three of them in the same millisecond: the id orders those.
		for (let i = 0; i < 7; i++)
			await insertAuditEvent(t.db, {
				id: generateId(),
				organisationId,
				actorId: owner,
				action: 'responses_exported',
				campaignId: campaign.id,
				subjectOrganisationId: null,
				format: 'csv',
				at: `2026-06-0${Math.min(i, 4) + 1}T10:00:00.000Z`
			});
	});
	afterEach(async () => t.close());

	it('lists every event once, newest first, and says when the last page is reached', async () => {
		const whole = (await listAuditEvents(t.db, owner, organisationId)).events;
		expect(whole).toHaveLength(7);
		const read: string[] = [];
		let cursor: string | undefined;
		let pages = 0;
		do {
			const page = await listAuditEvents(t.db, owner, organisationId, { limit: 2, cursor });
			read.push(...page.events.map((event) => event.id));
			cursor = page.nextCursor ?? undefined;
			pages++;
		} while (cursor);
		expect(pages).toBe(4);
		expect(read).toEqual(whole.map((event) => event.id));
		await expect(
			listAuditEvents(t.db, owner, organisationId, { limit: 2, cursor: 'bm90IGEgY3Vyc29y' })
		).rejects.toMatchObject({ code: 'invalid', field: 'cursor' });
	});
});
