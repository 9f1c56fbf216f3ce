import type { Kysely } from 'kysely';
import { CORE_ITEMS, listCampaignItems, type ItemId } from '$lib/core-module';
import { type CustomQuestion } from '$lib/survey/custom-question';
import { storedQuestionListSchema } from '$lib/survey/question-list';
import type { Campaign } from '../campaigns/campaign';
import type { Database } from '../db/schema';
import { listVersionsOf } from './repository';

/** A repeat group as its own table: its code, and its members' codes (every version's), in order. */
export interface RepeatColumns {
	code: string;
	members: string[];
}

/** The answer columns of a campaign's exports: its core items' codes, then every custom question's of every version. */
export interface AnswerColumns {
	coreCodes: ItemId[];
	/** Questions answered once a response; a repeat group's column is its number of instances. */
	customCodes: string[];
	/** Each repeat group of any version, whose members are answered once an instance, on a table of their own. */
	repeats: RepeatColumns[];
	/** The options of each multiple-choice column (the core module's, every version's custom ones), in order. */
	optionsOf: Map<string, string[]>;
	/** Each survey version's number, by its id. */
	versionNumber: Map<string, number>;
}

export async function listAnswerColumns(db: Kysely<Database>, campaign: Campaign): Promise<AnswerColumns> {
	const versions = await listVersionsOf(db, campaign.id);
	const versionNumber = new Map(versions.map((version) => [version.id, version.number]));
	const customQuestions = versions.flatMap((version) =>
		storedQuestionListSchema.parse(JSON.parse(version.customQuestions))
	);
	const customCodes = [
		...new Set(customQuestions.filter((question) => question.repeat === undefined).map((question) => question.code))
	];
	// The campaign's items: the signature messages it has, not all five the module allows.
	const coreCodes = listCampaignItems({
		regions: campaign.regions.map((region) => region.code),
		signatureMessageCount: campaign.signatureMessages.length
	}).map((item) => item.id);
	const optionsOf = new Map<string, string[]>();
	for (const item of CORE_ITEMS) if (item.kind === 'multiple') optionsOf.set(item.id, [...item.options]);
	for (const question of customQuestions)
		if (question.type === 'multiple') {
			const options = optionsOf.get(question.code) ?? [];
			for (const option of question.options) if (!options.includes(option.code)) options.push(option.code);
			optionsOf.set(question.code, options);
		}
	return { coreCodes, customCodes, repeats: listRepeats(customQuestions), optionsOf, versionNumber };
}

/** Every version's repeat groups, each with the members any version gave it. */
function listRepeats(questions: readonly CustomQuestion[]): RepeatColumns[] {
	const repeats = new Map<string, string[]>();
	for (const question of questions) {
		if (question.type === 'repeat' && !repeats.has(question.code)) repeats.set(question.code, []);
		const members = question.repeat === undefined ? undefined : repeats.get(question.repeat);
		if (members && !members.includes(question.code)) members.push(question.code);
	}
	return [...repeats].map(([code, members]) => ({ code, members }));
}
