import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/require-user';
import { orErrorPage } from '$lib/server/http/errors';
import { renderQrSvg } from '$lib/server/surveys/qr';
import { getCollectionLink } from '$lib/server/surveys/service';
import { findCampaignWords } from '$lib/server/surveys/campaign-words';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { user } = requireUser(locals, url);
	const { campaign, link } = await orErrorPage(locals.locale, () =>
		getCollectionLink(getDb(), user.id, params.id, params.linkId)
	);
	const asked = url.searchParams.get('lang');
	const language = campaign.languages.find((l) => l === asked) ?? campaign.languages[0];
	const { dir, respondent } = await findCampaignWords(getDb(), campaign.id, language);
	const address = `${url.origin}/s/${link.token}`;
	return {
		title: campaign.title,
		language,
		dir,
		texts: { heading: respondent['flyer.heading'], body: respondent['flyer.body'], scan: respondent['flyer.scan'] },
		address,
		// A link's flyer for one cluster says which, so that the team posts each in its own village.
		cluster: link.clusterCode,
		qr: await renderQrSvg(address)
	};
};
