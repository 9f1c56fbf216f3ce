export const imports = {
	'imports.link': 'Import responses from a CSV file',
	'imports.title': 'Import responses',
	'imports.lead':
		'One response a row, the columns named by the answer codes (C0, D1, D2 … and the codes of your questions): as KoboToolbox or ODK export the data collected with this survey’s XLSForm, or as typed from paper forms. You see every problem before anything is saved; a file with problems can be corrected and checked again, or imported without the rows that have them; importing it again adds nothing.',
	'imports.file': 'CSV file',
	'imports.file_hint':
		'Separated by commas, semicolons or tabs; UTF-8 text (“CSV UTF-8” in a spreadsheet); at most 5 MB.',
	'imports.language': 'Language the responses were given in',
	'imports.language_hint': 'For the rows of a file without a “language” column.',
	'imports.check': 'Check the file',
	'imports.progress_upload': 'Sending the file',
	'imports.progress_check': 'Checking the file',
	'imports.progress_rows': '{count, plural, one {# row checked} other {# rows checked}}',
	'imports.report': 'What the file holds',
	'imports.rows': 'Rows',
	'imports.columns': 'Answer columns read',
	'imports.refusals': 'Refusals (only counted)',
	'imports.not_eligible': 'Under 15 (only counted)',
	'imports.already_imported': 'Already imported (skipped)',
	'imports.to_import': 'To import',
	'imports.imported_count': 'Imported',
	'imports.ignored': 'Columns left out: {count}',
	'imports.ignored.metadata': 'metadata',
	'imports.ignored.option': '0/1 column of one option',
	'imports.ignored.unknown': 'not an answer code of this survey',
	'imports.unknown_warning':
		'Some column names are not answer codes of this survey: check that none of them is a question you meant to import.',
	'imports.problems': 'Problems: {count}',
	'imports.problems_listed': 'The first {shown} are listed.',
	'imports.rows_with_problems': 'Rows with problems: {count}.',
	'imports.nothing_while_problems':
		'Nothing is imported while the file has problems: correct them, then check the file again.',
	'imports.some_rows_have_problems':
		'Some rows have problems. Correct them and check the file again, or import only the valid rows: the others are left out, and you can download them with the reason for each, to correct them and import them later.',
	'imports.left_out_count': 'Left out (rows with problems)',
	'imports.import_valid': 'Import the {valid} valid rows, leave out the {invalid} with problems',
	'imports.confirm_leave_out': 'I understand that the {invalid} rows with problems will not be imported.',
	'imports.done_left_out':
		'Imported: {count, plural, one {# row} other {# rows}}. Left out: {invalid, plural, one {# row with problems} other {# rows with problems}}.',
	'imports.download_left_out':
		'Download the {count, plural, one {row with problems} other {# rows with problems}} (CSV)',
	'imports.download_left_out_hint':
		'Your columns, and a first column “{column}” that says why each row was left out. Correct the rows, then check and import the file as it is: that column is not read.',
	'imports.left_out.column': '_why_left_out',
	'imports.left_out.reasons': 'Line {line}. {reasons}',
	'imports.left_out.in_column': '{column}: {message}',
	'imports.left_out.more': 'And {count, plural, one {# more problem} other {# more problems}}.',
	'imports.outside_dates_planned':
		'Rows dated outside the campaign’s dates, {start} to {end}: {count}. They will be imported and flagged for review.',
	'imports.outside_dates_done':
		'Rows dated outside the campaign’s dates, {start} to {end}: {count}. They are imported and flagged for review.',
	'imports.outside_dates_lines': 'Their lines',
	'errors.leave_out_unconfirmed': 'Tick the box to confirm that the rows with problems are left out.',
	'errors.csv_header_problems': 'The file’s columns have problems (line 1), so no row was imported: see “problems”.',
	'imports.line': 'Line',
	'imports.column': 'Column',
	'imports.value': 'Value',
	'imports.problem': 'Problem',
	'imports.import': 'Import {count, plural, one {# row} other {# rows}}',
	'imports.import_nothing': 'Import nothing',
	'imports.nothing_new': 'Nothing new to import: every row of this file is already there.',
	'imports.done': 'Imported: {count, plural, one {# row} other {# rows}}.',
	'imports.back': 'Back to the link',
	'imports.problem.duplicate_column': 'Another column has the same answer code.',
	'imports.problem.missing_column':
		'This column is missing: without it, no row tells whether its respondent may be counted.',
	'imports.problem.labels_not_codes':
		'No column is named by an answer code: this file names the questions by their labels. In KoboToolbox, export the data again as CSV with “XML values and headers” (ODK Central’s CSV is right as it is), and import that file.',
	'imports.problem.cluster_unknown': 'This cluster is not one the campaign declared (see its sampling design).',
	'imports.problem.cluster_not_link':
		'This link collects for one cluster only: a row of another cluster goes through the wave and group’s own link.',
	'imports.problem.stratum_mismatch': 'This stratum is not the one declared for the row’s cluster.',
	'imports.problem.weight_invalid': 'A weight is a number from 0.000000001 to 1,000,000,000, such as 12.5.',
	'imports.problem.panel_off':
		'This campaign follows no panel: leave panel_id empty, or turn the panel on in the sampling design.',
	'imports.problem.panel_code_invalid':
		'A panel code is 3 to 40 letters, digits, - or _, with at least one letter and one digit: never a name or a phone number.',
	'imports.problem.panel_code_taken': 'This panel code already has a response in this wave and group.',
	'imports.problem.panel_code_repeated':
		'This panel code is already on line {firstLine}: one response per person in a wave.',
	'imports.problem.extra_values': 'This row has more values than the header has columns.',
	'imports.problem.client_id_invalid': 'A submission id is 8 to 100 letters, digits and . _ : -',
	'imports.problem.client_id_repeated': 'Line {firstLine} has the same submission id.',
	'imports.problem.language_not_offered': 'The survey is not offered in this language.',
	'imports.problem.language_missing': 'The language is missing: give it, or choose one for the whole file.',
	'imports.problem.timestamp_invalid': 'Give a date and time as ISO 8601, like 2026-05-04T10:30:00Z.',
	'imports.problem.submitted_in_future': 'This time is in the future.',
	'imports.problem.started_after_submitted': 'The start is after the end.',
	'imports.problem.wave_not_link':
		'This row is for another wave than the link’s: import it through the link of its own wave and group (nothing was moved).',
	'imports.problem.group_not_link':
		'This row is for another group than the link’s: import it through the link of its own wave and group (nothing was moved).',
	'errors.csv_body_missing':
		'No CSV file came: choose one (over the API, send it as the request body, with “Content-Type: text/csv”).',
	'errors.csv_required': 'Send the responses as CSV, with “Content-Type: text/csv”.',
	'errors.csv_too_large': 'This file is larger than 5 MB: import it in several parts.',
	'errors.csv_too_many_rows':
		'This file has more than 50,000 responses (line {line} is past them): import it in several parts of 50,000 at most. Nothing was imported.',
	'errors.xls_reads_busy':
		'Other Excel 97–2003 (.xls) forms are being read right now: try again in a minute, or save the form as .xlsx.',
	'errors.csv_imports_busy': 'Other files are being imported right now: try again in a minute.',
	'errors.csv_not_utf8': 'This file is not UTF-8 text. In your spreadsheet, save it as “CSV UTF-8”.',
	'errors.csv_empty': 'This file is empty.',
	'errors.csv_no_rows': 'This file has a header but no response under it.',
	'errors.csv_malformed': 'This file cannot be read as CSV (near line {line}): check its quotes.',
	'errors.csv_language_required': 'The file has no “language” column: choose the language the responses were given in.',
	'errors.csv_has_problems': 'The file has problems, so nothing was imported: see “problems”.',
	'errors.wave_invalid': 'The wave is baseline, endline or followup.',
	'errors.group_invalid': 'The group is exposed or comparison.'
} as const;
