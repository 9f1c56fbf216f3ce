import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/require-user';
import { getCampaignLogo, LOGO_MAX_BYTES, removeCampaignLogo, setCampaignLogo } from '$lib/server/campaigns/logo';
import { getCampaignForMember } from '$lib/server/campaigns/service';
import { orErrorPage } from '$lib/server/http/errors';
import { readUploadedFile } from '$lib/server/http/body';
import { attempt } from '$lib/server/http/form';
import { localiseMessage } from '$lib/server/http/messages';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { user } = requireUser(locals, url);
	const { campaign, canEdit } = await orErrorPage(locals.locale, () =>
		getCampaignForMember(getDb(), user.id, params.id)
	);
	const logo = await getCampaignLogo(getDb(), user.id, campaign.id);
	return {
		campaign: { id: campaign.id, title: campaign.title },
		canEdit,
		logo: logo
			? { size: logo.bytes.length, type: logo.contentType, version: Date.parse(logo.updatedAt).toString(36) }
			: null
	};
};

export const actions: Actions = {
	upload: async ({ request, locals, url, params }) => {
		const { user } = requireUser(locals, url);
		const file = await readUploadedFile(request, 'file');
		if (file === 'too_large')
			return fail(413, {
				errors: {
					file: localiseMessage(locals.locale, 'errors.logo_too_large', { size: Math.round(LOGO_MAX_BYTES / 1024) })
				}
			});
		const bytes = file ?? new Uint8Array();
		const result = await attempt(locals.locale, {}, () => setCampaignLogo(getDb(), user.id, params.id, bytes));
		return result.ok ? { saved: true } : fail(result.failure.status, result.failure.data);
	},
	remove: async ({ locals, url, params }) => {
		const { user } = requireUser(locals, url);
		const result = await attempt(locals.locale, {}, () => removeCampaignLogo(getDb(), user.id, params.id));
		return result.ok ? { removed: true } : result.failure;
	}
};
