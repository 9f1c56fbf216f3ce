import type { Kysely } from 'kysely';
import { CORE_LANGUAGES, isCoreLanguage } from '$lib/core-module';
import { findWords, type Words } from '$lib/survey/words';
import type { Database } from '../db/schema';
import { isDomainError } from '../errors';
import { negotiateLanguage } from '../i18n/catalogues';
import { describeLinkState, findCollectTarget, type CollectTarget } from '../responses/target';
import type { User } from '../users/user';

/** A respondent's request to a link: who asks, in which language, and when. */
export interface Visit {
	token: string;
	/** `?lang=`: the respondent's choice, when made. */
	language: string | null;
	acceptLanguage: string | null;
	actor: User | null;
	now: Date;
}

/** A link that cannot be answered now, said in the respondent's language. */
export class ClosedLinkError extends Error {
	constructor(
		readonly status: 403 | 404 | 410,
		readonly words: Words,
		readonly reason: 'not_found' | 'not_open' | 'closed',
		readonly opensOn: string | null = null
	) {
		super(reason);
		this.name = 'ClosedLinkError';
	}
}

/** The link of the visit (a form's own survey version when given); an unknown one is said in the language asked for. */
export async function findVisitedTarget(
	db: Kysely<Database>,
	visit: Pick<Visit, 'token' | 'language' | 'acceptLanguage'>,
	version: number | null = null
): Promise<CollectTarget> {
	try {
		return await findCollectTarget(db, visit.token, version);
	} catch (error) {
		if (isDomainError(error) && error.code === 'not_found')
			throw new ClosedLinkError(404, guessLanguage(visit), 'not_found');
		throw error;
	}
}

/** The link, open now; anything else is said on a page of its own, in the respondent's language. */
export async function findOpenTarget(
	db: Kysely<Database>,
	visit: Visit,
	version: number | null
): Promise<CollectTarget> {
	const target = await findVisitedTarget(db, visit, version);
	const state = describeLinkState(target, visit.now);
	if (!state.open) {
		const words = target.version.words[chooseLanguage(target, visit).language];
		throw state.reason === 'closed'
			? new ClosedLinkError(410, words, 'closed')
			: new ClosedLinkError(403, words, 'not_open', state.opensOn);
	}
	return target;
}

/** For a link that does not exist: the language asked for, or the browser's. */
export function guessLanguage(visit: Pick<Visit, 'language' | 'acceptLanguage'>): Words {
	if (visit.language && isCoreLanguage(visit.language)) return findWords(visit.language);
	return findWords(negotiateLanguage(visit.acceptLanguage, CORE_LANGUAGES) ?? 'en');
}

/** The language asked for, when the campaign offers it; else the browser's best, or the campaign's first. */
export function chooseLanguage(
	target: CollectTarget,
	visit: Pick<Visit, 'language' | 'acceptLanguage'>
): { language: string; chosen: boolean } {
	const languages = target.version.languages;
	const asked = languages.find((language) => language === visit.language);
	if (asked) return { language: asked, chosen: true };
	if (languages.length === 1) return { language: languages[0], chosen: true };
	return { language: negotiateLanguage(visit.acceptLanguage, languages) ?? languages[0], chosen: false };
}
