import type { Kysely } from 'kysely';
import { CORE_LANGUAGES, isCoreLanguage } from '$lib/core-module';
import { findReferenceText, listAddedTextKeys, type AddedTexts } from '$lib/survey/words';
import type { Campaign } from '../campaigns/campaign';
import { findAddedTexts, listAddedTexts, saveAddedTexts } from '../campaigns/added-texts-repository';
import { getCampaign } from '../campaigns/service';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { EDITORS } from '../organisations/guards';
import { getSurvey } from './service';
import { saveTranslations, type TextEdits } from './translation-editor';
import { listTranslatableTexts } from './translations';

/** Every text a survey needs in one language, beside the same text in a reference language. */
export interface LanguageTexts {
	language: string;
	reference: string;
	items: { key: string; reference: string | null; text: string | null }[];
}

export const MOST_TRANSLATION_LENGTH = 2000;
const MOST_KEYS_NAMED = 10;

/**
 * The texts of `language`, one of the campaign's: for a language the campaign added, Mesure's texts (core module,
 * respondents' pages) then the campaign's own; for one of Mesure's five, the campaign's own only. The reference is
 * `reference` when the campaign has it, else its first language Mesure gives.
 */
export async function listLanguageTexts(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	language: string,
	reference: string | null = null
): Promise<LanguageTexts> {
	return describeLanguageTexts(db, actorId, await getCampaign(db, actorId, campaignId), language, reference);
}

async function describeLanguageTexts(
	db: Kysely<Database>,
	actorId: string,
	campaign: Campaign,
	language: string,
	reference: string | null
): Promise<LanguageTexts> {
	requireLanguage(campaign, language);
	const shown = chooseReference(campaign, reference, language);
	const addedTexts = await listAddedTexts(db, campaign);
	const added = isCoreLanguage(language) ? null : (addedTexts[language] ?? {});
	const items: LanguageTexts['items'] = added
		? listAddedTextKeys().map((key) => ({
				key,
				reference: readAddedText(addedTexts, shown, key),
				text: added[key]?.trim() ? added[key] : null
			}))
		: [];
	const questions = (await getSurvey(db, actorId, campaign.id)).draft.customQuestions;
	for (const { path, text, optional } of listTranslatableTexts(campaign, questions)) {
		if (optional && !Object.values(text).some((value) => value?.trim())) continue;
		items.push({ key: path, reference: text[shown]?.trim() || null, text: text[language]?.trim() || null });
	}
	return { language, reference: shown, items };
}

/**
 * Saves texts of one language by their keys (an empty text removes one), all or none: a key the survey does not
 * have, a text that loses a `{placeholder}` or is too long is refused before anything is written.
 */
export async function saveLanguageTexts(
	db: Kysely<Database>,
	actorId: string,
	campaignId: string,
	language: string,
	texts: Readonly<Record<string, string>>,
	now = new Date()
): Promise<LanguageTexts> {
	const campaign = await getCampaign(db, actorId, campaignId, EDITORS);
	if (campaign.status === 'closed') throw new DomainError('conflict', 'errors.campaign_closed');
	requireLanguage(campaign, language);
	if (Object.keys(texts).length === 0) throw new DomainError('invalid', 'errors.nothing_to_change', { field: 'texts' });
	const current = await describeLanguageTexts(db, actorId, campaign, language, null);
	const known = new Set(current.items.map((item) => item.key));
	const unknown = Object.keys(texts).filter((key) => !known.has(key));
	if (unknown.length > 0) {
		throw new DomainError('invalid', 'errors.translation_keys_unknown', {
			params: { keys: nameKeys(unknown), count: unknown.length },
			field: 'texts'
		});
	}
	const addedEdits: Record<string, string> = {};
	const campaignEdits: TextEdits = {};
	for (const [key, text] of Object.entries(texts)) {
		checkText(key, text);
		if (findReferenceText(key) !== undefined) addedEdits[key] = text.trim();
		else campaignEdits[key] = { [language]: text };
	}
	if (Object.keys(campaignEdits).length > 0) await saveTranslations(db, actorId, campaignId, campaignEdits, now);
	if (Object.keys(addedEdits).length > 0) await saveAddedEdits(db, campaign.id, language, addedEdits, now);
	return listLanguageTexts(db, actorId, campaignId, language);
}

async function saveAddedEdits(
	db: Kysely<Database>,
	campaignId: string,
	language: string,
	edits: Record<string, string>,
	now: Date
): Promise<void> {
	const texts = { ...(await findAddedTexts(db, campaignId, language)) };
	for (const [key, text] of Object.entries(edits)) {
		if (text) texts[key] = text;
		else delete texts[key];
	}
	await saveAddedTexts(db, campaignId, language, texts, now.toISOString());
}

function checkText(key: string, text: string): void {
	if (text.length > MOST_TRANSLATION_LENGTH) {
		throw new DomainError('invalid', 'errors.translation_too_long', { params: { key }, field: key });
	}
	const reference = findReferenceText(key);
	if (reference === undefined || !text.trim()) return;
	const wanted = listPlaceholders(reference);
	if (wanted.join() !== listPlaceholders(text).join()) {
		throw new DomainError('invalid', 'errors.translation_placeholders', {
			params: { key, placeholders: wanted.map((name) => `{${name}}`).join(' ') },
			field: key
		});
	}
}

function listPlaceholders(text: string): string[] {
	return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort();
}

function requireLanguage(campaign: Campaign, language: string): void {
	if (!campaign.languages.includes(language)) {
		throw new DomainError('not_found', 'errors.language_not_in_campaign', { field: 'language' });
	}
}

function chooseReference(campaign: Campaign, asked: string | null, language: string): string {
	if (asked && asked !== language && campaign.languages.includes(asked)) return asked;
	return campaign.languages.find((code) => code !== language && isCoreLanguage(code)) ?? CORE_LANGUAGES[0];
}

function readAddedText(addedTexts: Record<string, AddedTexts>, reference: string, key: string): string | null {
	if (isCoreLanguage(reference)) return findReferenceText(key, reference) ?? null;
	return addedTexts[reference]?.[key]?.trim() || findReferenceText(key) || null;
}

/** Keys as a message names them: the first ten. */
export function nameKeys(keys: string[]): string {
	const named = keys.slice(0, MOST_KEYS_NAMED).join(', ');
	return keys.length > MOST_KEYS_NAMED ? `${named}, …` : named;
}
