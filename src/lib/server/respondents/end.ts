import type { Kysely } from 'kysely';
import type { Outcome } from '$lib/core-module';
import type { Words } from '$lib/survey/words';
import type { Database } from '../db/schema';
import { chooseLanguage, findVisitedTarget, type Visit } from './visit';

export interface EndView {
	words: Words;
	title: string;
	outcome: Outcome;
	mode: 'self' | 'enumerator';
	/** Where an enumerator starts the next interview. */
	again: string;
}

/** The page a survey ends on: thanks, a refusal or a respondent under 15, said in the respondent's language. */
export async function describeEnd(
	db: Kysely<Database>,
	visit: Pick<Visit, 'token' | 'language' | 'acceptLanguage'>,
	outcome: string | null
): Promise<EndView> {
	const target = await findVisitedTarget(db, visit);
	const { language } = chooseLanguage(target, visit);
	return {
		words: target.version.words[language],
		title: target.campaign.title,
		outcome: outcome === 'refused' || outcome === 'not_eligible' ? outcome : 'complete',
		mode: target.link.mode,
		again: `/s/${target.link.token}?lang=${language}`
	};
}
