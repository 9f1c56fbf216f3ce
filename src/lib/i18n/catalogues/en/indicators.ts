export const indicators = {
	'indicator.EXP1.name': 'Campaign recall',
	'indicator.EXP0.name': 'Placebo recall',
	'indicator.INF1.name': 'Feels well informed',
	'indicator.KNW1.name': 'Knows the risks',
	'indicator.KNW1M.name': 'Risk knowledge score',
	'indicator.KNW2.name': 'Knows a safe source on legal migration',
	'indicator.RSK1.name': 'Perceived risk',
	'indicator.ATT1.name': 'Would advise against irregular travel',
	'indicator.INT1.name': 'Intends to migrate irregularly',
	'indicator.INT2.name': 'Prepares to leave',
	'indicator.TRU1.name': 'Trusts reliable sources',
	'indicator.TRU2.name': 'Trusts smugglers’ information',
	'indicator.SHR1.name': 'Talks about the risks',
	'sentence.group.exposed': 'the exposed group',
	'sentence.group.comparison': 'the comparison group',
	'sentence.points': '{value} points',
	'sentence.change_up':
		'{indicator}: up from {from} to {to} in {group}, a change of {change} (95% interval {low} to {high}).',
	'sentence.change_down':
		'{indicator}: down from {from} to {to} in {group}, a change of {change} (95% interval {low} to {high}).',
	'sentence.change_unclear':
		'{indicator}: from {from} to {to} in {group}. The change, {change} (95% interval {low} to {high}), is no larger than chance alone could give.',
	'sentence.change_suppressed':
		'{indicator} in {group}: too few responses (fewer than 25 in a wave) to tell how it changed.',
	'sentence.change_hidden':
		'{indicator} in {group}: not shown, so that the answers of a small group cannot be worked out from the other figures.',
	'sentence.impact_clear':
		'{indicator}: against the comparison group, the campaign’s estimated impact is {impact} (95% interval {low} to {high}).',
	'sentence.impact_unclear':
		'{indicator}: against the comparison group, the estimated impact, {impact} (95% interval {low} to {high}), cannot be told apart from no impact.',
	'sentence.impact_suppressed':
		'{indicator}: too few responses (fewer than 25 in a cell) to estimate the campaign’s impact.',
	'sentence.impact_hidden':
		'{indicator}: the impact is not shown, so that the answers of a small group cannot be worked out from the other figures.',
	'flag.placebo_recall_high':
		'{share} ({count, plural, one {# respondent says} other {# respondents say}}) they heard the placebo message, which the campaign never used: answers may be unreliable.',
	'flag.placebo_recall_high_share':
		'{share} say they heard the placebo message, which the campaign never used: answers may be unreliable.',
	'flag.placebo_recall_high_beyond':
		'More than {limit} say they heard the placebo message, which the campaign never used: answers may be unreliable.',
	'flag.sample_mix_sex':
		'The mix of sexes differs from the baseline’s by up to {points}: a change may come from who was asked.',
	'flag.sample_mix_age_band':
		'The mix of ages differs from the baseline’s by up to {points}: a change may come from who was asked.',
	'flag.sample_mix_sex_beyond':
		'The mix of sexes differs from the baseline’s by more than {limit}: a change may come from who was asked.',
	'flag.sample_mix_age_band_beyond':
		'The mix of ages differs from the baseline’s by more than {limit}: a change may come from who was asked.',
	'flag.retention_low':
		'Fewer than {limit} of the baseline’s panel members were found again at endline: those lost may differ from those who stayed, and the change with them.',
	'flag.retention_differs':
		'Retention differs between the groups by more than {limit}: attrition that differs can fake or hide an impact.',
	'flag.quick_responses':
		'{count, plural, one {# response ({share}) took} other {# responses ({share}) took}} under 2 minutes.',
	'flag.quick_responses_most': 'Nearly all responses took under 2 minutes.',
	'errors.plan_cluster_size_invalid': 'A cluster size is a whole number of respondents from 1 to 1,000.',
	'errors.plan_icc_invalid': 'An intra-cluster correlation is between 0 and 1, such as 0.05.',
	'errors.plan_deff_with_clusters':
		'Give a design effect, or the respondents per cluster and the intra-cluster correlation that make one, not both.',
	'errors.plan_cluster_pair': 'Give both the respondents per cluster and the intra-cluster correlation, or neither.',
	'errors.dimension_unknown': 'Disaggregate by sex, age_band, region, education, returnee, exposure or intention.',
	'errors.indicator_unknown': 'Choose an indicator of the core module, like KNW1.',
	'errors.campaign_id_invalid': 'A campaign id is 24 characters, small letters a–z and digits 2–7.',
	'errors.campaigns_too_many': 'Compare at most 500 campaigns at once.',
	'compare.excluded.not_found': 'This campaign does not exist, or you may not see it.',
	'compare.excluded.one_wave': 'Its exposed group has answers from one wave only: there is no change to compare yet.',
	'compare.excluded.suppressed':
		'Too few responses (fewer than 25 in a wave of the exposed group) to compare its change.',
	'plan.title': 'How many respondents?',
	'plan.lead':
		'Before collecting, find how many people to interview in each wave (baseline, endline) and each group (exposed, comparison) so that the change you hope for can be told apart from chance.',
	'plan.p1': 'Share today (%)',
	'plan.p1_hint': 'Your best guess of the indicator before the campaign, for example 40 if 4 in 10 know the risks.',
	'plan.p2': 'Share you hope for (%)',
	'plan.p2_hint': 'The share after the campaign you want to be able to detect, for example 50.',
	'plan.more': 'Confidence, power and design effect',
	'plan.alpha': 'Confidence',
	'plan.alpha_option': '{level} (usual)',
	'plan.power': 'Power',
	'plan.power_option': '{power}: the chance of detecting the change if it is real',
	'plan.deff': 'Design effect',
	'plan.deff_hint':
		'1 for a simple random sample; 1.5 to 2 when respondents are chosen in clusters (villages, schools).',
	'plan.clusters': 'Clusters',
	'plan.clusters_hint':
		'When respondents are chosen in villages, neighbourhoods or schools: how many in each, and how alike their answers are. They give the design effect. Leave both empty for a simple random sample.',
	'plan.cluster_size': 'Respondents per cluster',
	'plan.icc': 'Intra-cluster correlation (ICC)',
	'plan.icc_hint': 'From 0 to 1; about 0.05 is common for what people know and intend.',
	'plan.icc_observed':
		'Your organisation’s past clustered campaigns suggest {icc} (campaigns: {campaigns}; clusters in them: {clusters}).',
	'plan.icc_observed_few':
		'Your organisation’s past clustered campaigns suggest {icc} (campaigns: {campaigns}; clusters in them: {clusters}), a rough guide from so few clusters: about 0.05 is common for what people know and intend.',
	'plan.result_clusters': 'That is {clusters} clusters of {size} in each wave and group (design effect {deff}).',
	'plan.submit': 'Calculate',
	'plan.fix_errors': 'Some values need fixing: see below.',
	'plan.result_title': 'Respondents needed',
	'plan.result': '{n} respondents in each wave and group to detect a change from {from} to {to}.',
	'plan.total_without': '{total} in all for a baseline and an endline without a comparison group (a change).',
	'plan.total_with': '{total} in all with a comparison group (an impact estimate).',
	'plan.formula_note':
		'The formula of the standard (docs/standard.md §4.5), rounded up. Plan for more if some people may refuse.',
	'plan.alternatives_title': 'For other changes from the same start',
	'plan.per_cell': 'Per wave and group',
	'plan.with_comparison': 'In all, with a comparison group',
	'nav.plan': 'Sample size',
	'errors.plan_share_invalid': 'Give a share as a fraction from 0 to 1, like 0.4.',
	'errors.plan_percent_invalid': 'Give a share from 0 to 100.',
	'errors.plan_alpha_invalid': 'Give alpha between 0.001 and 0.2, like 0.05.',
	'errors.plan_power_invalid': 'Give a power between 0.5 and 0.99, like 0.8.',
	'errors.plan_deff_invalid': 'Give a design effect from 1 to 10.',
	'errors.plan_same_share': 'The share you hope for must differ from today’s.',
	'errors.indicator_not_pooled': 'Placebo recall (EXP0) is a data-quality check: it is never pooled across campaigns.',
	'chart.download_png': 'Download the chart (PNG)'
} as const;
