import type { Group, Wave } from './campaigns';
import type { Timestamp } from './values';

export type Channel = 'form' | 'api' | 'import';

/** Core module v1's answers in the codes of docs/standard.md §2b, one column per item; a list is its codes joined by spaces. */
export interface CoreAnswerColumns {
	c0: string | null;
	d1: string | null;
	c1: string | null;
	d3: string | null;
	d4: string | null;
	d5: string | null;
	e1: string | null;
	e2: string | null;
	e3_1: string | null;
	e3_2: string | null;
	e3_3: string | null;
	e3_4: string | null;
	e3_5: string | null;
	e3_p: string | null;
	k1: string | null;
	k2: string | null;
	k3: string | null;
	k4: string | null;
	k5: string | null;
	k6: string | null;
	k7: string | null;
	k8: string | null;
	a1: string | null;
	r1: string | null;
	r2: string | null;
	r3: string | null;
	r4: string | null;
	r5: string | null;
	t1: string | null;
	m1: string | null;
	m2: string | null;
	m3: string | null;
	p1: string | null;
	p2: string | null;
	p3: string | null;
	p4: string | null;
	tr1: string | null;
	tr2: string | null;
	tr3: string | null;
	tr4: string | null;
	tr5: string | null;
	tr6: string | null;
	s1: string | null;
	d2: number | null;
	i1: number | null;
}

/** Each response's scores on the indicators of docs/standard.md §3 (1/0, a count, or a mean), null where it is left out. */
export interface ScoreColumns {
	score_exp1: number | null;
	score_exp0: number | null;
	score_inf1: number | null;
	score_knw1: number | null;
	score_knw1m: number | null;
	score_knw2: number | null;
	score_att1: number | null;
	score_int1: number | null;
	score_int2: number | null;
	score_tru1: number | null;
	score_tru2: number | null;
	score_shr1: number | null;
	score_rsk1: number | null;
}

export interface ResponsesTable extends CoreAnswerColumns, ScoreColumns {
	id: string;
	campaign_id: string;
	link_id: string;
	survey_version_id: string;
	core_module_version: number;
	wave: Wave;
	group_name: Group;
	language: string;
	mode: 'self' | 'enumerator';
	channel: Channel;
	/** Made by the form or the tool that sent it: one per campaign. */
	client_id: string;
	collected_by_user_id: string | null;
	started_at: Timestamp | null;
	submitted_at: Timestamp;
	received_at: Timestamp;
	duration_seconds: number | null;
	age_band: string | null;
	/** JSON: the custom questions' answers by code. */
	custom_answers: string;
}

export interface SurveyEndingsTable {
	campaign_id: string;
	link_id: string;
	client_id: string;
	outcome: 'refused' | 'not_eligible';
	/** YYYY-MM-DD: the day, nothing finer. */
	ended_on: string;
}

export interface CampaignDataVersionsTable {
	campaign_id: string;
	/** Goes up whenever the campaign's responses change. */
	version: number;
}

export interface ResponseTables {
	responses: ResponsesTable;
	survey_endings: SurveyEndingsTable;
	campaign_data_versions: CampaignDataVersionsTable;
}
