import type { Kysely } from 'kysely';
import { reportCustomQuestion } from '$lib/custom-results/estimate';
import { mergeQuestions, pickText, type MergedQuestion } from '$lib/custom-results/questions';
import {
	isCountedType,
	isTextType,
	type CountedType,
	type CustomQuestionResult,
	type CustomSums,
	type CustomResultsView,
	type LocalisedCustomQuestion,
	type TextQuestionAnswers
} from '$lib/custom-results/types';
import { Kept } from '$lib/kept';
import { storedQuestionListSchema } from '$lib/survey/question-list';
import type { CampaignAccess } from '../access/campaign';
import type { Campaign } from '../campaigns/campaign';
import type { Database, Role } from '../db/schema';
import { translator } from '../i18n/catalogues';
import { readDataVersion } from '../indicators/versions';
import { listLatestTexts, listPublishedVersions, sumCustomAnswers } from './repository';

/** Who reads the text answers: the NGO's own members who read its data, never enumerators, donors or the public. */
const TEXT_READERS: readonly Role[] = ['owner', 'editor', 'viewer'];
/** Text answers listed per question, the newest first; their count is given whole. */
export const LATEST_TEXTS = 200;

/** How the results of the campaign's own questions are read: the campaign let in, its reader's data and role. */
export type CustomResultsAccess = Pick<CampaignAccess, 'campaign' | 'data'> & { role?: Role };

interface Computed {
	questions: MergedQuestion[];
	results: CustomQuestionResult[];
	/** Each text question's answers, counted in the same pass. */
	textCounts: Map<string, number>;
}

// Kept like the reports, until the campaign's responses change or a version is published: each costs a pass
// over the campaign's responses.
const keptResults = new Kept<Computed>(32);
const keptTexts = new Kept<TextQuestionAnswers[]>(16);

/**
 * The campaign's own questions as its reader may read them (docs/standard.md §5.6): each share or mean per wave
 * and group with its changes (donors and the public: no count below 5), and, for its owners, editors and viewers
 * only, the latest text answers with their count.
 */
export async function getCustomResults(
	db: Kysely<Database>,
	access: CustomResultsAccess,
	locale: string
): Promise<CustomResultsView> {
	const { campaign } = access;
	const key = await readKey(db, campaign.id);
	const computed = keptResults.get(key.value) ?? (await compute(db, campaign.id, key));
	// Donors and the public read none yet: a question asked of some respondents only (a show-if, an older version)
	// has an n whose difference from another's can be 1 to 4, and a mean over few values can say how many gave
	// each; the rule that closes both is not written yet (docs/standard.md §5.6).
	const results = access.data === 'full' ? computed.results : [];
	const readsTexts = access.data === 'full' && access.role !== undefined && TEXT_READERS.includes(access.role);
	const label = (question: MergedQuestion) => pickText(question.label, locale, campaign.languages, question.code);
	return {
		questions: results.map((result) =>
			localiseQuestion(
				locale,
				campaign,
				computed.questions.find((question) => question.code === result.code)!,
				result
			)
		),
		repeatGroups:
			access.data === 'full'
				? key.repeatGroups.map((group) => pickText(group.label, locale, campaign.languages, group.code))
				: [],
		texts: readsTexts
			? (await readTexts(db, campaign.id, key, computed)).map((texts) => ({
					...texts,
					label: label(computed.questions.find((question) => question.code === texts.code)!)
				}))
			: null
	};
}

interface Key {
	value: string;
	questions: MergedQuestion[];
	/** Every published version's repeat groups, the newest's label first. */
	repeatGroups: Pick<MergedQuestion, 'code' | 'label'>[];
}

/** What the results are made of: the campaign's data version and its published versions. */
async function readKey(db: Kysely<Database>, campaignId: string): Promise<Key> {
	const [version, versions] = await Promise.all([
		readDataVersion(db, campaignId),
		listPublishedVersions(db, campaignId)
	]);
	const parsed = versions.map((row) => ({
		id: row.id,
		questions: storedQuestionListSchema.parse(JSON.parse(row.customQuestions))
	}));
	// A repeat group's members are answered once an instance, not once a response: left to the group's export,
	// as is the group's own answer (its number of instances), rather than counted as if asked of no one.
	const once = parsed.map((row) => ({
		...row,
		questions: row.questions.filter((question) => question.type !== 'repeat' && question.repeat === undefined)
	}));
	const repeatGroups = mergeQuestions(
		parsed.map((row) => ({ ...row, questions: row.questions.filter((question) => question.type === 'repeat') }))
	);
	const value = `${campaignId}:${version}:${versions.map((row) => row.id).join(',')}`;
	return { value, questions: mergeQuestions(once), repeatGroups };
}

async function compute(db: Kysely<Database>, campaignId: string, key: Key): Promise<Computed> {
	const counted = key.questions.filter((question) => isCountedType(question.type));
	const read = key.questions.filter((question) => isCountedType(question.type) || isTextType(question.type));
	const sums = read.length ? await sumCustomAnswers(db, campaignId, read) : new Map<string, CustomSums[]>();
	const results = counted.map((question) =>
		reportCustomQuestion(
			{
				code: question.code,
				type: question.type as CountedType,
				answers: question.type === 'yes_no' ? ['yes', 'no'] : question.options.map((option) => option.code)
			},
			sums.get(question.code) ?? []
		)
	);
	const total = (code: string) => (sums.get(code) ?? []).reduce((sum, cell) => sum + cell.n, 0);
	const computed: Computed = {
		questions: key.questions,
		results,
		textCounts: new Map(
			read.filter((question) => isTextType(question.type)).map((question) => [question.code, total(question.code)])
		)
	};
	keptResults.set(key.value, computed);
	return computed;
}

async function readTexts(
	db: Kysely<Database>,
	campaignId: string,
	key: Key,
	computed: Computed
): Promise<TextQuestionAnswers[]> {
	const kept = keptTexts.get(key.value);
	if (kept) return kept;
	const texts: TextQuestionAnswers[] = [];
	for (const question of key.questions.filter((candidate) => isTextType(candidate.type))) {
		texts.push({
			code: question.code,
			total: computed.textCounts.get(question.code) ?? 0,
			latest: await listLatestTexts(db, campaignId, question, LATEST_TEXTS)
		});
	}
	keptTexts.set(key.value, texts);
	return texts;
}

function localiseQuestion(
	locale: string,
	campaign: Campaign,
	question: MergedQuestion,
	result: CustomQuestionResult
): LocalisedCustomQuestion {
	const t = translator(locale);
	const answerLabels: Record<string, string> =
		question.type === 'yes_no'
			? { yes: t('campaign.yes'), no: t('campaign.no') }
			: Object.fromEntries(
					question.options.map((option) => [
						option.code,
						pickText(option.label, locale, campaign.languages, option.code)
					])
				);
	return { ...result, label: pickText(question.label, locale, campaign.languages, question.code), answerLabels };
}
