import { describe, expect, it } from 'vitest';
import { buildCampaignReport } from '$lib/indicators';
import { localiseReport } from '$lib/server/indicators/localise';
import { streamReportJson } from '$lib/server/indicators/report-stream';
import { cell, share } from '../../indicators/cells';

const female = { level: 'female' } as const;
const male = { level: 'male' } as const;
const cells = [
	cell('baseline', 'exposed', { KNW1: share(120, 300), INT1: share(90, 300) }),
	cell('endline', 'exposed', { KNW1: share(165, 300), INT1: share(60, 300) }),
	cell('baseline', 'comparison', { KNW1: share(20, 40) }),
	cell('endline', 'comparison', { KNW1: share(4, 10) })
];
const bySex = [
	cell('baseline', 'exposed', { KNW1: share(60, 150) }, female),
	cell('endline', 'exposed', { KNW1: share(90, 150) }, female),
	cell('baseline', 'exposed', { KNW1: share(60, 150) }, male),
	cell('endline', 'exposed', { KNW1: share(75, 150) }, male)
];
const report = buildCampaignReport(
	{ campaignId: 'c', generatedAt: '2026-12-01T00:00:00.000Z', totals: cells, byDimension: { sex: bySex }, regions: [] },
	['sex']
);

describe('the report streamed as JSON', () => {
	it.each(['en', 'fr', 'ar'])('is the same text as the whole localised report stringified (%s)', async (locale) => {
		const streamed = await new Response(streamReportJson(locale, report)).text();
		expect(streamed).toBe(JSON.stringify(localiseReport(locale, report)));
		expect(JSON.parse(streamed).indicators).toHaveLength(report.indicators.length);
	});

	it('adds the fields given after the report’s own, leaving these unchanged', async () => {
		const more = { customQuestions: [{ code: 'heard', cells: [] }] };
		const streamed = await new Response(streamReportJson('en', report, more)).text();
		expect(streamed).toBe(JSON.stringify({ ...localiseReport('en', report), ...more }));
	});

	it('comes in several chunks, an indicator in each', async () => {
		const reader = streamReportJson('en', report).getReader();
		let chunks = 0;
		while (!(await reader.read()).done) chunks++;
		expect(chunks).toBeGreaterThan(report.indicators.length);
	});
});
