import type { Messages } from '../../types';

export const responses = {
	'errors.too_many_responses':
		'Trop de réponses sont arrivées de cette adresse en peu de temps. Attendez quelques minutes, puis envoyez à nouveau.',
	'errors.survey_version_unknown': 'Cette campagne n’a pas de version publiée de l’enquête portant ce numéro.',
	'errors.submitted_in_future': 'submittedAt est dans le futur : vérifiez l’horloge de l’appareil.',
	'errors.started_after_submitted': 'startedAt ne doit pas être après submittedAt.',
	'errors.language_not_offered': 'La campagne ne propose pas cette langue aux répondants.',
	'errors.collect_sign_in':
		'Ce lien est réservé aux enquêteurs de l’organisation : connectez-vous (ou envoyez un jeton d’API) d’abord.',
	'errors.collect_forbidden':
		'Seuls les enquêteurs, éditeurs et propriétaires de l’organisation peuvent recueillir des réponses par ce lien.',
	'errors.link_closed': 'Ce lien de collecte est fermé : ses dates sont passées, ou sa campagne est close.',
	'errors.link_not_open': 'Ce lien de collecte n’est pas encore ouvert.',
	'errors.timestamp_invalid': 'Donnez une date et une heure au format ISO 8601, comme 2026-05-04T10:30:00Z.',
	'errors.answer_invalid': 'Une réponse est un code, un nombre, une liste de codes, ou null.',
	'errors.client_id_invalid': 'clientId compte 8 à 100 lettres, chiffres et . _ : - (un UUID, par exemple).',
	'errors.answers_required': 'Envoyez les réponses dans un objet dont les clés sont les codes de réponse.',
	'errors.json_required': 'Envoyez la réponse en JSON, avec « Content-Type: application/json ».',
	'errors.answers_invalid': 'Certaines réponses ne sont pas valides : voir « fields ».',
	'export.title': 'Téléchargements',
	'export.hint':
		'Toutes les réponses dans un fichier CSV (UTF-8, s’ouvre dans Excel) : une colonne par code de réponse, les listes séparées par des espaces, avec la version du questionnaire, la vague, le groupe, la langue et le mode. Chaque téléchargement est noté pour les propriétaires de l’organisation.',
	'export.csv': 'Télécharger les réponses (CSV)',
	'export.csv_semicolon': 'CSV avec ; et une colonne 0/1 par option (Excel réglé en français, portugais ou espagnol)',
	'export.csv_labels': 'CSV avec les libellés des réponses ({language})',
	'errors.csv_separator_unknown': 'Le séparateur est comma (virgule) ou semicolon (point-virgule).',
	'errors.csv_multiple_unknown':
		'Un choix multiple s’exporte en list (ses codes dans une colonne) ou en columns (une colonne 0/1 par option).',
	'errors.csv_labels_language': 'La langue des libellés est l’une des langues de la campagne.',
	'export.indicators_csv': 'Télécharger le tableau des indicateurs (CSV)',
	'codebook.client_id': 'Identifiant d’envoi : un par réponse, le même à chaque nouvel essai',
	'codebook.survey_version': 'Numéro de la version du questionnaire',
	'codebook.wave': 'Vague : baseline, endline ou followup',
	'codebook.group': 'Groupe : exposed ou comparison',
	'codebook.language': 'Langue de réponse',
	'codebook.mode': 'Mode : self (la personne elle-même) ou enumerator (un entretien)',
	'codebook.started_at': 'Début des réponses (ISO 8601)',
	'codebook.submitted_at': 'Envoi des réponses (ISO 8601)',
	'codebook.cluster': 'Code de la grappe déclarée (village, quartier) où la réponse a été recueillie',
	'codebook.stratum': 'Strate de cette grappe',
	'codebook.weight': 'Poids de sondage : celui de la réponse, sinon celui de sa grappe ; vide pour 1',
	'codebook.panel_id': 'Code de panel reliant les réponses d’une même personne d’une vague à l’autre (pseudonyme)',
	'codebook.review_state':
		'État de la revue par l’équipe : received, approved, has_issues ou rejected (une réponse rejetée ne compte dans aucun indicateur)',
	'export.codebook_csv': 'Télécharger le dictionnaire des variables (CSV)',
	'export.csv_hxl': 'Avec une ligne de hashtags HXL',
	'export.csv_one_line': 'CSV pour SPSS : une ligne par réponse (retours à la ligne des réponses en espaces)',
	'export.spss': 'Syntaxe SPSS avec les libellés (.sps, lit le CSV pour SPSS)',
	'export.stata': 'Fichier do Stata avec les libellés (.do, lit le CSV)',
	'export.syntax_reads':
		'Lit {file}, les réponses de « {title} » en CSV, avec les libellés en {language}. Mettez les deux fichiers dans un même dossier (ou écrivez plus bas le chemin complet du fichier CSV) et lancez ce fichier depuis ce dossier.',
	'export.syntax_one_line':
		'SPSS lit une ligne par réponse : téléchargez le CSV pour SPSS (retours à la ligne des réponses en espaces) à {path}',
	'export.option_chosen': 'Choisie',
	'export.option_not_chosen': 'Non choisie',
	'errors.repeat_export_unknown': 'La campagne n’a pas de groupe répété de ce code.',
	'codebook._index': 'Ligne de l’occurrence dans le fichier de ce groupe répété (à partir de 1)',
	'codebook._parent_index':
		'client_id de la réponse à laquelle appartient l’occurrence (sa ligne dans le fichier des réponses)',
	'codebook._parent_table_name': 'Le fichier où se trouve la réponse de l’occurrence : responses',
	'export.repeat_csv': 'Groupe répété {code} : une ligne par occurrence (CSV)',
	'export.syntax_main_only':
		'Lit le fichier des réponses seulement : chaque groupe répété ({groups}) a son propre fichier, une ligne par occurrence, dont _parent_index est le client_id de sa réponse.',
	'errors.csv_breaks_unknown': 'Les retours à la ligne sont keep (gardés) ou space (en espaces).'
} satisfies Partial<Messages>;
