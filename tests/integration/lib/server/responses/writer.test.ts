import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COLLECT_ADDRESS_POLICY } from '$lib/server/responses/flood';
import type { Submission } from '$lib/server/responses/service';
import { findCollectTarget, type CollectTarget } from '$lib/server/responses/target';
import { writeResponse } from '$lib/server/responses/writer';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { setUpSahelInfo } from '../../../../helpers/fixtures';
import { publishCampaign, RESPONDENT } from '../../../../helpers/responses';

const NOW = new Date('2026-06-15T10:00:00.000Z');
const submission = (clientId: string, changes: Partial<Submission> = {}): Submission => ({
	clientId,
	language: 'fr',
	startedAt: null,
	submittedAt: NOW.toISOString(),
	outcome: 'complete',
	core: RESPONDENT,
	custom: {},
	...changes
});

describe.each(DIALECTS)('writing responses together on %s', (dialect) => {
	let t: TestDatabase;
	let target: CollectTarget;
	const write = (clientId: string, address = '198.51.100.1', changes: Partial<Submission> = {}, on = target) =>
		writeResponse(t.db, {
			target: on,
			submission: submission(clientId, changes),
			context: { channel: 'form', collectorId: null, now: NOW },
			address
		});
	const stored = async () =>
		(await t.db.selectFrom('responses').select('client_id').execute()).map((row) => row.client_id).sort();

	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		const { user } = await setUpSahelInfo(t.db);
		const { links } = await publishCampaign(t.db, user.id);
		target = await findCollectTarget(t.db, links[0].token);
	});
	afterEach(async () => t.close());

	it('answers each of many answers arriving at once with its own row, once stored', async () => {
		const ids = Array.from({ length: 50 }, (_, i) => `together-${String(i).padStart(4, '0')}`);
		const written = await Promise.all([...ids, ids[0], ids[1]].map((id, i) => write(id, `198.51.100.${i}`)));
		expect(await stored()).toEqual(ids);
		expect(written.filter((w) => 'duplicate' in w && !w.duplicate)).toHaveLength(50);
		expect(written.slice(50)).toMatchObject([
			{ duplicate: true, id: (written[0] as { id: string }).id },
			{ duplicate: true, id: (written[1] as { id: string }).id }
		]);
	});

	it('keeps the others when one answer cannot be stored, and says why to its own caller', async () => {
		const broken = { ...target, link: { ...target.link, id: 'no-such-link-id-000000000' } };
		const results = await Promise.allSettled([
			write('good-000001'),
			write('broken-00001', '198.51.100.2', {}, broken),
			write('good-000002')
		]);
		expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
		expect(await stored()).toEqual(['good-000001', 'good-000002']);
	});

	it('counts each answer against its address, and says when there have been too many', async () => {
		const limit = COLLECT_ADDRESS_POLICY.freeFailures;
		const written = await Promise.all(
			Array.from({ length: limit + 2 }, (_, i) => write(`classroom-${String(i).padStart(4, '0')}`, '203.0.113.9'))
		);
		expect(written.filter((w) => 'tooMany' in w)).toHaveLength(2);
		expect(await stored()).toHaveLength(limit);
	});
});
