import type { Messages } from '../../types';

export const imports = {
	'imports.link': 'Importar respuestas desde un archivo CSV',
	'imports.title': 'Importar respuestas',
	'imports.lead':
		'Una respuesta por fila y las columnas nombradas con los códigos de respuesta (C0, D1, D2… y los códigos de sus preguntas): tal como KoboToolbox u ODK exportan los datos recogidos con el XLSForm de esta encuesta, o tal como se transcriben desde cuestionarios en papel. Verá cada problema antes de que se guarde nada; un archivo con problemas puede corregirse y volver a comprobarse, o importarse sin las filas que los tienen; importarlo otra vez no añade nada.',
	'imports.file': 'Archivo CSV',
	'imports.file_hint':
		'Separado por comas, puntos y coma o tabulaciones; texto UTF-8 («CSV UTF-8» en una hoja de cálculo); 5 MB como máximo.',
	'imports.language': 'Idioma en que se dieron las respuestas',
	'imports.language_hint': 'Para las filas de un archivo sin columna «language».',
	'imports.check': 'Comprobar el archivo',
	'imports.progress_upload': 'Enviando el archivo',
	'imports.progress_check': 'Comprobando el archivo',
	'imports.progress_rows': '{count, plural, one {# fila comprobada} other {# filas comprobadas}}',
	'imports.report': 'Qué contiene el archivo',
	'imports.rows': 'Filas',
	'imports.columns': 'Columnas de respuesta leídas',
	'imports.refusals': 'Negativas a responder (solo se cuentan)',
	'imports.not_eligible': 'Menores de 15 años (solo se cuentan)',
	'imports.already_imported': 'Ya importadas (se omiten)',
	'imports.to_import': 'Por importar',
	'imports.imported_count': 'Importadas',
	'imports.ignored': 'Columnas descartadas: {count}',
	'imports.ignored.metadata': 'metadatos',
	'imports.ignored.option': 'columna 0/1 de una opción',
	'imports.ignored.unknown': 'no es un código de respuesta de esta encuesta',
	'imports.unknown_warning':
		'Algunos nombres de columna no son códigos de respuesta de esta encuesta: compruebe que ninguno corresponde a una pregunta que quería importar.',
	'imports.problems': 'Problemas: {count}',
	'imports.problems_listed': '{shown, plural, one {Se muestra el primero.} other {Se muestran los # primeros.}}',
	'imports.rows_with_problems': 'Filas con problemas: {count}.',
	'imports.nothing_while_problems':
		'No se importa nada mientras el archivo tenga problemas: corríjalos y vuelva a comprobar el archivo.',
	'imports.some_rows_have_problems':
		'Algunas filas tienen problemas. Corríjalas y vuelva a comprobar el archivo, o importe solo las filas válidas: las demás quedan excluidas, y puede descargarlas con el motivo de cada una para corregirlas e importarlas más adelante.',
	'imports.left_out_count': 'Excluidas (filas con problemas)',
	'imports.import_valid':
		'Importar {valid, plural, one {la fila válida} other {las # filas válidas}} y excluir {invalid, plural, one {la que tiene problemas} other {las # que tienen problemas}}',
	'imports.confirm_leave_out':
		'{invalid, plural, one {Entiendo que la fila con problemas no se importará.} other {Entiendo que las # filas con problemas no se importarán.}}',
	'imports.done_left_out':
		'Importadas: {count, plural, one {# fila} other {# filas}}. Excluidas: {invalid, plural, one {# fila con problemas} other {# filas con problemas}}.',
	'imports.download_left_out':
		'Descargar {count, plural, one {la fila con problemas} other {las # filas con problemas}} (CSV)',
	'imports.download_left_out_hint':
		'Sus columnas, más una primera columna «{column}» que indica por qué se excluyó cada fila. Corrija las filas y después compruebe e importe el archivo tal cual: esa columna no se lee.',
	'imports.left_out.column': '_motivo_exclusión',
	'imports.left_out.reasons': 'Línea {line}. {reasons}',
	'imports.left_out.in_column': '{column}: {message}',
	'imports.left_out.more': 'Y {count, plural, one {# problema más} other {# problemas más}}.',
	'imports.outside_dates_planned':
		'Filas con fecha fuera del periodo de la campaña (del {start} al {end}): {count}. {count, plural, one {Se importará y quedará marcada} other {Se importarán y quedarán marcadas}} para revisión.',
	'imports.outside_dates_done':
		'Filas con fecha fuera del periodo de la campaña (del {start} al {end}): {count}. {count, plural, one {Se ha importado y ha quedado marcada} other {Se han importado y han quedado marcadas}} para revisión.',
	'imports.outside_dates_lines': 'Sus líneas',
	'errors.leave_out_unconfirmed': 'Marque la casilla para confirmar que las filas con problemas quedan excluidas.',
	'errors.csv_header_problems':
		'Las columnas del archivo tienen problemas (línea 1), así que no se ha importado ninguna fila: vea «problems».',
	'imports.line': 'Línea',
	'imports.column': 'Columna',
	'imports.value': 'Valor',
	'imports.problem': 'Problema',
	'imports.import': 'Importar {count, plural, one {# fila} other {# filas}}',
	'imports.import_nothing': 'No importar nada',
	'imports.nothing_new': 'No hay nada nuevo que importar: todas las filas de este archivo ya están importadas.',
	'imports.done': 'Importadas: {count, plural, one {# fila} other {# filas}}.',
	'imports.back': 'Volver al enlace',
	'imports.problem.duplicate_column': 'Otra columna tiene el mismo código de respuesta.',
	'imports.problem.missing_column':
		'Falta esta columna: sin ella, ninguna fila indica si se puede contar a su persona encuestada.',
	'imports.problem.labels_not_codes':
		'Ninguna columna lleva como nombre un código de respuesta: este archivo nombra las preguntas por sus etiquetas. En KoboToolbox, vuelva a exportar los datos en CSV con «Valores y encabezados XML» (el CSV de ODK Central sirve tal cual) e importe ese archivo.',
	'imports.problem.cluster_unknown':
		'Este conglomerado no es uno de los que declaró la campaña (vea su diseño muestral).',
	'imports.problem.cluster_not_link':
		'Este enlace recoge datos de un solo conglomerado: una fila de otro conglomerado se importa por el enlace general de la ola y el grupo.',
	'imports.problem.stratum_mismatch': 'Este estrato no es el declarado para el conglomerado de la fila.',
	'imports.problem.weight_invalid': 'Un peso es un número de 0,000000001 a 1.000.000.000, como 12,5.',
	'imports.problem.panel_off':
		'Esta campaña no sigue ningún panel: deje panel_id vacío o active el panel en el diseño muestral.',
	'imports.problem.panel_code_invalid':
		'Un código de panel tiene de 3 a 40 letras, cifras, - o _, con al menos una letra y una cifra: nunca un nombre ni un número de teléfono.',
	'imports.problem.panel_code_taken': 'Este código de panel ya tiene una respuesta en esta ola y este grupo.',
	'imports.problem.panel_code_repeated':
		'Este código de panel ya figura en la línea {firstLine}: una sola respuesta por persona en cada ola.',
	'imports.problem.extra_values': 'Esta fila tiene más valores que columnas tiene el encabezado.',
	'imports.problem.client_id_invalid': 'Un identificador de envío tiene de 8 a 100 letras, cifras y . _ : -',
	'imports.problem.client_id_repeated': 'La línea {firstLine} tiene el mismo identificador de envío.',
	'imports.problem.language_not_offered': 'La encuesta no se ofrece en este idioma.',
	'imports.problem.language_missing': 'Falta el idioma: indíquelo, o elija uno para todo el archivo.',
	'imports.problem.timestamp_invalid': 'Indique una fecha y una hora en formato ISO 8601, como 2026-05-04T10:30:00Z.',
	'imports.problem.submitted_in_future': 'Esta fecha y hora está en el futuro.',
	'imports.problem.started_after_submitted': 'El inicio es posterior al final.',
	'imports.problem.wave_not_link':
		'Esta fila corresponde a otra ola, no a la del enlace: impórtela por el enlace de su propia ola y grupo (no se ha movido nada).',
	'imports.problem.group_not_link':
		'Esta fila corresponde a otro grupo, no al del enlace: impórtela por el enlace de su propia ola y grupo (no se ha movido nada).',
	'errors.csv_body_missing':
		'No ha llegado ningún archivo CSV: elija uno (por la API, envíelo como cuerpo de la solicitud, con «Content-Type: text/csv»).',
	'errors.csv_required': 'Envíe las respuestas en CSV, con «Content-Type: text/csv».',
	'errors.csv_too_large': 'Este archivo supera los 5 MB: impórtelo en varias partes.',
	'errors.csv_too_many_rows':
		'Este archivo tiene más de 50.000 respuestas (la línea {line} ya supera ese límite): impórtelo en varias partes de 50.000 como máximo. No se ha importado nada.',
	'errors.xls_reads_busy':
		'Ahora mismo se están leyendo otros formularios de Excel 97–2003 (.xls): vuelva a intentarlo dentro de un minuto o guarde el formulario como .xlsx.',
	'errors.csv_imports_busy': 'Ahora mismo se están importando otros archivos: vuelva a intentarlo dentro de un minuto.',
	'errors.csv_not_utf8': 'Este archivo no es texto UTF-8. En su hoja de cálculo, guárdelo como «CSV UTF-8».',
	'errors.csv_empty': 'Este archivo está vacío.',
	'errors.csv_no_rows': 'Este archivo tiene encabezado, pero ninguna respuesta debajo.',
	'errors.csv_malformed': 'Este archivo no se puede leer como CSV (cerca de la línea {line}): revise sus comillas.',
	'errors.csv_language_required':
		'El archivo no tiene columna «language»: elija el idioma en que se dieron las respuestas.',
	'errors.csv_has_problems': 'El archivo tiene problemas, así que no se ha importado nada: vea «problems».',
	'errors.wave_invalid': 'La ola es baseline, endline o followup.',
	'errors.group_invalid': 'El grupo es exposed o comparison.'
} satisfies Partial<Messages>;
