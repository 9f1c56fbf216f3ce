export const downloads = {
	'export.xlsx': 'Download the responses (XLSX)',
	'export.xlsx_hxl': 'XLSX with an HXL hashtag row',
	'export.xlsx_hint':
		'The XLSX file holds the same columns, numbers as numbers, and the codebook on a second sheet; past a million responses they continue on a sheet “responses 2”.',
	'export.indicators_xlsx': 'Download the indicator table (XLSX)',
	'download.progress_label': 'Downloading: {file}',
	'download.rows': '{rows} of {total} rows received',
	'download.bytes': '{size} MB received',
	'download.started': 'Download started: {file}',
	'download.saved': 'Downloaded: {file}',
	'download.saved_rows': 'Downloaded: {file}, {rows, plural, one {# row} other {# rows}}',
	'download.cancel': 'Cancel the download',
	'download.cancelled': 'The download was cancelled.',
	'download.failed': 'The download stopped before its end. Try again.'
} as const;
