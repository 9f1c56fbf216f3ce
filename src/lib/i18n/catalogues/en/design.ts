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
	'design.problem.weight_too_small': 'A weight is at least 0.000000001: a smaller one is a typing error.',
	'design.problem.weight_too_large': 'A weight is at most 1,000,000,000.',
	'design.problem.not_text': 'Write this as text.',
	'design.problem.weight_not_number': 'A weight is a number, such as 12.5.',
	'design.problem.weight_not_positive': 'A weight is above 0.',
	'design.problem.cluster_removed_in_use':
		'This cluster already has responses: it cannot be taken out of the list, so the file must keep it.',
	'design.problem.cluster_removed_linked':
		'This cluster has a link of its own, whose flyer may be posted in the village: it cannot be taken out of the list, so the file must keep it.',
	'design.problem.stratum_changed_in_use': 'This cluster already has responses: its stratum cannot change.',
	'design.problem.weight_locked':
		'The raw responses of this campaign are deleted: the weight of a cluster that had responses cannot change.',
	'errors.design_invalid': 'The sampling design was not saved: each problem is listed.',
	'errors.design_too_many_clusters': 'A campaign declares at most 5,000 clusters.',
	'errors.no_clusters': 'Declare the campaign’s clusters first, in its sampling design.',
	'errors.cluster_self_link':
		'A self-completed link cannot choose a cluster: send through the link made for that cluster, or an enumerator link.',
	'errors.cluster_unknown': 'This cluster is not one the campaign declared.',
	'errors.panel_code_invalid':
		'A panel code is 3 to 40 letters, digits, - or _, with at least one letter and one digit: never a name or a phone number.',
	'errors.panel_code_taken': 'This panel code already has a response in this wave and group.',
	'errors.panel_off': 'This campaign follows no panel: leave the panel code out.',
	'audit.action.design_updated':
		'Changed the sampling design of “{campaign}”: {clusters, plural, one {# cluster} other {# clusters}}',
	'design.file.no_rows': 'This file has a header but no cluster under it.',
	'design.file.repeated_column':
		'Two columns of the first line name the same thing (code, name, stratum or weight): keep one.',
	'design.file.extra_values':
		'Line {line} has more cells than the first line. A decimal comma in a file divided by commas needs quotes ("12,5"), or divide the file by semicolons.',
	'design.file.no_code_column':
		'The file needs a “code” column in its first line (and may have “name”, “stratum” and “weight”).',
	'design.title': 'Sampling design',
	'design.link': 'Sampling design',
	'design.lead':
		'Declare the clusters you survey (villages, neighbourhoods, schools), the stratum each was drawn in and its weight, and whether you follow the same people over time. Mesure then computes every interval as R’s survey package does.',
	'design.clusters_title': 'Clusters',
	'design.clusters_count':
		'{count, plural, one {# cluster} other {# clusters}} in {strata, plural, one {# stratum} other {# strata}}',
	'design.none':
		'No cluster declared: respondents count as a simple random sample unless they carry a weight or a panel code.',
	'design.linked': 'has a link',
	'design.in_use': 'has responses',
	'design.remove': 'Remove {code}',
	'design.add_title': 'Add a cluster',
	'design.add': 'Add',
	'design.code_hint': '1 to 40 letters, digits, - or _, such as V01.',
	'design.weight_hint': 'Its design weight: the people each respondent stands for. Leave empty for 1.',
	'design.upload_title': 'Replace the list from a file',
	'design.upload_hint':
		'A CSV file with the columns code, name, stratum and weight (the last three optional). It replaces the whole list, so it keeps every cluster that has responses or a link. Everything is checked before anything is saved.',
	'design.file': 'CSV file',
	'design.upload': 'Check and save',
	'design.problems_title': 'Nothing was saved: fix these and send the file again.',
	'design.problem.line': 'Line',
	'design.problem.column': 'Column',
	'design.problem.value': 'Value',
	'design.problem.why': 'Problem',
	'design.problem.not_in_list': 'missing',
	'design.panel_title': 'Panel',
	'design.panel': 'Respondents carry a panel code that follows them from the baseline to the endline',
	'design.panel_hint':
		'A code written on a card, never a name or a phone number. Enumerators type it; at endline the interview finds it among the baseline’s.',
	'design.save_panel': 'Save',
	'design.saved': 'The sampling design is saved.',
	'design.read_only': 'Only owners and editors change the sampling design.',
	'design.summary_title': 'How the campaign was sampled',
	'design.sampled_clusters':
		'{clusters, plural, one {# cluster} other {# clusters}} (villages, neighbourhoods) in {strata, plural, one {# stratum} other {# strata}}; the intervals account for it.',
	'design.sampled_clusters_weighted':
		'{clusters, plural, one {# cluster} other {# clusters}} (villages, neighbourhoods) in {strata, plural, one {# stratum} other {# strata}}, weighted; the intervals account for it.',
	'design.sampled_panel':
		'The same people were asked at baseline and endline (a panel): each change compares a person with themselves, and the intervals account for it.',
	'design.sampled_weighted': 'A weighted sample: the intervals account for the weights.',
	'design.explained':
		'People of one village tend to answer alike, so each usually says less than someone drawn at random, and intervals are wider than a simple random sample’s.',
	'design.effects_explained':
		'The design effect compares a figure’s variance with a simple random sample’s of as many respondents: 2 means twice the variance; below 1, strata or weights made it more precise than such a sample. The effective sample size is how many people drawn at random would give the same precision.',
	'design.sampled_outside':
		'Respondents interviewed outside any cluster, each counted as a cluster of their own: {count}.',
	'design.deff': 'deff',
	'design.deff_title': 'Design effect: the variance against that of a simple random sample of as many respondents',
	'design.effective_n': 'Effective n',
	'design.retention_caption': 'Panel members found again at endline',
	'design.retention_baseline': 'At baseline',
	'design.retention_retained': 'Found at endline',
	'design.retention': 'Retention',
	'design.retention_hidden': 'not shown',
	'design.retention_hidden_note':
		'A group’s counts are not shown where they, or the members lost between them, number 1 to 4: so few could point to people.',
	'design.retention_difference': 'Retention, exposed − comparison: {points} points (95% interval {low} to {high}).',
	'design.links_title': 'Links per cluster',
	'design.links_lead':
		'A self-completed link for one cluster: every response through it carries that cluster. Print each one’s QR flyer for its village.',
	'design.links_cell': 'Wave and group',
	'design.links_cluster': 'Cluster',
	'design.links_every': 'Every cluster that has no link yet',
	'design.links_make': 'Make the links',
	'design.links_made': '{count, plural, one {# link made} other {# links made}}.',
	'design.links_none_made':
		'No link made: every cluster chosen already has one for this wave and group, with its flyer, in the list below.',
	'design.links_publish_first': 'Publish the survey first: a cluster’s link collects its published version.'
} as const;
