import { isCoreLanguage } from '$lib/core-module';
import { makeCode } from '$lib/survey/codes';
import type { CampaignFormValues } from '$lib/campaigns/types';
import type { Campaign } from '../campaigns/campaign';

export const EMPTY_CAMPAIGN_FORM: CampaignFormValues = {
	organisationId: '',
	title: '',
	description: '',
	countries: [],
	regions: '',
	channels: [],
	audienceMinAge: '',
	audienceMaxAge: '',
	audienceSex: 'all',
	audienceDescription: '',
	languages: [],
	addedLanguages: '',
	messagesLanguage: 'en',
	startDate: '',
	endDate: '',
	signatureMessages: [],
	placeboMessage: '',
	comparisonGroup: false
};

export function readCampaignForm(form: FormData): CampaignFormValues {
	const text = (name: string) => String(form.get(name) ?? '').trim();
	const list = (name: string) => form.getAll(name).map((v) => String(v).trim());
	return {
		organisationId: text('organisationId'),
		title: text('title'),
		description: text('description'),
		countries: list('countries'),
		regions: text('regions'),
		channels: list('channels'),
		audienceMinAge: text('audienceMinAge'),
		audienceMaxAge: text('audienceMaxAge'),
		audienceSex: text('audienceSex') || 'all',
		audienceDescription: text('audienceDescription'),
		languages: list('languages'),
		addedLanguages: text('addedLanguages'),
		messagesLanguage: text('messagesLanguage'),
		startDate: text('startDate'),
		endDate: text('endDate'),
		signatureMessages: list('signatureMessages').filter(Boolean),
		placeboMessage: text('placeboMessage'),
		comparisonGroup: form.get('comparisonGroup') === 'on'
	};
}

/** The form in the shape of the API's campaign input, for the same schema to judge. */
export function campaignFormToInput(values: CampaignFormValues): Record<string, unknown> {
	const age = (value: string) => (value === '' ? null : Number(value));
	return {
		...(values.organisationId ? { organisationId: values.organisationId } : {}),
		title: values.title,
		description: values.description,
		countries: values.countries,
		regions: parseRegions(values.regions),
		channels: values.channels,
		audience: {
			minAge: age(values.audienceMinAge),
			maxAge: age(values.audienceMaxAge),
			sex: values.audienceSex,
			description: values.audienceDescription
		},
		languages: orderLanguages([...values.languages, ...splitCodes(values.addedLanguages)], values.messagesLanguage),
		startDate: values.startDate,
		endDate: values.endDate,
		signatureMessages: values.signatureMessages,
		placeboMessage: values.placeboMessage,
		comparisonGroup: values.comparisonGroup
	};
}

/** The messages' language first; a campaign offers the language its messages are written in. */
function orderLanguages(languages: string[], messagesLanguage: string): string[] {
	if (!messagesLanguage) return languages;
	return [messagesLanguage, ...languages.filter((language) => language !== messagesLanguage)];
}

/** Codes apart by commas (the Arabic one too) or spaces: `wo, ff`. */
function splitCodes(text: string): string[] {
	return text.split(/[\s,،;]+/).filter(Boolean);
}

/** One region a line: `code = name`, or just the name, whose code is then made from it. */
export function parseRegions(text: string): { code: string; name: string }[] {
	return text
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean)
		.map((line, index) => {
			const explicit = /^([^=]+?)\s*=\s*(.+)$/.exec(line);
			if (explicit) return { code: explicit[1].trim(), name: explicit[2].trim() };
			return { code: makeCode(line) || `region_${index + 1}`, name: line };
		});
}

/** A stored campaign as the form shows it for editing; messages in the campaign's first language. */
export function campaignToForm(campaign: Campaign): CampaignFormValues {
	const first = campaign.languages[0];
	const inFirst = (text: Partial<Record<string, string>>) => text[first] ?? Object.values(text)[0] ?? '';
	return {
		organisationId: campaign.organisationId,
		title: campaign.title,
		description: campaign.description,
		countries: campaign.countries,
		regions: campaign.regions.map((r) => `${r.code} = ${r.name}`).join('\n'),
		channels: campaign.channels,
		audienceMinAge: campaign.audience.minAge?.toString() ?? '',
		audienceMaxAge: campaign.audience.maxAge?.toString() ?? '',
		audienceSex: campaign.audience.sex,
		audienceDescription: campaign.audience.description,
		languages: campaign.languages.filter(isCoreLanguage),
		addedLanguages: campaign.languages.filter((code) => !isCoreLanguage(code)).join(', '),
		messagesLanguage: campaign.languages[0],
		startDate: campaign.startDate,
		endDate: campaign.endDate,
		signatureMessages: campaign.signatureMessages.map(inFirst),
		placeboMessage: inFirst(campaign.placeboMessage),
		comparisonGroup: campaign.comparisonGroup
	};
}
