import { describe, expect, it } from 'vitest';
import {
	campaignFormToInput,
	campaignToForm,
	EMPTY_CAMPAIGN_FORM,
	parseRegions,
	readCampaignForm
} from '$lib/server/http/campaign-form';
import { createCampaignSchema } from '$lib/server/campaigns/schema';
import { campaignInput } from '../../../../helpers/fixtures';

describe('parseRegions', () => {
	it.each([
		['Tambacounda', [{ code: 'tambacounda', name: 'Tambacounda' }]],
		[
			'  Thiès \n\nSaint-Louis  ',
			[
				{ code: 'thies', name: 'Thiès' },
				{ code: 'saint_louis', name: 'Saint-Louis' }
			]
		],
		['kd = Kédougou', [{ code: 'kd', name: 'Kédougou' }]],
		['x = a = b', [{ code: 'x', name: 'a = b' }]],
		['الرباط', [{ code: 'region_1', name: 'الرباط' }]],
		['', []]
	])('%j', (text, regions) => {
		expect(parseRegions(text)).toEqual(regions);
	});
});

describe('the campaign form', () => {
	const form = (entries: [string, string][]) => {
		const data = new FormData();
		for (const [key, value] of entries) data.append(key, value);
		return data;
	};

	it('reads lists, checkboxes and the messages’ language, and passes the API schema', () => {
		const values = readCampaignForm(
			form([
				['title', ' Radio Tamba '],
				['countries', 'SN'],
				['countries', 'GM'],
				['regions', 'Tambacounda\nkolda = Kolda'],
				['channels', 'radio'],
				['languages', 'en'],
				['languages', 'fr'],
				['messagesLanguage', 'fr'],
				['startDate', '2026-03-01'],
				['endDate', '2026-09-30'],
				['signatureMessages', 'La mer ne pardonne pas.'],
				['signatureMessages', ''],
				['signatureMessages', 'Le passeur ment.'],
				['placeboMessage', 'Le désert est doux.'],
				['audienceMinAge', '15'],
				['audienceMaxAge', ''],
				['comparisonGroup', 'on']
			])
		);
		expect(values).toMatchObject({
			title: 'Radio Tamba',
			signatureMessages: ['La mer ne pardonne pas.', 'Le passeur ment.'],
			comparisonGroup: true
		});
		const input = createCampaignSchema.parse(campaignFormToInput(values));
		expect(input).toMatchObject({
			languages: ['fr', 'en'],
			regions: [
				{ code: 'tambacounda', name: 'Tambacounda' },
				{ code: 'kolda', name: 'Kolda' }
			],
			audience: { minAge: 15, maxAge: null, sex: 'all' },
			comparisonGroup: true
		});
	});

	it('adds the messages’ language to the languages offered', () => {
		const input = campaignFormToInput({ ...EMPTY_CAMPAIGN_FORM, languages: ['en'], messagesLanguage: 'ar' });
		expect(input.languages).toEqual(['ar', 'en']);
	});

	it('shows a stored campaign as it was typed, messages in its first language', () => {
		const stored = campaignInput();
		const values = campaignToForm({
			...stored,
			id: 'x',
			organisationId: 'o',
			status: 'draft',
			createdAt: '',
			updatedAt: '',
			signatureMessages: [{ fr: 'Un', en: 'One' }, { en: 'Two only in English' }],
			placeboMessage: { fr: 'Placebo' }
		} as never);
		expect(values).toMatchObject({
			regions: 'tamba = Tambacounda\nkolda = Kolda',
			messagesLanguage: 'fr',
			signatureMessages: ['Un', 'Two only in English'],
			placeboMessage: 'Placebo'
		});
	});
});
