import type { Messages } from '../../types';

export const imports = {
	'imports.link': 'Importer des réponses d’un fichier CSV',
	'imports.title': 'Importer des réponses',
	'imports.lead':
		'Une réponse par ligne, les colonnes nommées par les codes de réponse (C0, D1, D2 … et les codes de vos questions) : telles que KoboToolbox ou ODK exportent les données recueillies avec le XLSForm de cette enquête, ou saisies depuis des questionnaires papier. Vous voyez chaque problème avant tout enregistrement ; un fichier qui a des problèmes peut être corrigé et vérifié à nouveau, ou importé sans les lignes qui les ont ; l’importer à nouveau n’ajoute rien.',
	'imports.file': 'Fichier CSV',
	'imports.file_hint':
		'Séparé par des virgules, des points-virgules ou des tabulations ; texte UTF-8 (« CSV UTF-8 » dans un tableur) ; 5 Mo au plus.',
	'imports.language': 'Langue dans laquelle les réponses ont été données',
	'imports.language_hint': 'Pour les lignes d’un fichier sans colonne « language ».',
	'imports.check': 'Vérifier le fichier',
	'imports.progress_upload': 'Envoi du fichier',
	'imports.progress_check': 'Vérification du fichier',
	'imports.progress_rows': '{count, plural, one {# ligne vérifiée} other {# lignes vérifiées}}',
	'imports.report': 'Ce que contient le fichier',
	'imports.rows': 'Lignes',
	'imports.columns': 'Colonnes de réponses lues',
	'imports.refusals': 'Refus (seulement comptés)',
	'imports.not_eligible': 'Moins de 15 ans (seulement comptés)',
	'imports.already_imported': 'Déjà importées (ignorées)',
	'imports.to_import': 'À importer',
	'imports.imported_count': 'Importées',
	'imports.ignored': 'Colonnes laissées de côté : {count}',
	'imports.ignored.metadata': 'métadonnées',
	'imports.ignored.option': 'colonne 0/1 d’une option',
	'imports.ignored.unknown': 'pas un code de réponse de cette enquête',
	'imports.unknown_warning':
		'Certains noms de colonnes ne sont pas des codes de réponse de cette enquête : vérifiez qu’aucun n’est une question que vous vouliez importer.',
	'imports.problems': 'Problèmes : {count}',
	'imports.problems_listed': 'Les {shown} premiers sont listés.',
	'imports.rows_with_problems': 'Lignes qui ont un problème : {count}.',
	'imports.nothing_while_problems':
		'Rien n’est importé tant que le fichier a des problèmes : corrigez-les, puis vérifiez à nouveau le fichier.',
	'imports.some_rows_have_problems':
		'Certaines lignes ont des problèmes. Corrigez-les et vérifiez à nouveau le fichier, ou n’importez que les lignes valides : les autres sont écartées, et vous pouvez les télécharger avec la raison de chacune, pour les corriger et les importer plus tard.',
	'imports.left_out_count': 'Écartées (lignes avec des problèmes)',
	'imports.import_valid': 'Importer les {valid} lignes valides, écarter les {invalid} qui ont des problèmes',
	'imports.confirm_leave_out': 'Je comprends que les {invalid} lignes qui ont des problèmes ne seront pas importées.',
	'imports.done_left_out':
		'Importées : {count, plural, one {# ligne} other {# lignes}}. Écartées : {invalid, plural, one {# ligne qui a des problèmes} other {# lignes qui ont des problèmes}}.',
	'imports.download_left_out':
		'Télécharger {count, plural, one {la ligne qui a des problèmes} other {les # lignes qui ont des problèmes}} (CSV)',
	'imports.download_left_out_hint':
		'Vos colonnes, et une première colonne « {column} » qui dit pourquoi chaque ligne a été écartée. Corrigez les lignes, puis vérifiez et importez le fichier tel quel : cette colonne n’est pas lue.',
	'imports.left_out.column': '_pourquoi_écartée',
	'imports.left_out.reasons': 'Ligne {line}. {reasons}',
	'imports.left_out.in_column': '{column} : {message}',
	'imports.left_out.more': 'Et {count, plural, one {# autre problème} other {# autres problèmes}}.',
	'imports.outside_dates_planned':
		'Lignes datées hors des dates de la campagne, du {start} au {end} : {count}. Elles seront importées et signalées pour vérification.',
	'imports.outside_dates_done':
		'Lignes datées hors des dates de la campagne, du {start} au {end} : {count}. Elles sont importées et signalées pour vérification.',
	'imports.outside_dates_lines': 'Leurs lignes',
	'errors.leave_out_unconfirmed': 'Cochez la case pour confirmer que les lignes qui ont des problèmes sont écartées.',
	'errors.csv_header_problems':
		'Les colonnes du fichier ont des problèmes (ligne 1) : aucune ligne n’a été importée, voir « problems ».',
	'imports.line': 'Ligne',
	'imports.column': 'Colonne',
	'imports.value': 'Valeur',
	'imports.problem': 'Problème',
	'imports.import': 'Importer {count, plural, one {# ligne} other {# lignes}}',
	'imports.import_nothing': 'Ne rien importer',
	'imports.nothing_new': 'Rien de nouveau à importer : chaque ligne de ce fichier y est déjà.',
	'imports.done': 'Importées : {count, plural, one {# ligne} other {# lignes}}.',
	'imports.back': 'Retour au lien',
	'imports.problem.duplicate_column': 'Une autre colonne porte le même code de réponse.',
	'imports.problem.missing_column':
		'Cette colonne manque : sans elle, aucune ligne ne dit si sa personne peut être comptée.',
	'imports.problem.labels_not_codes':
		'Aucune colonne ne porte un code de réponse : ce fichier nomme les questions par leurs libellés. Dans KoboToolbox, exportez à nouveau les données en CSV avec « Valeurs et en-têtes XML » (le CSV d’ODK Central convient tel quel), puis importez ce fichier.',
	'imports.problem.cluster_unknown':
		'Cette grappe ne fait pas partie de celles que la campagne a déclarées (voir son plan de sondage).',
	'imports.problem.cluster_not_link':
		'Ce lien ne recueille que pour une grappe : une ligne d’une autre grappe passe par le lien de la vague et du groupe.',
	'imports.problem.stratum_mismatch': 'Cette strate n’est pas celle déclarée pour la grappe de la ligne.',
	'imports.problem.weight_invalid': 'Un poids est un nombre de 0,000000001 à 1 000 000 000, comme 12,5.',
	'imports.problem.panel_off':
		'Cette campagne ne suit pas de panel : laissez panel_id vide, ou activez le panel dans le plan de sondage.',
	'imports.problem.panel_code_invalid':
		'Un code de panel compte de 3 à 40 lettres, chiffres, - ou _, dont au moins une lettre et un chiffre : jamais un nom ni un numéro de téléphone.',
	'imports.problem.panel_code_taken': 'Ce code de panel a déjà une réponse dans cette vague et ce groupe.',
	'imports.problem.panel_code_repeated':
		'Ce code de panel est déjà à la ligne {firstLine} : une réponse par personne et par vague.',
	'imports.problem.extra_values': 'Cette ligne a plus de valeurs que l’en-tête n’a de colonnes.',
	'imports.problem.client_id_invalid': 'Un identifiant de soumission compte 8 à 100 lettres, chiffres et . _ : -',
	'imports.problem.client_id_repeated': 'La ligne {firstLine} a le même identifiant de soumission.',
	'imports.problem.language_not_offered': 'L’enquête n’est pas proposée dans cette langue.',
	'imports.problem.language_missing': 'La langue manque : donnez-la, ou choisissez-en une pour tout le fichier.',
	'imports.problem.timestamp_invalid': 'Donnez une date et une heure au format ISO 8601, comme 2026-05-04T10:30:00Z.',
	'imports.problem.submitted_in_future': 'Ce moment est dans le futur.',
	'imports.problem.started_after_submitted': 'Le début est après la fin.',
	'imports.problem.wave_not_link':
		'Cette ligne est d’une autre vague que celle du lien : importez-la par le lien de sa vague et de son groupe (rien n’a été déplacé).',
	'imports.problem.group_not_link':
		'Cette ligne est d’un autre groupe que celui du lien : importez-la par le lien de sa vague et de son groupe (rien n’a été déplacé).',
	'errors.csv_body_missing':
		'Aucun fichier CSV n’est arrivé : choisissez-en un (par l’API, envoyez-le comme corps de la requête, avec « Content-Type: text/csv »).',
	'errors.csv_required': 'Envoyez les réponses en CSV, avec « Content-Type: text/csv ».',
	'errors.csv_too_large': 'Ce fichier dépasse 5 Mo : importez-le en plusieurs parties.',
	'errors.csv_too_many_rows':
		'Ce fichier a plus de 50 000 réponses (la ligne {line} les dépasse) : importez-le en plusieurs parties de 50 000 au plus. Rien n’a été importé.',
	'errors.xls_reads_busy':
		'D’autres formulaires Excel 97–2003 (.xls) sont en cours de lecture : réessayez dans une minute, ou enregistrez le formulaire en .xlsx.',
	'errors.csv_imports_busy': 'D’autres fichiers sont en cours d’import : réessayez dans une minute.',
	'errors.csv_not_utf8': 'Ce fichier n’est pas du texte UTF-8. Dans votre tableur, enregistrez-le en « CSV UTF-8 ».',
	'errors.csv_empty': 'Ce fichier est vide.',
	'errors.csv_no_rows': 'Ce fichier a un en-tête mais aucune réponse dessous.',
	'errors.csv_malformed': 'Ce fichier ne se lit pas comme un CSV (vers la ligne {line}) : vérifiez ses guillemets.',
	'errors.csv_language_required':
		'Le fichier n’a pas de colonne « language » : choisissez la langue dans laquelle les réponses ont été données.',
	'errors.csv_has_problems': 'Le fichier a des problèmes, donc rien n’a été importé : voir « problems ».',
	'errors.wave_invalid': 'La vague est baseline, endline ou followup.',
	'errors.group_invalid': 'Le groupe est exposed ou comparison.'
} satisfies Partial<Messages>;
