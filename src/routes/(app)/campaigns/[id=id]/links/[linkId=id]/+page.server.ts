import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/require-user';
import { getCampaignForMember } from '$lib/server/campaigns/service';
import { orErrorPage } from '$lib/server/http/errors';
import { submitForm } from '$lib/server/http/form';
import { linkSettingsSchema, updateLinkSettings } from '$lib/server/surveys/links';
import { renderQrSvg } from '$lib/server/surveys/qr';
import { getCollectionLink } from '$lib/server/surveys/service';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { user } = requireUser(locals, url);
	const db = getDb();
	const { campaign, link } = await orErrorPage(locals.locale, () =>
		getCollectionLink(db, user.id, params.id, params.linkId)
	);
	const { canEdit } = await getCampaignForMember(db, user.id, campaign.id);
	const address = `${url.origin}/s/${link.token}`;
	return {
		campaign: { id: campaign.id, title: campaign.title, languages: campaign.languages },
		link,
		canEdit,
		address,
		qr: await renderQrSvg(address)
	};
};

export const actions: Actions = {
	settings: async ({ request, locals, url, params }) => {
		const { user } = requireUser(locals, url);
		const result = await submitForm(request, locals.locale, linkSettingsSchema, (settings) =>
			updateLinkSettings(getDb(), user.id, params.id, params.linkId, settings)
		);
		return result.ok ? { saved: true } : result.failure;
	}
};
