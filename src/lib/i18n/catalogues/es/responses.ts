import type { Messages } from '../../types';

export const responses = {
	'errors.too_many_responses':
		'Han llegado demasiadas respuestas desde esta dirección en poco tiempo. Espere unos minutos y vuelva a enviar.',
	'errors.survey_version_unknown': 'Esta campaña no tiene ninguna versión publicada de la encuesta con este número.',
	'errors.submitted_in_future': 'submittedAt está en el futuro: compruebe el reloj del dispositivo.',
	'errors.started_after_submitted': 'startedAt no puede ser posterior a submittedAt.',
	'errors.language_not_offered': 'La campaña no ofrece este idioma a las personas encuestadas.',
	'errors.collect_sign_in':
		'Este enlace es para los encuestadores de la organización: inicie sesión (o envíe un token de API) primero.',
	'errors.collect_forbidden':
		'Solo los encuestadores, editores y propietarios de la organización pueden recoger respuestas con este enlace.',
	'errors.link_closed': 'Este enlace de recogida está cerrado: sus fechas han pasado o su campaña está cerrada.',
	'errors.link_not_open': 'Este enlace de recogida todavía no está abierto.',
	'errors.timestamp_invalid': 'Indique una fecha y una hora en formato ISO 8601, como 2026-05-04T10:30:00Z.',
	'errors.answer_invalid': 'Una respuesta es un código, un número, una lista de códigos o null.',
	'errors.client_id_invalid': 'clientId tiene de 8 a 100 letras, cifras y . _ : - (por ejemplo, un UUID).',
	'errors.answers_required': 'Envíe las respuestas como un objeto cuyas claves son los códigos de respuesta.',
	'errors.json_required': 'Envíe la respuesta en JSON, con «Content-Type: application/json».',
	'errors.answers_invalid': 'Algunas respuestas no son válidas: vea «fields».',
	'export.title': 'Descargas',
	'export.hint':
		'Todas las respuestas en un archivo CSV (UTF-8, se abre en Excel): una columna por código de respuesta, las listas separadas por espacios, con la versión de la encuesta, la ola, el grupo, el idioma y el modo. Cada descarga queda registrada para los propietarios de la organización.',
	'export.csv': 'Descargar las respuestas (CSV)',
	'export.csv_semicolon': 'CSV con ; y una columna 0/1 por opción (Excel configurado en francés, portugués o español)',
	'export.csv_labels': 'CSV con las etiquetas de las respuestas ({language})',
	'errors.csv_separator_unknown': 'El separador es comma (coma) o semicolon (punto y coma).',
	'errors.csv_multiple_unknown':
		'Una pregunta de opción múltiple se exporta como list (sus códigos en una columna) o columns (una columna 0/1 por opción).',
	'errors.csv_labels_language': 'El idioma de las etiquetas es uno de los idiomas de la campaña.',
	'export.indicators_csv': 'Descargar la tabla de indicadores (CSV)',
	'codebook.client_id': 'Identificador de envío: uno por respuesta, el mismo en cada reintento',
	'codebook.survey_version': 'Número de la versión de la encuesta respondida',
	'codebook.wave': 'Ola: baseline, endline o followup',
	'codebook.group': 'Grupo: exposed o comparison',
	'codebook.language': 'Idioma en que respondió la persona encuestada',
	'codebook.mode': 'Modo: self (la propia persona encuestada) o enumerator (una entrevista)',
	'codebook.started_at': 'Cuándo empezó a responder la persona encuestada (ISO 8601)',
	'codebook.submitted_at': 'Cuándo se enviaron las respuestas (ISO 8601)',
	'codebook.cluster': 'Código del conglomerado declarado (pueblo, barrio) en el que se recogió la respuesta',
	'codebook.stratum': 'Estrato de ese conglomerado',
	'codebook.weight': 'Peso de diseño: el de la propia respuesta o, si no tiene, el de su conglomerado; vacío si es 1',
	'codebook.panel_id': 'Código de panel que vincula las respuestas de una misma persona entre olas (seudonimizado)',
	'codebook.review_state':
		'Estado en que la revisión del equipo dejó la respuesta: received, approved, has_issues o rejected (una respuesta rechazada no cuenta en ningún indicador)',
	'export.codebook_csv': 'Descargar el libro de códigos (CSV)',
	'export.csv_hxl': 'Con una fila de hashtags HXL',
	'export.csv_one_line':
		'CSV para SPSS: una línea por respuesta (los saltos de línea de las respuestas, como espacios)',
	'export.spss': 'Sintaxis de SPSS con las etiquetas (.sps, lee el CSV para SPSS)',
	'export.stata': 'Archivo do de Stata con las etiquetas (.do, lee el CSV)',
	'export.syntax_reads':
		'Lee {file}, las respuestas de «{title}» en CSV, con las etiquetas en {language}. Ponga los dos archivos en una misma carpeta (o escriba más abajo la ruta completa del archivo CSV) y ejecute este archivo desde allí.',
	'export.syntax_one_line':
		'SPSS lee una línea por respuesta: descargue el CSV para SPSS (los saltos de línea de las respuestas, como espacios) en {path}',
	'export.option_chosen': 'Elegida',
	'export.option_not_chosen': 'No elegida',
	'errors.repeat_export_unknown': 'La campaña no tiene ningún grupo de repetición con ese código.',
	'codebook._index': 'Fila de la repetición en el archivo de este grupo de repetición (desde 1)',
	'codebook._parent_index':
		'client_id de la respuesta a la que pertenece la repetición (su fila en el archivo de respuestas)',
	'codebook._parent_table_name': 'El archivo en el que está la respuesta de la repetición: responses',
	'export.repeat_csv': 'Grupo de repetición {code}: una fila por repetición (CSV)',
	'export.syntax_main_only':
		'Lee solo el archivo de respuestas: cada grupo de repetición ({groups}) tiene su propio archivo, con una fila por repetición, cuyo _parent_index es el client_id de su respuesta.',
	'errors.csv_breaks_unknown': 'Los saltos de línea son keep (se conservan) o space (como espacios).'
} satisfies Partial<Messages>;
