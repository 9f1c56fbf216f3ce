import type { Messages } from '../../types';

export const downloads = {
	'export.xlsx': 'Descargar las respuestas (XLSX)',
	'export.xlsx_hxl': 'XLSX con una fila de hashtags HXL',
	'export.xlsx_hint':
		'El archivo XLSX tiene las mismas columnas, los números como números y el libro de códigos en una segunda hoja; a partir de un millón de respuestas, estas continúan en una hoja «responses 2».',
	'export.indicators_xlsx': 'Descargar la tabla de indicadores (XLSX)',
	'download.progress_label': 'Descargando: {file}',
	'download.rows': '{rows} de {total, plural, one {# fila recibida} other {# filas recibidas}}',
	'download.bytes': '{size, plural, one {# MB recibido} other {# MB recibidos}}',
	'download.started': 'Descarga iniciada: {file}',
	'download.saved': 'Descargado: {file}',
	'download.saved_rows': 'Descargado: {file}, {rows, plural, one {# fila} other {# filas}}',
	'download.cancel': 'Cancelar la descarga',
	'download.cancelled': 'Se ha cancelado la descarga.',
	'download.failed': 'La descarga se detuvo antes de terminar. Vuelva a intentarlo.'
} satisfies Partial<Messages>;
