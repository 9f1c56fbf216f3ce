import type { CoreAnswers } from './answers';
import type { D1Code, D4Code, YesNo, YesNoDk } from './options';
import { scoreIntention } from './score';

export const AGE_BANDS = ['15-17', '18-24', '25-34', '35+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** A respondent's place in each disaggregation of docs/standard.md §5; null where the item is missing. */
export interface RespondentGroups {
	readonly sex: D1Code | null;
	readonly ageBand: AgeBand | null;
	readonly region: string | null;
	readonly education: D4Code | null;
	readonly returnee: YesNo | null;
	readonly exposure: YesNoDk | null;
	/** INT1 of the respondent at this wave. */
	readonly intention: boolean | null;
}

/** Under 15 has no band: such a respondent is not surveyed. */
export function bandAge(age: number): AgeBand | null {
	if (age < 15) return null;
	if (age <= 17) return '15-17';
	if (age <= 24) return '18-24';
	if (age <= 34) return '25-34';
	return '35+';
}

export function classifyRespondent(answers: CoreAnswers): RespondentGroups {
	return {
		sex: answers.D1 ?? null,
		ageBand: answers.D2 === undefined ? null : bandAge(answers.D2),
		region: answers.D3 ?? null,
		education: answers.D4 ?? null,
		returnee: answers.D5 ?? null,
		exposure: answers.E1 ?? null,
		intention: scoreIntention(answers)
	};
}
