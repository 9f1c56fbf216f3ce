/** A cluster a campaign declares: a village, neighbourhood, school or enumeration area. */
export interface Cluster {
	/** 1 to 40 letters, digits, `-` or `_`; unique in the campaign, whatever the case. */
	code: string;
	name: string | null;
	/** The region or other stratum it was drawn in. */
	stratum: string | null;
	/** Its design weight (> 0): the people each of its respondents stands for. */
	weight: number | null;
}

/** A campaign's sampling design, as the API and the page take it. */
export interface Design {
	clusters: Cluster[];
	/** Whether respondents carry a panel code that follows them from one wave to the next. */
	panel: boolean;
}

export type ClusterColumn = 'code' | 'name' | 'stratum' | 'weight';

export type ClusterProblemCode =
	| 'code_missing'
	| 'code_invalid'
	| 'code_duplicate'
	| 'name_too_long'
	| 'stratum_too_long'
	| 'weight_not_number'
	| 'weight_not_positive'
	| 'weight_too_small'
	| 'weight_too_large'
	| 'not_text'
	| 'cluster_removed_in_use'
	| 'cluster_removed_linked'
	| 'stratum_changed_in_use'
	| 'weight_locked';

/** What is wrong with one value of a declared cluster: where (line, column), the value, and why. */
export interface ClusterProblem {
	/** The file's line (the header is line 1), or the cluster's position in the list from 1; null for one left out of it. */
	line: number | null;
	column: ClusterColumn;
	value: string;
	code: ClusterProblemCode;
}
