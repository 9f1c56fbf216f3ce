import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/require-user';
import { orErrorPage } from '$lib/server/http/errors';
import { renderQrSvg } from '$lib/server/surveys/qr';
import { getCollectionLink } from '$lib/server/surveys/service';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { user } = requireUser(locals, url);
	const { campaign, link } = await orErrorPage(locals.locale, () =>
		getCollectionLink(getDb(), user.id, params.id, params.linkId)
	);
	const address = `${url.origin}/s/${link.token}`;
	return {
		campaign: { id: campaign.id, title: campaign.title, languages: campaign.languages },
		link,
		address,
		qr: await renderQrSvg(address)
	};
};
