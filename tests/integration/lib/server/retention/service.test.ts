import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCampaignAccess } from '$lib/server/access/campaign';
import { BASELINE_PROFILE, insertSyntheticResponses } from '$lib/server/demo/synthetic';
import { findCampaign } from '$lib/server/campaigns/repository';
import { getCampaignReport } from '$lib/server/indicators/service';
import { insertMembership } from '$lib/server/organisations/repository';
import { findCollectTarget } from '$lib/server/responses/target';
import {
	deleteCampaign,
	deleteCampaignResponses,
	expireResponses,
	getDataControls,
	setResponseExpiry
} from '$lib/server/retention/service';
import { listAuditEvents } from '$lib/server/sharing/service';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { createUser, setUpSahelInfo } from '../../../../helpers/fixtures';
import { publishCampaign, type PublishedCampaign } from '../../../../helpers/responses';

const NOW = new Date('2026-06-15T10:00:00.000Z');
const TITLE = 'Ne pars pas sans savoir';

describe.each(DIALECTS)('keeping and deleting responses on %s', (dialect) => {
	let t: TestDatabase;
	let published: PublishedCampaign;
	let owner: string;
	let editor: string;
	let organisationId: string;

	const responseCount = async () =>
		Number(
			(
				await t.db
					.selectFrom('responses')
					.select((eb) => eb.fn.countAll().as('n'))
					.executeTakeFirstOrThrow()
			).n
		);
	const baselineN = async () =>
		(await getCampaignReport(t.db, await getCampaignAccess(t.db, owner, published.campaignId), [], NOW)).indicators
			.find((i) => i.id === 'KNW1')!
			.cells.find((c) => c.wave === 'baseline')?.n ?? 0;
	const actions = async () => (await listAuditEvents(t.db, owner, organisationId)).events.map((event) => event.action);

	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		const setUp = await setUpSahelInfo(t.db);
		owner = setUp.user.id;
		organisationId = setUp.organisation.id;
		editor = (await createUser(t.db, 'Editor')).id;
		await insertMembership(t.db, { organisationId, userId: editor, role: 'editor', createdAt: NOW.toISOString() });
		published = await publishCampaign(t.db, owner, { title: TITLE });
		const target = await findCollectTarget(t.db, published.link('baseline', 'exposed').token);
		await insertSyntheticResponses(t.db, target!, {
			count: 40,
			profile: BASELINE_PROFILE,
			seed: 3,
			submittedOn: '2026-06-01'
		});
	});
	afterEach(async () => t.close());

	it('lets owners alone set the retention day, not in the past, each change audited', async () => {
		await expect(setResponseExpiry(t.db, editor, published.campaignId, '2027-01-31', NOW)).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(setResponseExpiry(t.db, owner, published.campaignId, '2026-06-14', NOW)).rejects.toMatchObject({
			messageKey: 'errors.retention_date_past'
		});
		expect((await getDataControls(t.db, owner, published.campaignId)).retention).toEqual({
			expiresOn: null,
			deletedAt: null,
			responses: 40
		});
		await setResponseExpiry(t.db, owner, published.campaignId, '2027-01-31', NOW);
		expect((await getDataControls(t.db, editor, published.campaignId)).retention.expiresOn).toBe('2027-01-31');
		expect((await getDataControls(t.db, editor, published.campaignId)).isOwner).toBe(false);
		expect(await actions()).toEqual(['retention_set']);
	});

	it('deletes the raw responses once the day has passed, and keeps the indicators as they were', async () => {
		const before = await getCampaignReport(
			t.db,
			await getCampaignAccess(t.db, owner, published.campaignId),
			['sex'],
			NOW
		);
		await setResponseExpiry(t.db, owner, published.campaignId, '2026-06-30', NOW);
		expect(await expireResponses(t.db, new Date('2026-06-30T23:00:00Z'))).toEqual([]);
		const later = new Date('2026-07-01T01:00:00Z');
		expect(await expireResponses(t.db, later)).toEqual([{ campaignId: published.campaignId, deleted: 40 }]);
		expect(await responseCount()).toBe(0);
		expect(await expireResponses(t.db, later)).toEqual([]);
		const after = await getCampaignReport(
			t.db,
			await getCampaignAccess(t.db, owner, published.campaignId),
			['sex'],
			NOW
		);
		expect(after.indicators).toEqual(before.indicators);
		expect((await getDataControls(t.db, owner, published.campaignId)).retention).toEqual({
			expiresOn: '2026-06-30',
			deletedAt: later.toISOString(),
			responses: 0
		});
		expect(await actions()).toEqual(['responses_expired', 'retention_set']);
	});

	it('deletes every response and its indicators for an owner who types the title, and nothing otherwise', async () => {
		await expect(deleteCampaignResponses(t.db, editor, published.campaignId, TITLE, NOW)).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(deleteCampaignResponses(t.db, owner, published.campaignId, 'ne pars pas', NOW)).rejects.toMatchObject({
			messageKey: 'errors.deletion_confirmation_mismatch',
			field: 'confirmation'
		});
		expect(await responseCount()).toBe(40);
		expect(await baselineN()).toBe(40);
		expect(await deleteCampaignResponses(t.db, owner, published.campaignId, `  ${TITLE} `, NOW)).toBe(40);
		expect(await responseCount()).toBe(0);
		expect(await baselineN()).toBe(0);
		expect(await actions()).toEqual(['responses_deleted']);
	});

	it('deletes the whole campaign for an owner who types the title, keeping its title in the audit event', async () => {
		await expect(deleteCampaign(t.db, editor, published.campaignId, TITLE, NOW)).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(deleteCampaign(t.db, owner, published.campaignId, 'wrong', NOW)).rejects.toMatchObject({
			code: 'invalid'
		});
		expect(await findCampaign(t.db, published.campaignId)).toBeDefined();
		await deleteCampaign(t.db, owner, published.campaignId, TITLE, NOW);
		expect(await findCampaign(t.db, published.campaignId)).toBeUndefined();
		expect(await responseCount()).toBe(0);
		const row = await t.db
			.selectFrom('audit_events')
			.select(['action', 'detail', 'campaign_id'])
			.executeTakeFirstOrThrow();
		expect({ ...row, detail: JSON.parse(row.detail!) }).toEqual({
			action: 'campaign_deleted',
			campaign_id: published.campaignId,
			detail: { title: TITLE, responses: 40 }
		});
	});
});
