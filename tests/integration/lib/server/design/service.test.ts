import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCampaignAccess } from '$lib/server/access/campaign';
import { getDesign, updateDesign, type DesignInput } from '$lib/server/design/service';
import { rebuildDesignSums } from '$lib/server/indicators/design-sums';
import { insertMembership } from '$lib/server/organisations/repository';
import { collectResponse } from '$lib/server/respondents/collect';
import type { User } from '$lib/server/users/user';
import { reviewResponse } from '$lib/server/review/review';
import { listAuditEvents } from '$lib/server/sharing/service';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { createUser, setUpSahelInfo } from '../../../../helpers/fixtures';
import { publishCampaign, respondentAnswers, type PublishedCampaign } from '../../../../helpers/responses';

const NOW = new Date('2026-06-15T10:00:00.000Z');

const VILLAGES: DesignInput = {
	clusters: [
		{ line: 1, code: 'V01', name: 'Ndioum', stratum: 'north', weight: 12.5 },
		{ line: 2, code: 'V02', name: 'Podor', stratum: 'north', weight: '8,5' },
		{ line: 3, code: 'V03', stratum: 'south' }
	],
	panel: true
};

describe.each(DIALECTS)('a campaign’s sampling design on %s', (dialect) => {
	let t: TestDatabase;
	let owner: string;
	let organisationId: string;
	let published: PublishedCampaign;
	let ownerUser: User;

	const access = (userId = owner) => getCampaignAccess(t.db, userId, published.campaignId);
	const update = async (input: DesignInput, userId = owner) =>
		updateDesign(t.db, await access(userId), userId, input, NOW);
	const member = async (name: string, role: 'editor' | 'viewer' | 'enumerator') => {
		const user = await createUser(t.db, name);
		await insertMembership(t.db, { organisationId, userId: user.id, role, createdAt: NOW.toISOString() });
		return user.id;
	};
	// An interview: the baseline's exposed link is made an enumerators' one, and its owner collects.
	const collect = (
		clientId: string,
		design: { cluster?: string; panelCode?: string },
		answers = {},
		mode: 'enumerator' | 'self' = 'enumerator'
	) =>
		collectResponse(
			t.db,
			published.link('baseline', 'exposed').token,
			{ clientId, language: 'fr', answers: respondentAnswers(answers), ...design },
			mode === 'enumerator' ? ownerUser : null,
			'10.0.0.1',
			NOW
		);
	const designSums = async (): Promise<Record<string, unknown>[]> =>
		(
			await t.db
				.selectFrom('design_sums')
				.selectAll()
				.where('campaign_id', '=', published.campaignId)
				.orderBy('psu')
				.orderBy('sex')
				.execute()
		).map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, numeric(value)])));

	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		const setup = await setUpSahelInfo(t.db);
		owner = setup.user.id;
		ownerUser = setup.user;
		organisationId = setup.organisation.id;
		published = await publishCampaign(t.db, owner);
		await t.db
			.updateTable('collection_links')
			.set({ mode: 'enumerator' })
			.where('id', '=', published.link('baseline', 'exposed').id)
			.execute();
	});
	afterEach(async () => t.close());

	it('keeps the clusters and the panel as given, weights with a decimal comma read, and audits the change', async () => {
		const editor = await member('Editor', 'editor');
		expect(await update(VILLAGES, editor)).toMatchObject({ ok: true });
		expect(await getDesign(t.db, await access())).toEqual({
			clusters: [
				{ code: 'V01', name: 'Ndioum', stratum: 'north', weight: 12.5 },
				{ code: 'V02', name: 'Podor', stratum: 'north', weight: 8.5 },
				{ code: 'V03', name: null, stratum: 'south', weight: null }
			],
			panel: true
		});
		const events = (await listAuditEvents(t.db, owner, organisationId)).events;
		expect(events.map((event) => [event.action, event.detail])).toContainEqual([
			'design_updated',
			{ clusters: 3, panel: true }
		]);
	});

	it('refuses a list with any problem, listing each one, and writes nothing', async () => {
		await update(VILLAGES);
		const result = await update({
			clusters: [
				{ line: 1, code: 'V01', weight: 0 },
				{ line: 2, code: 'v01' },
				{ line: 3, code: 'V 3', weight: 'heavy' }
			]
		});
		expect(result).toEqual({
			ok: false,
			problems: [
				{ line: 1, column: 'weight', value: '0', code: 'weight_not_positive' },
				{ line: 2, column: 'code', value: 'v01', code: 'code_duplicate' },
				{ line: 3, column: 'code', value: 'V 3', code: 'code_invalid' },
				{ line: 3, column: 'weight', value: 'heavy', code: 'weight_not_number' }
			]
		});
		expect((await getDesign(t.db, await access())).clusters.map((cluster) => cluster.code)).toEqual([
			'V01',
			'V02',
			'V03'
		]);
	});

	it('lets viewers and enumerators read it, only owners and editors change it, and hides it from donors', async () => {
		await update(VILLAGES);
		for (const role of ['viewer', 'enumerator'] as const) {
			const reader = await member(role, role);
			expect((await getDesign(t.db, await access(reader))).clusters).toHaveLength(3);
			await expect(update(VILLAGES, reader)).rejects.toMatchObject({ code: 'forbidden' });
		}
		const outsider = (await createUser(t.db, 'Outsider')).id;
		await expect(access(outsider)).rejects.toMatchObject({ code: 'not_found' });
	});

	it('stores a response’s cluster and panel code, and its design sums with the cluster’s weight', async () => {
		await update(VILLAGES);
		expect(await collect('api-0001', { cluster: 'v01', panelCode: 'P-0001' })).toMatchObject({ ok: true });
		const row = await t.db.selectFrom('responses').selectAll().executeTakeFirstOrThrow();
		expect(row.panel_code).toBe('P-0001');
		const cluster = await t.db
			.selectFrom('campaign_clusters')
			.select(['id'])
			.where('code', '=', 'V01')
			.executeTakeFirstOrThrow();
		expect(row.cluster_id).toBe(cluster.id);
		const [sums] = await designSums();
		expect(sums).toMatchObject({ psu: `c:${cluster.id}`, stratum: 'north', respondents: 1 });
		expect(sums.knw1_n).toBe(1);
		expect(sums.knw1_w).toBe(12.5);
		expect(sums.knw1_ww).toBe(156.25);
		expect(sums.knw1_wy).toBe(12.5 * Number(row.score_knw1));
	});

	it('lets no one holding a self-completed link name a cluster, declared or not', async () => {
		await update(VILLAGES);
		await t.db.updateTable('collection_links').set({ mode: 'self' }).execute();
		for (const cluster of ['V01', 'V99'])
			await expect(collect('self-0001', { cluster }, {}, 'self')).rejects.toMatchObject({
				messageKey: 'errors.cluster_self_link',
				field: 'cluster'
			});
		// A panel code from a card, typed by the respondent, is theirs to send; in capitals whatever was typed.
		expect(await collect('self-0002', { panelCode: 'p-0042' }, {}, 'self')).toMatchObject({ ok: true });
		const row = await t.db.selectFrom('responses').select(['panel_code', 'cluster_id']).executeTakeFirstOrThrow();
		expect(row).toEqual({ panel_code: 'P-0042', cluster_id: null });
	});

	it('refuses an undeclared cluster, a panel code taken in the wave and group, and a code that could name someone', async () => {
		await update(VILLAGES);
		await expect(collect('api-0001', { cluster: 'V99' })).rejects.toMatchObject({
			code: 'invalid',
			field: 'cluster'
		});
		await collect('api-0002', { panelCode: 'P-0002' });
		await expect(collect('api-0003', { panelCode: 'P-0002' })).rejects.toMatchObject({
			messageKey: 'errors.panel_code_taken'
		});
		expect(await collect('api-0002', { panelCode: 'P-0002' })).toMatchObject({ stored: { duplicate: true } });
		for (const code of ['Aminata', '771234567'])
			await expect(collect('api-0004', { panelCode: code })).rejects.toMatchObject({
				messageKey: 'errors.panel_code_invalid'
			});
		await update({ ...VILLAGES, panel: false });
		await expect(collect('api-0005', { panelCode: 'P-0005' })).rejects.toMatchObject({
			messageKey: 'errors.panel_off'
		});
		expect(await t.db.selectFrom('responses').select('id').execute()).toHaveLength(1);
	});

	it('keeps a cluster that has responses in the list and in its stratum, and makes the sums again when its weight changes', async () => {
		await update(VILLAGES);
		await collect('api-0001', { cluster: 'V01' });
		await collect('api-0002', { cluster: 'V01' });
		const withoutV01 = { clusters: VILLAGES.clusters.slice(1).map((c, i) => ({ ...c, line: i + 1 })) };
		expect(await update(withoutV01)).toEqual({
			ok: false,
			problems: [{ line: null, column: 'code', value: 'V01', code: 'cluster_removed_in_use' }]
		});
		const moved = { clusters: VILLAGES.clusters.map((c) => (c.code === 'V01' ? { ...c, stratum: 'south' } : c)) };
		expect(await update(moved)).toMatchObject({ ok: false, problems: [{ line: 1, code: 'stratum_changed_in_use' }] });

		const reweighted = { clusters: VILLAGES.clusters.map((c) => (c.code === 'V01' ? { ...c, weight: 20 } : c)) };
		expect(await update(reweighted)).toMatchObject({ ok: true });
		const sums = await designSums();
		expect(sums.map((row) => [row.respondents, row.knw1_n, row.knw1_w])).toEqual([[2, 2, 40]]);
		expect(await update({ clusters: [VILLAGES.clusters[0]] })).toMatchObject({ ok: true });
		expect((await getDesign(t.db, await access())).clusters.map((cluster) => cluster.code)).toEqual(['V01']);
	});

	it('takes a rejected response out of the design sums and brings it back, as a rebuild from the responses counts them', async () => {
		await update(VILLAGES);
		await collect('api-0001', { cluster: 'V01', panelCode: 'P-0001' });
		await collect('api-0002', { panelCode: 'P-0002' }, { D1: 'female' });
		await collect('api-0003', { cluster: 'V02' }, { D1: 'female' });
		await collect('api-0004', {});
		const before = await designSums();
		expect(before.map((row) => String(row.psu).slice(0, 2))).toEqual(['c:', 'c:', 'p:']);
		const rejected = await t.db
			.selectFrom('responses')
			.select('id')
			.where('client_id', '=', 'api-0003')
			.executeTakeFirstOrThrow();
		await reviewResponse(t.db, await access(), owner, rejected.id, { state: 'rejected', comment: 'test' });
		expect((await designSums()).map((row) => String(row.psu).slice(0, 2))).toEqual(['c:', 'p:']);
		await reviewResponse(t.db, await access(), owner, rejected.id, { state: 'approved', comment: '' });
		expect(await designSums()).toEqual(before);
		await rebuildDesignSums(t.db, published.campaignId);
		expect(await designSums()).toEqual(before);
	});
});

function numeric(value: unknown): unknown {
	return typeof value === 'string' && /^-?\d+(\.\d+)?(e[+-]?\d+)?$/.test(value) ? Number(value) : value;
}
