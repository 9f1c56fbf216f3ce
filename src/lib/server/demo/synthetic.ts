import type { Kysely } from 'kysely';
import type { CoreAnswers } from '$lib/core-module';
import { generateOrderedId } from '../crypto';
import type { Database, ResponsesTable } from '../db/schema';
import { rebuildIndicatorSums } from '../indicators/sums';
import { bumpDataVersion } from '../indicators/versions';
import { writeAnswerColumns, writeScoreColumns } from '../responses/columns';
import { newResponseRow } from '../responses/repository';
import { fingerprintAnswers } from '../responses/fingerprint';
import type { CollectTarget } from '../responses/target';

/** How a wave and group of synthetic respondents tend to answer: each a probability, `risk` a typical 1–5 score. */
export interface Profile {
	knowledge: number;
	recall: number;
	placebo: number;
	/** Wants to leave, plans to within a year, and without papers. */
	intention: number;
	risk: number;
	advise: number;
	talk: number;
	/** Share of men among respondents. */
	male: number;
	/** Share who took under two minutes. */
	quick: number;
}

export const BASELINE_PROFILE: Profile = {
	knowledge: 0.62,
	recall: 0.12,
	placebo: 0.05,
	intention: 0.22,
	risk: 3.1,
	advise: 0.55,
	talk: 0.35,
	male: 0.5,
	quick: 0.01
};

/** The same respondents after a campaign that moved each answer by `effect` (0 none, 1 a strong campaign). */
export function afterCampaign(profile: Profile, effect: number): Profile {
	return {
		...profile,
		knowledge: Math.min(0.95, profile.knowledge + 0.15 * effect),
		recall: Math.min(0.9, profile.recall + 0.5 * effect),
		intention: Math.max(0.02, profile.intention - 0.08 * effect),
		risk: Math.min(4.8, profile.risk + 0.5 * effect),
		advise: Math.min(0.95, profile.advise + 0.12 * effect),
		talk: Math.min(0.95, profile.talk + 0.2 * effect)
	};
}

export type Random = () => number;

/** A small seeded generator (mulberry32): the same seed gives the same respondents on every machine. */
export function seededRandom(seed: number): Random {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const pick = <T>(random: Random, options: readonly T[]): T => options[Math.floor(random() * options.length)];
const yesNo = (random: Random, p: number) => (random() < p ? 'yes' : 'no');
const yesNoDk = (random: Random, p: number) => (random() < 0.04 ? 'dk' : yesNo(random, p));
const scale = (random: Random, centre: number, max: number) =>
	Math.max(1, Math.min(max, Math.round(centre + (random() + random() + random() - 1.5) * 1.6)));
const CORRECT = {
	K1: 'true',
	K2: 'false',
	K3: 'true',
	K4: 'false',
	K5: 'true',
	K6: 'false',
	K7: 'true',
	K8: 'true'
} as const;
const FLIP = { true: 'false', false: 'true' } as const;

/** One eligible, consenting respondent's core answers, drawn from the profile (skip logic followed). */
export function drawAnswers(
	random: Random,
	profile: Profile,
	regions: readonly string[],
	signatureMessageCount: number
): CoreAnswers {
	const age = random() < 0.1 ? 15 + Math.floor(random() * 3) : 18 + Math.floor(random() * random() * 40);
	const heard = random() < profile.recall;
	const answers: Record<string, unknown> = {
		C0: 'yes',
		D1: random() < 0.02 ? 'other_or_dk' : random() < profile.male ? 'male' : 'female',
		D2: age,
		...(age < 18 ? { C1: 'yes' } : {}),
		D3: pick(random, regions),
		D4: pick(random, ['none', 'primary', 'primary', 'secondary', 'secondary', 'higher']),
		D5: yesNo(random, 0.15),
		E1: heard ? 'yes' : yesNoDk(random, 0.05),
		E3_P: yesNoDk(random, profile.placebo),
		I1: scale(random, 2 + 2 * profile.knowledge, 5),
		T1: yesNoDk(random, profile.advise),
		S1: yesNoDk(random, profile.talk)
	};
	if (answers.E1 === 'yes')
		answers.E2 = [
			pick(random, ['radio', 'tv', 'social_media', 'community_event', 'school', 'returnee_testimony', 'poster'])
		];
	for (let i = 1; i <= signatureMessageCount; i++)
		answers[`E3_${i}`] = heard && random() < 0.8 ? 'yes' : yesNoDk(random, 0.03);
	for (const [item, correct] of Object.entries(CORRECT)) {
		answers[item] = random() < profile.knowledge ? correct : random() < 0.3 ? 'dk' : FLIP[correct];
	}
	answers.A1 =
		random() < profile.knowledge * 0.8
			? [pick(random, ['gov_office', 'ngo', 'un_agency', 'embassy'])]
			: [pick(random, ['intermediary', 'social_media_ads', 'dk'])];
	for (let i = 1; i <= 5; i++) answers[`R${i}`] = random() < 0.05 ? 'dk' : scale(random, profile.risk, 5);
	const leaving = random() < profile.intention;
	answers.M1 = leaving ? 'yes' : yesNoDk(random, 0.3);
	if (answers.M1 === 'yes') {
		answers.M2 = leaving ? 'yes' : yesNoDk(random, 0.2);
		if (answers.M2 === 'yes') answers.M3 = leaving ? 'irregular' : pick(random, ['regular', 'dk']);
	}
	for (let i = 1; i <= 4; i++) answers[`P${i}`] = yesNo(random, leaving ? 0.4 : 0.05);
	for (let i = 1; i <= 6; i++) answers[`TR${i}`] = random() < 0.05 ? 'dk' : scale(random, i === 6 ? 1.6 : 2.6, 4);
	return answers as CoreAnswers;
}

/** Where synthetic respondents were sampled: the clusters they are spread over in turn, and the i-th one's panel code. */
export interface SyntheticDesign {
	clusterIds?: string[];
	panelCode?: (index: number) => string;
}

/** Enough rows per statement to stay under SQLite's 32,766 bound parameters. */
const ROWS_PER_INSERT = Math.floor(32_000 / Object.keys(newResponseRow()).length);

/**
 * Stores `count` synthetic responses through a collection link, as its respondents would have sent them on
 * the days of `submittedOn` (YYYY-MM-DD): for the demo and the benchmarks, never for a real campaign.
 */
export async function insertSyntheticResponses(
	db: Kysely<Database>,
	target: CollectTarget,
	options: { count: number; profile: Profile; seed: number; submittedOn: string; design?: SyntheticDesign }
): Promise<void> {
	const random = seededRandom(options.seed);
	const { regions, signatureMessageCount } = target.version.definition.settings;
	const submittedAt = `${options.submittedOn}T10:00:00.000Z`;
	const time = Date.parse(submittedAt);
	await db.transaction().execute(async (trx) => {
		for (let start = 0; start < options.count; start += ROWS_PER_INSERT) {
			const rows: ResponsesTable[] = [];
			for (let i = start; i < Math.min(options.count, start + ROWS_PER_INSERT); i++) {
				const answers = drawAnswers(random, options.profile, regions, signatureMessageCount);
				const seconds =
					random() < options.profile.quick ? 60 + Math.floor(random() * 50) : 240 + Math.floor(random() * 600);
				const row = Object.assign(newResponseRow(), {
					id: generateOrderedId(time),
					campaign_id: target.campaign.id,
					link_id: target.link.id,
					survey_version_id: target.version.id,
					core_module_version: target.version.coreModuleVersion,
					wave: target.link.wave,
					group_name: target.link.group,
					language: target.version.languages[0],
					mode: target.link.mode,
					channel: 'import',
					client_id: `synthetic-${options.seed}-${i}`,
					started_at: new Date(time - seconds * 1000).toISOString(),
					submitted_at: submittedAt,
					received_at: submittedAt,
					duration_seconds: seconds,
					custom_answers: '{}',
					cluster_id: options.design?.clusterIds?.[i % options.design.clusterIds.length] ?? null,
					panel_code: options.design?.panelCode?.(i) ?? null
				}) as ResponsesTable;
				writeAnswerColumns(row, answers);
				row.answers_fingerprint = fingerprintAnswers(row);
				writeScoreColumns(row, answers, signatureMessageCount);
				rows.push(row);
			}
			await trx.insertInto('responses').values(rows).execute();
		}
		await rebuildIndicatorSums(trx, target.campaign.id);
		await bumpDataVersion(trx, target.campaign.id);
	});
}
