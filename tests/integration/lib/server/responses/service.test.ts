import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCampaign } from '../../../../../src/lib/server/campaigns/service';
import { storeSubmission, type Submission } from '../../../../../src/lib/server/responses/service';
import { findCollectTarget, type CollectTarget } from '../../../../../src/lib/server/responses/target';
import { publishSurvey } from '../../../../../src/lib/server/surveys/service';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { campaignInput, setUpSahelInfo } from '../../../../helpers/fixtures';
import { FIXTURE_ADULT } from '../../../../helpers/responses-csv';

const NOW = new Date('2026-06-01T12:00:00Z');
const CONTEXT = { channel: 'api' as const, collectorId: null, now: NOW };

function submission(clientId: string, changes: Partial<Submission> = {}): Submission {
	return { clientId, language: 'fr', startedAt: null, submittedAt: NOW.toISOString(), outcome: 'complete', core: FIXTURE_ADULT, custom: {}, ...changes };
}

describe.each(DIALECTS)('storing a submission on %s', (dialect) => {
	let t: TestDatabase;
	let target: CollectTarget;

	const countResponses = async () => Number((await t.db.selectFrom('responses').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		const { user } = await setUpSahelInfo(t.db);
		const campaign = await createCampaign(t.db, user.id, campaignInput({ languages: ['fr'] }));
		const { links } = await publishSurvey(t.db, user.id, campaign.id);
		target = await findCollectTarget(t.db, links[0].token);
	});
	afterEach(async () => t.close());

	it('opens its own transaction when given the database, once per submission id', async () => {
		expect(await storeSubmission(t.db, target, submission('client-0001'), CONTEXT)).toMatchObject({ outcome: 'complete', duplicate: false });
		const again = await storeSubmission(t.db, target, submission('client-0001'), CONTEXT);
		expect(again).toMatchObject({ outcome: 'complete', duplicate: true });
		expect(again.id).not.toBeNull();
		expect(await countResponses()).toBe(1);
	});

	it('works inside the caller’s transaction, and stores nothing when that transaction fails', async () => {
		await expect(
			t.db.transaction().execute(async (trx) => {
				await storeSubmission(trx, target, submission('client-0002'), CONTEXT);
				await storeSubmission(trx, target, submission('client-0003', { outcome: 'refused', core: {} }), CONTEXT);
				expect(Number((await trx.selectFrom('responses').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)).toBe(1);
				throw new Error('the caller gives up');
			})
		).rejects.toThrow('the caller gives up');
		expect(await countResponses()).toBe(0);
		expect(await t.db.selectFrom('survey_endings').selectAll().execute()).toEqual([]);
	});
});
