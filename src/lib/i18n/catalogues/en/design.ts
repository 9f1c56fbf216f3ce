export const design = {
	'design.column.code': 'code',
	'design.column.name': 'name',
	'design.column.stratum': 'stratum',
	'design.column.weight': 'weight',
	'design.problem.code_missing': 'Each cluster needs a code.',
	'design.problem.code_invalid': 'A code is 1 to 40 letters (a to z, without accents), digits, - or _.',
	'design.problem.code_duplicate': 'This code is given to another cluster already (capitals aside).',
	'design.problem.name_too_long': 'A name is at most 200 characters.',
	'design.problem.stratum_too_long': 'A stratum is at most 80 characters.',
	'design.problem.weight_not_number': 'A weight is a number, such as 12.5.',
	'design.problem.weight_not_positive': 'A weight is above 0.',
	'design.problem.cluster_removed_in_use': 'This cluster already has responses: it stays in the list.',
	'design.problem.stratum_changed_in_use': 'This cluster already has responses: its stratum stays as it was.',
	'design.problem.weight_locked':
		'The raw responses of this campaign are deleted: the weight of a cluster that had responses stays as it was.',
	'errors.design_invalid': 'The sampling design was not saved: each problem is listed.',
	'errors.design_too_many_clusters': 'A campaign declares at most 5,000 clusters.',
	'errors.cluster_unknown': 'This cluster is not one the campaign declared.',
	'errors.panel_code_invalid':
		'A panel code is 3 to 40 letters, digits, - or _, with at least one letter and one digit: never a name or a phone number.',
	'errors.panel_code_taken': 'This panel code already has a response in this wave and group.',
	'errors.panel_off': 'This campaign follows no panel: leave the panel code out.',
	'audit.action.design_updated': 'Changed the sampling design of “{campaign}”: {clusters} clusters'
} as const;
