import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/require-user';
import { orErrorPage } from '$lib/server/http/errors';
import { findOrganisation } from '$lib/server/organisations/repository';
import { getCampaign } from '$lib/server/campaigns/service';
import { getSurvey } from '$lib/server/surveys/service';
import { listSurveyFields } from '$lib/survey/fields';
import { findCampaignWords } from '$lib/server/surveys/campaign-words';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { user } = requireUser(locals, url);
	const db = getDb();
	const campaign = await orErrorPage(locals.locale, () => getCampaign(db, user.id, params.id));
	const survey = await getSurvey(db, user.id, campaign.id);
	const asked = url.searchParams.get('lang');
	const language = campaign.languages.find((l) => l === asked) ?? campaign.languages[0];
	const words = await findCampaignWords(db, campaign.id, language);
	const mode = url.searchParams.get('mode') === 'enumerator' ? 'enumerator' : 'self';
	const organisation = (await findOrganisation(db, campaign.organisationId))?.name ?? '';
	return {
		campaign: { id: campaign.id, title: campaign.title, languages: campaign.languages },
		language,
		mode,
		dir: words.dir,
		fields: listSurveyFields(words, { ...campaign, organisation }, survey.draft.customQuestions, mode),
		draftNumber: survey.draft.number
	};
};
