import type { Messages } from '../../types';

export const recordings = {
	'recordings.link': 'Grabaciones',
	'recordings.title': 'Grabaciones de las preguntas',
	'recordings.lead':
		'Las personas encuestadas que leen poco pueden escuchar cada pregunta en su idioma: junto a ella aparece un botón de reproducción. Grabe cada pregunta una vez por idioma.',
	'recordings.limits':
		'Opus, AAC (M4A) o MP3, {size} KB y {seconds, plural, one {# segundo} other {# segundos}} como máximo cada una.',
	'recordings.summary':
		'{count, plural, one {# grabación} other {# grabaciones}} para {questions, plural, one {# pregunta} other {# preguntas}} en {languages, plural, one {# idioma} other {# idiomas}}.',
	'recordings.read_aloud_on':
		'La lectura en voz alta está activada: cada página de la encuesta empieza con un botón Escuchar que reproduce sus grabaciones una tras otra.',
	'recordings.read_aloud_off':
		'La lectura en voz alta está desactivada: cada pregunta grabada tiene su propio botón de reproducción.',
	'recordings.read_aloud_change': 'Cambiarla en la configuración de la campaña',
	'recordings.question': 'Pregunta {code}',
	'recordings.none': 'Aún sin grabar.',
	'recordings.details': '{seconds, plural, one {# segundo} other {# segundos}} · {size} KB · {format}',
	'recordings.listen': 'Escuchar {code} en {language}',
	'recordings.file': 'Grabación de {code} en {language}',
	'recordings.upload': 'Subir',
	'recordings.replace': 'Reemplazar',
	'recordings.remove': 'Eliminar',
	'recordings.remove_label': 'Eliminar la grabación de {code} en {language}',
	'recordings.saved': 'Grabación de {code} en {language} guardada.',
	'recordings.removed': 'Grabación de {code} en {language} eliminada.',
	'recordings.problem': '{code} en {language}: {message}',
	'recordings.left_over_title': 'Grabaciones que ya no se usan',
	'recordings.left_over_hint':
		'Su pregunta o su idioma ya no forma parte de la campaña, así que las personas encuestadas no las oyen. Elimínelas, o consérvelas para una pregunta que vuelva a añadir con el mismo código.',
	'recordings.read_aloud_title': 'Lectura en voz alta',
	'recordings.read_aloud_label':
		'Empezar cada página de la encuesta con un botón Escuchar que reproduzca sus preguntas una tras otra',
	'recordings.read_aloud_hint':
		'Para las personas encuestadas que leen poco: un solo toque reproduce las grabaciones de las preguntas de la página, una tras otra; las preguntas sin grabación se omiten. Grabe las preguntas en la página Grabaciones. Cada pregunta conserva su propio botón de reproducción, que también funciona sin JavaScript.',
	'recordings.read_aloud_save': 'Guardar',
	'recordings.read_aloud_saved': 'Lectura en voz alta guardada.',
	'errors.recording_missing': 'Elija un archivo de audio.',
	'errors.recording_too_large':
		'Esta grabación ocupa más de {size} KB: grábela más corta o expórtela en mono con una calidad más baja (32 kbit/s bastan para una voz).',
	'errors.recording_too_long':
		'Esta grabación dura {duration, plural, one {# segundo} other {# segundos}}: no debe pasar de {seconds, plural, one {# segundo} other {# segundos}}.',
	'errors.recording_type':
		'Este archivo no es una grabación que Mesure pueda usar: suba un audio Opus, AAC (M4A) o MP3.',
	'errors.recording_unreadable': 'No se puede leer la duración de esta grabación: vuelva a exportarla en MP3.',
	'errors.recording_question_unknown': 'Esta pregunta no forma parte de la encuesta de la campaña.',
	'errors.recording_language_unknown': 'Este idioma no es uno de los de la campaña.',
	'errors.recording_not_found': 'Esta pregunta no tiene grabación en este idioma.'
} satisfies Partial<Messages>;
