/** Answer codes of docs/standard.md §2b: stored, exported and imported as they are, so never renamed. */

export const DK = 'dk';

export const YES_NO = ['yes', 'no'] as const;
export const YES_NO_DK = ['yes', 'no', DK] as const;
export const TRUE_FALSE_DK = ['true', 'false', DK] as const;

export const D1_OPTIONS = ['female', 'male', 'other_or_dk'] as const;
export const D4_OPTIONS = ['none', 'primary', 'secondary', 'higher'] as const;
export const E2_OPTIONS = [
	'radio',
	'tv',
	'social_media',
	'community_event',
	'school',
	'returnee_testimony',
	'poster',
	'other'
] as const;
export const A1_OPTIONS = [
	'gov_office',
	'ngo',
	'un_agency',
	'embassy',
	'intermediary',
	'social_media_ads',
	DK
] as const;
/** The A1 options that count as a safe source of information for KNW2. */
export const A1_VALID = ['gov_office', 'ngo', 'un_agency', 'embassy'] as const;
export const M3_OPTIONS = ['regular', 'irregular', DK] as const;

export type Dk = typeof DK;
export type YesNo = (typeof YES_NO)[number];
export type YesNoDk = (typeof YES_NO_DK)[number];
export type TrueFalseDk = (typeof TRUE_FALSE_DK)[number];
export type D1Code = (typeof D1_OPTIONS)[number];
export type D4Code = (typeof D4_OPTIONS)[number];
export type E2Code = (typeof E2_OPTIONS)[number];
export type A1Code = (typeof A1_OPTIONS)[number];
export type M3Code = (typeof M3_OPTIONS)[number];
