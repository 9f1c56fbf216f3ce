import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCampaignAccess } from '$lib/server/access/campaign';
import { BASELINE_PROFILE, insertSyntheticResponses } from '$lib/server/demo/synthetic';
import { getCampaign } from '$lib/server/campaigns/service';
import { hashSecret } from '$lib/server/crypto';
import { getCampaignReport } from '$lib/server/indicators/service';
import { insertMembership } from '$lib/server/organisations/repository';
import { createOrganisation } from '$lib/server/organisations/service';
import { publishPublicReport, readPublicReport, withdrawPublicReport } from '$lib/server/public-reports/service';
import { findCollectTarget } from '$lib/server/responses/target';
import { listAuditEvents } from '$lib/server/sharing/service';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { createUser, setUpSahelInfo } from '../../../../helpers/fixtures';
import { publishCampaign, type PublishedCampaign } from '../../../../helpers/responses';

const ORIGIN = 'https://mesure.example';
const NOW = new Date('2026-06-15T10:00:00.000Z');
const LATER = new Date('2026-06-16T09:00:00.000Z');
const tokenOf = (url: string) => url.slice(`${ORIGIN}/r/`.length);

describe.each(DIALECTS)('public reports on %s', (dialect) => {
	let t: TestDatabase;
	let published: PublishedCampaign;
	let owner: string;
	let editor: string;
	let outsider: string;

	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		const { user, organisation } = await setUpSahelInfo(t.db);
		owner = user.id;
		editor = (await createUser(t.db, 'Editor')).id;
		await insertMembership(t.db, {
			organisationId: organisation.id,
			userId: editor,
			role: 'editor',
			createdAt: NOW.toISOString()
		});
		outsider = (await createUser(t.db, 'Outsider')).id;
		await createOrganisation(t.db, outsider, { name: 'Other NGO', type: 'ngo' });
		published = await publishCampaign(t.db, owner);
		const exposed = await findCollectTarget(t.db, published.link('baseline', 'exposed').token);
		await insertSyntheticResponses(t.db, exposed!, {
			count: 30,
			profile: BASELINE_PROFILE,
			seed: 1,
			submittedOn: '2026-06-01'
		});
		// Three in a cell: their count is the campaign's to read, never the public's.
		const comparison = await findCollectTarget(t.db, published.link('baseline', 'comparison').token);
		await insertSyntheticResponses(t.db, comparison!, {
			count: 3,
			profile: BASELINE_PROFILE,
			seed: 2,
			submittedOn: '2026-06-01'
		});
	});
	afterEach(async () => t.close());

	it('answers an unguessable address whose token is stored only as its hash', async () => {
		const first = await publishPublicReport(t.db, owner, published.campaignId, ORIGIN, NOW);
		expect(first.url).toMatch(/^https:\/\/mesure\.example\/r\/[a-z2-7]{32}$/);
		const rows = await t.db.selectFrom('public_reports').selectAll().execute();
		expect(rows).toHaveLength(1);
		expect(rows[0].token_hash).toBe(hashSecret(tokenOf(first.url)));
		expect(JSON.stringify(rows)).not.toContain(tokenOf(first.url));
		const second = await publishPublicReport(t.db, owner, published.campaignId, ORIGIN, LATER);
		expect(tokenOf(second.url)).not.toBe(tokenOf(first.url));
	});

	it('shows the public facts and the report with no count below 5', async () => {
		const { url } = await publishPublicReport(t.db, owner, published.campaignId, ORIGIN, NOW);
		const { facts, report } = await readPublicReport(t.db, tokenOf(url), ['sex'], NOW);
		const campaign = await getCampaign(t.db, owner, published.campaignId);
		expect(facts).toEqual({
			title: campaign.title,
			organisationName: 'Sahel Info',
			countries: campaign.countries,
			channels: campaign.channels,
			startDate: campaign.startDate,
			endDate: campaign.endDate,
			languages: campaign.languages,
			comparisonGroup: campaign.comparisonGroup,
			regions: campaign.regions
		});
		const counts = report.indicators
			.flatMap((indicator) => [
				...indicator.cells,
				...Object.values(indicator.disaggregations).flatMap((levels) => (levels ?? []).flatMap((level) => level.cells))
			])
			.map((cell) => cell.n);
		expect(counts).toContain(null);
		expect(counts.filter((n) => n !== null && n < 5)).toEqual([]);
		// The campaign's members still read the three.
		const own = await getCampaignReport(t.db, await getCampaignAccess(t.db, owner, published.campaignId), [], NOW);
		expect(own.indicators[0].cells.find((cell) => cell.group === 'comparison')?.n).toBe(3);
	});

	it('is published and withdrawn by owners only', async () => {
		await expect(publishPublicReport(t.db, editor, published.campaignId, ORIGIN, NOW)).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(publishPublicReport(t.db, outsider, published.campaignId, ORIGIN, NOW)).rejects.toMatchObject({
			code: 'not_found'
		});
		await publishPublicReport(t.db, owner, published.campaignId, ORIGIN, NOW);
		await expect(withdrawPublicReport(t.db, editor, published.campaignId, LATER)).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(withdrawPublicReport(t.db, outsider, published.campaignId, LATER)).rejects.toMatchObject({
			code: 'not_found'
		});
	});

	it('stops answering once withdrawn or replaced, like an unknown address, and publishes again after a withdrawal', async () => {
		const first = await publishPublicReport(t.db, owner, published.campaignId, ORIGIN, NOW);
		const second = await publishPublicReport(t.db, owner, published.campaignId, ORIGIN, LATER);
		await expect(readPublicReport(t.db, tokenOf(first.url), [], LATER)).rejects.toMatchObject({
			code: 'not_found',
			messageKey: 'errors.public_report_not_found'
		});
		await expect(readPublicReport(t.db, 'a'.repeat(32), [], LATER)).rejects.toMatchObject({
			code: 'not_found',
			messageKey: 'errors.public_report_not_found'
		});
		expect((await readPublicReport(t.db, tokenOf(second.url), [], LATER)).facts.organisationName).toBe('Sahel Info');

		await withdrawPublicReport(t.db, owner, published.campaignId, LATER);
		await expect(readPublicReport(t.db, tokenOf(second.url), [], LATER)).rejects.toMatchObject({
			code: 'not_found',
			messageKey: 'errors.public_report_not_found'
		});
		await expect(withdrawPublicReport(t.db, owner, published.campaignId, LATER)).rejects.toMatchObject({
			code: 'not_found',
			messageKey: 'errors.public_report_none'
		});

		const third = await publishPublicReport(t.db, owner, published.campaignId, ORIGIN, LATER);
		expect((await readPublicReport(t.db, tokenOf(third.url), [], LATER)).report.campaignId).toBe(published.campaignId);
	});

	it('leaves an audit event for each publication and withdrawal, the one a new publication makes included', async () => {
		await publishPublicReport(t.db, owner, published.campaignId, ORIGIN, NOW);
		await publishPublicReport(t.db, owner, published.campaignId, ORIGIN, new Date('2026-06-15T11:00:00.000Z'));
		await withdrawPublicReport(t.db, owner, published.campaignId, LATER);
		const campaign = await getCampaign(t.db, owner, published.campaignId);
		const events = (await listAuditEvents(t.db, owner, campaign.organisationId)).events;
		// Newest first; a publication and the withdrawal it makes share their time, in no particular order.
		expect(events.map((event) => event.at)).toEqual([
			LATER.toISOString(),
			'2026-06-15T11:00:00.000Z',
			'2026-06-15T11:00:00.000Z',
			NOW.toISOString()
		]);
		expect(events.map((event) => [event.at, event.action, event.actorName, event.campaignId]).sort()).toEqual([
			[NOW.toISOString(), 'public_report_published', 'Owner', published.campaignId],
			['2026-06-15T11:00:00.000Z', 'public_report_published', 'Owner', published.campaignId],
			['2026-06-15T11:00:00.000Z', 'public_report_withdrawn', 'Owner', published.campaignId],
			[LATER.toISOString(), 'public_report_withdrawn', 'Owner', published.campaignId]
		]);
	});
});
