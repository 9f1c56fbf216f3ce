export const languages = {
	'languages.title': 'Translate into {language}',
	'languages.lead':
		'Each text stands beside the same text in {reference}. Keep the words in braces as they are: each respondent’s page fills them in. The answer codes stay the same, so the indicators stay comparable with every other campaign.',
	'languages.reference': 'Shown beside',
	'languages.show': 'Show',
	'languages.section_core': 'The standard questions (core module)',
	'languages.section_pages': 'What the respondents’ pages say',
	'languages.section_campaign': 'The campaign’s messages and questions',
	'languages.missing_count':
		'{count, plural, =0 {Every text is translated.} one {# text is still to translate.} other {# texts are still to translate.}}',
	'languages.save': 'Save the translations',
	'languages.saved': 'Translations saved.',
	'languages.sheet_title': 'Work in a spreadsheet',
	'languages.sheet_lead':
		'Download the texts as an XLSForm-style sheet, with a “label::” column for each language, fill in the empty cells of {language}, then upload it here. Keep every row and the “key” column as they are.',
	'languages.sheet_download': 'Download the sheet (XLSX)',
	'languages.sheet_file': 'Translated sheet',
	'languages.sheet_import': 'Import the translations',
	'languages.sheet_imported': '{count, plural, one {# text imported.} other {# texts imported.}}',
	'languages.by_campaign': 'translated by the campaign',
	'languages.translate_into': 'Translate into {language}',
	'languages.added_label': 'Other languages, by their codes',
	'languages.added_hint':
		'Mesure gives every text in the five languages above. For another language, give its code (wo, bm, ff, ha, snk, mnk, or any BCP 47 code), separated by commas: the campaign translates the survey into it before publishing.',
	'errors.languages_too_many': 'A campaign offers at most 12 languages.',
	'errors.language_not_in_campaign':
		'This campaign does not offer this language. Add it to the campaign’s languages first.',
	'errors.translation_keys_unknown':
		'{count, plural, one {This text is} other {These texts are}} not part of this survey: {keys}. Nothing was saved.',
	'errors.translation_too_long': '“{key}” is longer than 2,000 characters. Nothing was saved.',
	'errors.translation_placeholders':
		'“{key}” must keep {placeholders} exactly as written: each respondent’s page fills them in. Nothing was saved.',
	'errors.translation_sheet_invalid':
		'This sheet has no “key” column and no “label::” column for this language. Download the sheet again and fill it in.',
	'errors.translation_sheet_missing_rows':
		'{count, plural, one {# text is} other {# texts are}} missing from the sheet, for example “{first}”. Download the sheet again and keep every row. Nothing was saved.',
	'errors.translation_sheet_extra_rows':
		'{count, plural, one {A row names a text} other {# rows name texts}} this survey does not have: {keys}. Nothing was saved.'
} as const;
