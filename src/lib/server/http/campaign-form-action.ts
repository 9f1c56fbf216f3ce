import { fail, type ActionFailure } from '@sveltejs/kit';
import type { CampaignFormValues } from '$lib/campaigns/types';
import { asDomainError } from '../errors';
import { fieldErrors, readFormData } from './form';
import { localiseMessage } from './messages';
import type { Campaign } from '../campaigns/campaign';
import { campaignFormToInput, readCampaignForm } from './campaign-form';
import type { z } from 'zod';

export interface CampaignFormFailure {
	errors: Record<string, string>;
	campaign: CampaignFormValues;
}

/** Reads the campaign form, validates it with the API's schema, and runs the save; failures keep what was typed. */
export async function submitCampaignForm<S extends z.ZodType>(
	request: Request,
	locale: string,
	schema: S,
	save: (input: z.output<S>) => Promise<Campaign>
): Promise<{ ok: true; campaign: Campaign } | { ok: false; failure: ActionFailure<CampaignFormFailure> }> {
	const values = readCampaignForm(await readFormData(request));
	const parsed = schema.safeParse(campaignFormToInput(values));
	if (!parsed.success) {
		return { ok: false, failure: fail(400, { errors: fieldErrors(parsed.error, locale), campaign: values }) };
	}
	try {
		return { ok: true, campaign: await save(parsed.data) };
	} catch (caught) {
		// The database out of reach is said on the form too, what was typed kept.
		const error = asDomainError(caught);
		if (!error) throw caught;
		const message = localiseMessage(locale, error.messageKey, error.params);
		return {
			ok: false,
			failure: fail(error.status, { errors: { [error.field ?? 'form']: message }, campaign: values })
		};
	}
}
