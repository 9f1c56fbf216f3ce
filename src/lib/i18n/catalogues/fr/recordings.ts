import type { Messages } from '../../types';

export const recordings = {
	'recordings.link': 'Enregistrements',
	'recordings.title': 'Enregistrements des questions',
	'recordings.lead':
		'Les répondants qui lisent peu peuvent écouter chaque question dans leur langue : un bouton de lecture s’affiche à côté. Enregistrez chaque question une fois par langue.',
	'recordings.limits':
		'Opus, AAC (M4A) ou MP3, {size} Ko et {seconds, plural, one {# seconde} other {# secondes}} au plus chacun.',
	'recordings.summary':
		'{count, plural, one {# enregistrement} other {# enregistrements}} pour {questions, plural, one {# question} other {# questions}} en {languages, plural, one {# langue} other {# langues}}.',
	'recordings.read_aloud_on':
		'La lecture à voix haute est activée : chaque page du questionnaire commence par un bouton Écouter qui lit ses enregistrements l’un après l’autre.',
	'recordings.read_aloud_off':
		'La lecture à voix haute est désactivée : chaque question enregistrée a son propre bouton de lecture.',
	'recordings.read_aloud_change': 'La modifier dans les paramètres de la campagne',
	'recordings.question': 'Question {code}',
	'recordings.none': 'Pas encore enregistrée.',
	'recordings.details': '{seconds, plural, one {# seconde} other {# secondes}} · {size} Ko · {format}',
	'recordings.listen': 'Écouter {code} en {language}',
	'recordings.file': 'Enregistrement de {code} en {language}',
	'recordings.upload': 'Envoyer',
	'recordings.replace': 'Remplacer',
	'recordings.remove': 'Supprimer',
	'recordings.remove_label': 'Supprimer l’enregistrement de {code} en {language}',
	'recordings.saved': 'Enregistrement de {code} en {language} sauvegardé.',
	'recordings.removed': 'Enregistrement de {code} en {language} supprimé.',
	'recordings.problem': '{code} en {language} : {message}',
	'recordings.left_over_title': 'Enregistrements qui ne servent plus',
	'recordings.left_over_hint':
		'Leur question ou leur langue ne fait plus partie de la campagne : les répondants ne les entendent pas. Supprimez-les, ou gardez-les pour une question que vous ajouterez à nouveau avec le même code.',
	'recordings.read_aloud_title': 'Lecture à voix haute',
	'recordings.read_aloud_label':
		'Commencer chaque page du questionnaire par un bouton Écouter qui lit ses questions l’une après l’autre',
	'recordings.read_aloud_hint':
		'Pour les répondants qui lisent peu : une seule touche lit les enregistrements des questions de la page, l’un après l’autre ; les questions sans enregistrement sont sautées. Enregistrez les questions sur la page Enregistrements. Chaque question garde son propre bouton de lecture, qui fonctionne aussi sans JavaScript.',
	'recordings.read_aloud_save': 'Enregistrer',
	'recordings.read_aloud_saved': 'Lecture à voix haute enregistrée.',
	'errors.recording_missing': 'Choisissez un fichier audio.',
	'errors.recording_too_large':
		'Cet enregistrement dépasse {size} Ko : enregistrez-le plus court, ou exportez-le en mono dans une qualité plus basse (32 kbit/s suffisent pour une voix).',
	'errors.recording_too_long':
		'Cet enregistrement dure {duration, plural, one {# seconde} other {# secondes}} : limitez-le à {seconds, plural, one {# seconde} other {# secondes}}.',
	'errors.recording_type':
		'Ce fichier n’est pas un enregistrement utilisable par Mesure : envoyez un son Opus, AAC (M4A) ou MP3.',
	'errors.recording_unreadable': 'La durée de cet enregistrement est illisible : exportez-le à nouveau en MP3.',
	'errors.recording_question_unknown': 'Cette question ne fait pas partie du questionnaire de la campagne.',
	'errors.recording_language_unknown': 'Cette langue n’est pas une langue de la campagne.',
	'errors.recording_not_found': 'Cette question n’a pas d’enregistrement dans cette langue.'
} satisfies Partial<Messages>;
