import { describe, expect, it } from 'vitest';
import { scoreResponse, validateAnswers } from '$lib/core-module';
import { afterCampaign, BASELINE_PROFILE, drawAnswers, seededRandom } from '$lib/server/demo/synthetic';

const SETTINGS = { regions: ['dakar', 'thies', 'kolda'], signatureMessageCount: 3 };

describe('synthetic respondents', () => {
	it('answer as a real respondent could: every set passes the core module’s checks', () => {
		const random = seededRandom(7);
		for (let i = 0; i < 2000; i++) {
			const answers = drawAnswers(random, BASELINE_PROFILE, SETTINGS.regions, SETTINGS.signatureMessageCount);
			const validation = validateAnswers(answers as Record<string, unknown>, SETTINGS);
			if (!validation.ok) throw new Error(`draw ${i}: ${JSON.stringify(validation.problems)}`);
			expect(validation.outcome).toBe('complete');
		}
	});

	it('are the same for the same seed', () => {
		const draw = (seed: number) => drawAnswers(seededRandom(seed), BASELINE_PROFILE, SETTINGS.regions, 3);
		expect(draw(1)).toEqual(draw(1));
		expect(draw(1)).not.toEqual(draw(2));
	});

	it('know more after a campaign with an effect', () => {
		const knowing = (profile: typeof BASELINE_PROFILE) => {
			const random = seededRandom(3);
			let count = 0;
			for (let i = 0; i < 3000; i++)
				count += scoreResponse(drawAnswers(random, profile, SETTINGS.regions, 3), SETTINGS).KNW1 ? 1 : 0;
			return count / 3000;
		};
		expect(knowing(afterCampaign(BASELINE_PROFILE, 1))).toBeGreaterThan(knowing(BASELINE_PROFILE) + 0.1);
	});
});
