export const customResults = {
	'custom.title': 'The campaign’s own questions',
	'custom.repeats_not_summarised':
		'Not summarised here: the repeat groups, {groups}, whose questions are asked once per instance. Each group’s answers are in its own export file, one row per instance.',
	'custom.intro':
		'Questions this campaign added to the standard core module. They are not part of the standard and enter no indicator: their results cannot be compared with other campaigns’.',
	'custom.badge': 'Campaign’s own question',
	'custom.kind_share': 'Share of those who answered giving each answer, with its 95% interval.',
	'custom.kind_multiple':
		'Share of those who answered choosing each answer, with its 95% interval. Each could choose several: the shares add up to more than 100%.',
	'custom.kind_mean': 'Mean answer, with its 95% interval.',
	'custom.axis_mean': 'Mean answer',
	'custom.chart_label': '{question}: each wave and group with its 95% interval. The numbers are in the table below.',
	'custom.cells_caption': '{question} per wave and group',
	'custom.changes_caption': '{question}: changes',
	'custom.answer': 'Answer',
	'custom.count': 'Count',
	'custom.texts_title': 'Text answers',
	'custom.texts_private':
		'Only your organisation’s owners, editors and viewers read these answers; donors and public reports never do.',
	'custom.texts_count':
		'{total, plural, one {# answer} other {# answers}}; the latest {shown} are listed, newest first.',
	'custom.texts_none': 'No answers yet.',
	'results.flag_link': 'See these responses'
} as const;
