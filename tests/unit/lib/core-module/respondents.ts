import type { CoreAnswers } from '$lib/core-module/answers';
import type { CampaignSettings } from '$lib/core-module/types';

export const SETTINGS: CampaignSettings = { regions: ['dakar', 'thies', 'kolda'], signatureMessageCount: 3 };

/** A 22-year-old who saw the campaign, knows every risk and still plans to leave without papers. */
export const ADULT: CoreAnswers = {
	C0: 'yes',
	D1: 'female',
	D2: 22,
	D3: 'dakar',
	D4: 'secondary',
	D5: 'no',
	E1: 'yes',
	E2: ['radio', 'school'],
	E3_1: 'yes',
	E3_2: 'no',
	E3_3: 'dk',
	E3_P: 'no',
	I1: 4,
	K1: 'true',
	K2: 'false',
	K3: 'true',
	K4: 'false',
	K5: 'true',
	K6: 'false',
	K7: 'true',
	K8: 'true',
	A1: ['ngo', 'intermediary'],
	R1: 5,
	R2: 4,
	R3: 'dk',
	R4: 3,
	R5: 2,
	T1: 'yes',
	M1: 'yes',
	M2: 'yes',
	M3: 'irregular',
	P1: 'no',
	P2: 'yes',
	P3: 'no',
	P4: 'no',
	TR1: 3,
	TR2: 'dk',
	TR3: 2,
	TR4: 4,
	TR5: 1,
	TR6: 1,
	S1: 'yes'
};

/** Someone who answers `dk` wherever it is offered, and the lowest or `no` elsewhere. */
export const ALL_DK: CoreAnswers = {
	C0: 'yes',
	D1: 'other_or_dk',
	D2: 40,
	D3: 'kolda',
	D4: 'none',
	D5: 'no',
	E1: 'dk',
	E3_1: 'dk',
	E3_2: 'dk',
	E3_3: 'dk',
	E3_P: 'dk',
	I1: 1,
	K1: 'dk',
	K2: 'dk',
	K3: 'dk',
	K4: 'dk',
	K5: 'dk',
	K6: 'dk',
	K7: 'dk',
	K8: 'dk',
	A1: ['dk'],
	R1: 'dk',
	R2: 'dk',
	R3: 'dk',
	R4: 'dk',
	R5: 'dk',
	T1: 'dk',
	M1: 'dk',
	P1: 'no',
	P2: 'no',
	P3: 'no',
	P4: 'no',
	TR1: 'dk',
	TR2: 'dk',
	TR3: 'dk',
	TR4: 'dk',
	TR5: 'dk',
	TR6: 'dk',
	S1: 'dk'
};

/** ADULT with some answers changed; `undefined` removes one. */
export function changeAnswers(changes: CoreAnswers, base: CoreAnswers = ADULT): CoreAnswers {
	return Object.fromEntries(
		Object.entries({ ...base, ...changes }).filter(([, value]) => value !== undefined)
	) as CoreAnswers;
}
