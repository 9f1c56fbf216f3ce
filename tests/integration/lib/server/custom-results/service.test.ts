import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CustomResultsView, LocalisedCustomQuestion } from '$lib/custom-results/types';
import { changeInMean, changeInProportion, estimateMean, estimateProportion } from '$lib/stats';
import { getCampaignAccess } from '$lib/server/access/campaign';
import { createCampaign } from '$lib/server/campaigns/service';
import { getCustomResults } from '$lib/server/custom-results/service';
import { BASELINE_PROFILE, insertSyntheticResponses } from '$lib/server/demo/synthetic';
import { insertMembership } from '$lib/server/organisations/repository';
import { findCollectTarget } from '$lib/server/responses/target';
import { shareCampaign } from '$lib/server/sharing/service';
import { addCustomQuestions, publishSurvey } from '$lib/server/surveys/service';
import { customQuestion, writeCustomAnswers } from '../../../../helpers/custom-answers';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { createUser, createVerifiedDonor, setUpSahelInfo } from '../../../../helpers/fixtures';
import { publishableCampaignInput } from '../../../../helpers/responses';

const NOW = new Date('2026-06-15T10:00:00.000Z');

/** Ages answered at the baseline (the first 35 respondents) and the endline (all but the rejected). */
const baselineAge = (i: number) => 15 + (i % 10);
const endlineAge = (i: number) => 16 + (i % 7);

/** n, Σx and Σx² of the values: a mean's cell as the database adds it up. */
function meanCell(values: number[]) {
	return {
		n: values.length,
		sum: values.reduce((sum, value) => sum + value, 0),
		sumSquares: values.reduce((sum, value) => sum + value * value, 0)
	};
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe.each(DIALECTS)('results of a campaign’s own questions on %s', (dialect) => {
	let t: TestDatabase;
	let campaignId: string;
	const users: Record<string, string> = {};
	const read = async (who: string): Promise<CustomResultsView> =>
		getCustomResults(t.db, await getCampaignAccess(t.db, users[who], campaignId), 'en');
	const question = (view: CustomResultsView, code: string): LocalisedCustomQuestion =>
		view.questions.find((candidate) => candidate.code === code)!;
	const answerCell = (view: CustomResultsView, code: string, answer: string, wave: string, group = 'exposed') =>
		question(view, code)
			.answers.find((candidate) => candidate.code === answer)!
			.cells.find((cell) => cell.wave === wave && cell.group === group)!;

	beforeAll(async () => {
		t = await openTestDatabase(dialect);
		const { user, organisation } = await setUpSahelInfo(t.db);
		users.owner = user.id;
		for (const role of ['viewer', 'enumerator'] as const) {
			users[role] = (await createUser(t.db, role)).id;
			await insertMembership(t.db, {
				organisationId: organisation.id,
				userId: users[role],
				role,
				createdAt: NOW.toISOString()
			});
		}
		const campaign = await createCampaign(t.db, users.owner, publishableCampaignInput());
		campaignId = campaign.id;
		await addCustomQuestions(t.db, users.owner, campaignId, [
			customQuestion('heard', 'yes_no'),
			customQuestion('channel', 'single', ['radio', 'tv', 'friends']),
			customQuestion('topics', 'multiple', ['a', 'b', 'c']),
			customQuestion('trust', 'scale_5'),
			customQuestion('age_first', 'integer', [], { min: 10, max: 99 }),
			customQuestion('comment', 'text')
		]);
		const { links } = await publishSurvey(t.db, users.owner, campaignId, NOW);
		for (const [wave, group, count, seed] of [
			['baseline', 'exposed', 40, 1],
			['endline', 'exposed', 60, 2],
			['baseline', 'comparison', 10, 3],
			['endline', 'comparison', 3, 4]
		] as const) {
			const link = links.find((candidate) => candidate.wave === wave && candidate.group === group)!;
			const target = await findCollectTarget(t.db, link.token);
			await insertSyntheticResponses(t.db, target!, {
				count,
				profile: BASELINE_PROFILE,
				seed,
				submittedOn: '2026-06-01'
			});
		}
		await writeCustomAnswers(t.db, campaignId, 'baseline', 'exposed', (i) => ({
			heard: i < 12 ? 'yes' : 'no',
			channel: i < 3 ? 'radio' : i < 20 ? 'tv' : 'friends',
			topics: i % 2 === 0 ? ['a', 'b'] : ['b'],
			trust: 1 + (i % 5),
			...(i < 35 ? { age_first: baselineAge(i) } : {}),
			...(i < 5 ? { comment: `comment ${i}` } : {})
		}));
		await writeCustomAnswers(t.db, campaignId, 'endline', 'exposed', (i) =>
			i === 59
				? null
				: {
						heard: i < 30 ? 'yes' : 'no',
						channel: i < 10 ? 'radio' : i < 40 ? 'tv' : 'friends',
						topics: i % 3 === 0 ? ['a'] : ['c'],
						trust: 2 + (i % 4),
						age_first: endlineAge(i)
					}
		);
		await writeCustomAnswers(t.db, campaignId, 'baseline', 'comparison', () => ({ heard: 'yes', trust: 3 }));
		await writeCustomAnswers(t.db, campaignId, 'endline', 'comparison', () => ({ heard: 'no', trust: 4 }));

		users.donor = (await createUser(t.db, 'Donor')).id;
		const donor = await createVerifiedDonor(t.db, users.donor, 'Fonds Sahel');
		await shareCampaign(t.db, users.owner, campaignId, donor.id, NOW);
	});
	afterAll(async () => t.close());

	it('gives each answer’s share with its Wilson interval, and leaves rejected responses out', async () => {
		const view = await read('viewer');
		expect(view.questions.map((result) => result.code)).toEqual(['heard', 'channel', 'topics', 'trust', 'age_first']);
		const heard = question(view, 'heard');
		expect(heard).toMatchObject({
			label: 'Question heard',
			scale: 'proportion',
			answerLabels: { yes: 'Yes', no: 'No' }
		});
		expect(heard.cells.map((cell) => [cell.wave, cell.group, cell.n, cell.suppressed])).toEqual([
			['baseline', 'exposed', 40, false],
			['baseline', 'comparison', 10, true],
			['endline', 'exposed', 59, false],
			['endline', 'comparison', 3, true]
		]);
		for (const [wave, x, n] of [
			['baseline', 12, 40],
			['endline', 30, 59]
		] as const) {
			const cell = answerCell(view, 'heard', 'yes', wave);
			const expected = estimateProportion({ x, n });
			expect(cell).toMatchObject({ count: x, n, lowPrecision: n < 50 });
			expect(cell.value).toBeCloseTo(expected.value!, 12);
			expect(cell.ciLow).toBeCloseTo(expected.ciLow!, 12);
			expect(cell.ciHigh).toBeCloseTo(expected.ciHigh!, 12);
		}
		const change = question(view, 'heard').answers[0].changes.find((candidate) => candidate.group === 'exposed')!;
		const expected = changeInProportion({ x: 12, n: 40 }, { x: 30, n: 59 });
		expect(change).toMatchObject({ from: 'baseline', to: 'endline', suppressed: false, effectSizeKind: 'cohens_h' });
		expect(change.value).toBeCloseTo(expected.value!, 12);
		expect(change.ciLow).toBeCloseTo(expected.ciLow!, 12);
		expect(change.ciHigh).toBeCloseTo(expected.ciHigh!, 12);
		expect(change.pValue).toBeCloseTo(expected.pValue!, 12);
		// A cell of fewer than 25 says how many answered, not what.
		expect(answerCell(view, 'heard', 'yes', 'baseline', 'comparison')).toMatchObject({
			n: 10,
			count: null,
			value: null,
			suppressed: true
		});
		expect(
			question(view, 'heard').answers[0].changes.find((candidate) => candidate.group === 'comparison')
		).toMatchObject({ suppressed: true, value: null });
	});

	it('counts each answer of a multiple choice among those who answered, and gives means with t intervals', async () => {
		const view = await read('owner');
		expect(['a', 'b', 'c'].map((answer) => answerCell(view, 'topics', answer, 'baseline').count)).toEqual([20, 40, 0]);
		expect(['a', 'b', 'c'].map((answer) => answerCell(view, 'topics', answer, 'endline').count)).toEqual([20, 0, 39]);
		expect(question(view, 'topics').answerLabels).toEqual({ a: 'Answer a', b: 'Answer b', c: 'Answer c' });

		const baseline = meanCell(range(35).map(baselineAge));
		const endline = meanCell(range(59).map(endlineAge));
		const age = question(view, 'age_first');
		expect(age.scale).toBe('mean');
		const [from, to] = ['baseline', 'endline'].map((wave) =>
			age.cells.find((cell) => cell.wave === wave && cell.group === 'exposed')!
		);
		for (const [cell, sums] of [
			[from, baseline],
			[to, endline]
		] as const) {
			const expected = estimateMean(sums);
			expect(cell.n).toBe(sums.n);
			expect(cell.value).toBeCloseTo(expected.value!, 10);
			expect(cell.ciLow).toBeCloseTo(expected.ciLow!, 10);
			expect(cell.ciHigh).toBeCloseTo(expected.ciHigh!, 10);
		}
		const change = age.changes.find((candidate) => candidate.group === 'exposed')!;
		const expected = changeInMean(baseline, endline);
		expect(change.effectSizeKind).toBe('hedges_g');
		expect(change.value).toBeCloseTo(expected.value!, 10);
		expect(change.ciLow).toBeCloseTo(expected.ciLow!, 10);
		expect(change.ciHigh).toBeCloseTo(expected.ciHigh!, 10);
	});

	it('lists the latest text answers with their count to owners and viewers only', async () => {
		const view = await read('viewer');
		expect(view.texts).toHaveLength(1);
		expect(view.texts![0]).toMatchObject({ code: 'comment', label: 'Question comment', total: 5 });
		expect(view.texts![0].latest.map((answer) => answer.text).sort()).toEqual(range(5).map((i) => `comment ${i}`));
		expect(view.texts![0].latest.every((answer) => answer.wave === 'baseline' && answer.group === 'exposed')).toBe(
			true
		);
		expect((await read('owner')).texts![0].total).toBe(5);
		expect((await read('enumerator')).texts).toBeNull();
		expect((await read('donor')).texts).toBeNull();
	});

	it('shows donors none of the campaign’s own questions: their rule against small groups is not complete', async () => {
		const view = await read('donor');
		expect(view.questions).toEqual([]);
		expect(view.texts).toBeNull();
	});
});
