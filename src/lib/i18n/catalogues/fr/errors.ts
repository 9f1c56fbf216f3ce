import type { Messages } from '../../types';

export const errors = {
	'errors.field_unknown':
		'Un champ que Mesure ne connaît pas a été envoyé : vérifiez son nom dans la documentation de l’API.',
	'errors.nothing_to_change': 'Envoyez au moins un champ à modifier.',
	'errors.questions_none': 'Envoyez au moins une question.',
	'errors.publish_first': 'Publiez d’abord l’enquête : c’est ce qui crée ses liens.',
	'errors.followup_exists': 'Cette campagne a déjà une vague de suivi.',
	'errors.xlsform_too_large': 'Ce fichier dépasse 5 Mo.',
	'errors.xlsform_unpacks_too_large':
		'Ce classeur dépasse 50 Mo ou 2 000 fichiers une fois décompressé : un XLSForm est bien plus petit. Enregistrez-le à nouveau depuis votre tableur.',
	'errors.xlsform_not_workbook':
		'Ce n’est pas un classeur Excel (.xlsx ou .xls) lisible. Choisissez le fichier XLSForm.',
	'errors.xlsform_no_survey': 'Ce classeur n’a pas de feuille « survey » : ce n’est pas un XLSForm.',
	'errors.xlsform_empty': 'La feuille « survey » ne contient aucune question.',
	'errors.xlsform_codes_taken':
		'Le questionnaire a déjà des questions nommées {codes} : renommez-les dans le formulaire, ou retirez-les d’abord du questionnaire. Rien n’a été ajouté.',
	'errors.xlsform_expression_too_long':
		'Ligne {row} de la feuille « {sheet} » : sa cellule « {column} » dépasse 10 000 caractères, ce dont aucun formulaire n’a besoin. Rien n’a été importé : raccourcissez-la, puis choisissez à nouveau le fichier.',
	'errors.xlsform_expression_too_deep':
		'Ligne {row} de la feuille « {sheet} » : sa cellule « {column} » imbrique plus de 100 niveaux de parenthèses, ce dont aucun formulaire n’a besoin. Rien n’a été importé : simplifiez-la, puis choisissez à nouveau le fichier.',
	'errors.invalid': 'Cette valeur n’est pas valide.',
	'errors.email_invalid': 'Saisissez une adresse e-mail valide, comme nom@exemple.org.',
	'errors.email_taken': 'Un compte utilise déjà cette adresse e-mail. Connectez-vous plutôt.',
	'errors.password_required': 'Saisissez votre mot de passe.',
	'errors.password_too_short': 'Utilisez au moins 10 caractères.',
	'errors.password_too_long': 'Utilisez au plus 200 caractères.',
	'errors.password_mismatch': 'Les deux nouveaux mots de passe ne sont pas identiques.',
	'errors.current_password_wrong': 'Le mot de passe actuel est incorrect.',
	'errors.name_required': 'Saisissez votre nom.',
	'errors.name_too_long': 'Utilisez au plus 120 caractères.',
	'errors.organisation_name_required': 'Saisissez le nom de l’organisation (au moins 2 caractères).',
	'errors.organisation_name_too_long': 'Utilisez au plus 160 caractères.',
	'errors.organisation_type_invalid': 'Choisissez ONG ou bailleur de fonds.',
	'errors.role_invalid': 'Choisissez l’un des rôles.',
	'errors.token_name_required': 'Donnez un nom au jeton.',
	'errors.token_name_too_long': 'Utilisez au plus 80 caractères.',
	'errors.invalid_credentials': 'Cette adresse e-mail et ce mot de passe ne correspondent à aucun compte.',
	'errors.too_many_attempts': 'Trop de tentatives. Réessayez {when}.',
	'errors.setup_done': 'Cette instance est déjà installée. Connectez-vous plutôt.',
	'errors.setup_code_wrong':
		'Ce code d’installation n’est pas celui affiché dans la console où Mesure a été lancé. Copiez-le à nouveau, ou obtenez-en un nouveau avec `npm run cli -- setup-code`.',
	'errors.setup_host_refused':
		'L’installation ne répond que sur les adresses propres à cette machine, pas sur « {host} », tant qu’ORIGIN n’est pas défini : ouvrez-la sur http://localhost (ou l’adresse de la machine), ou définissez ORIGIN.',
	'errors.organisation_name_taken':
		'Une organisation porte déjà ce nom (sans tenir compte des majuscules, accents et espaces). Choisissez un autre nom, ou demandez une invitation à son propriétaire.',
	'errors.verify_donor_only': 'Seules les organisations donatrices sont vérifiées.',
	'errors.share_donor_unverified':
		'Cette organisation donatrice n’est pas encore vérifiée : l’administrateur vérifie les bailleurs avant qu’on puisse partager avec eux.',
	'errors.demo_name_taken':
		'Une organisation porte déjà le nom de la démonstration « {name} » : la démonstration ne peut pas être créée sur cette instance.',
	'errors.signup_closed':
		'Les inscriptions sont fermées sur cette instance. Demandez un lien d’invitation au propriétaire d’une organisation.',
	'errors.forbidden': 'Votre rôle ne permet pas cette action.',
	'errors.organisation_not_found': 'Cette organisation n’existe pas, ou vous n’en êtes pas membre.',
	'errors.member_not_found': 'Cette personne n’est pas membre de l’organisation.',
	'errors.last_owner':
		'Une organisation a besoin d’au moins un propriétaire. Nommez d’abord quelqu’un d’autre propriétaire.',
	'errors.new_organisation_needs_owner':
		'Une nouvelle organisation doit commencer avec un propriétaire : donnez le rôle de propriétaire.',
	'errors.organisation_type_mismatch': 'Une organisation de ce nom existe déjà, d’un autre type.',
	'errors.user_not_found': 'Aucun utilisateur n’a l’adresse e-mail {email}.',
	'errors.campaigns_ngo_only': 'Seuls les propriétaires et éditeurs d’une ONG enregistrent des campagnes.',
	'errors.campaign_closed': 'Cette campagne est close : elle ne peut plus être modifiée.',
	'errors.campaign_not_found': 'Cette campagne n’existe pas, ou vous ne pouvez pas la voir.',
	'errors.demo_exists': 'La démonstration existe déjà : ses comptes ont été affichés à sa création.',
	'errors.share_donor_only': 'Les résultats d’une campagne ne se partagent qu’avec des organisations donatrices.',
	'errors.share_not_found': 'Cette campagne n’est pas partagée avec cette organisation.',
	'errors.organisation_id_invalid': 'Indiquez l’identifiant d’une organisation donatrice.',
	'errors.organisation_required': 'Vous appartenez à plusieurs organisations : précisez laquelle (organisationId).',
	'errors.dates_order': 'La date de fin doit être le jour de début ou après.',
	'errors.date_invalid': 'Donnez une date sous la forme AAAA-MM-JJ.',
	'errors.title_required': 'Donnez un titre à la campagne (au moins 3 caractères).',
	'errors.title_too_long': 'Utilisez au plus 200 caractères.',
	'errors.description_too_long': 'Ce texte est trop long.',
	'errors.country_unknown': 'Utilisez les codes pays ISO 3166-1 à deux lettres, comme SN ou GN.',
	'errors.countries_required': 'Choisissez au moins un pays.',
	'errors.duplicates': 'La même entrée est donnée deux fois.',
	'errors.region_code_invalid': 'Un code de région utilise des lettres, des chiffres, - et _ (40 au plus).',
	'errors.region_name_required': 'Donnez un nom à chaque région.',
	'errors.regions_required': 'Indiquez au moins une région où la campagne se déroule.',
	'errors.channel_unknown': 'Choisissez les canaux dans la liste.',
	'errors.channels_required': 'Choisissez au moins un canal.',
	'errors.age_invalid': 'Les âges vont de 15 à 99 ans.',
	'errors.age_range_invalid': 'L’âge minimum ne doit pas dépasser l’âge maximum.',
	'errors.languages_required': 'Choisissez au moins une langue pour les répondants.',
	'errors.signature_messages_count': 'Donnez de 2 à 5 messages phares.',
	'errors.message_required': 'Écrivez le message (au moins 3 caractères).',
	'errors.message_too_long': 'Utilisez au plus 300 caractères.',
	'errors.body_too_large':
		'La requête dépasse ce que ce serveur accepte : envoyez un fichier plus petit, ou moins de réponses à la fois.',
	'errors.invalid_json': 'Le corps de la requête n’est pas du JSON valide.',
	'errors.fields_invalid': 'Certains champs ne sont pas valides : voir « fields ».',
	'errors.question_code_invalid': 'Un code de question commence par une minuscule et n’utilise que a–z, 0–9 et _.',
	'errors.question_code_reserved':
		'Ce code est réservé (par XLSForm, ou pour les colonnes des fichiers de réponses) : choisissez-en un autre.',
	'errors.question_code_taken': 'Une autre question utilise déjà ce code.',
	'errors.question_type_invalid': 'Choisissez l’un des types de question.',
	'errors.option_code_invalid': 'Un code d’option utilise des lettres, des chiffres, _ . et - (64 au plus).',
	'errors.options_required': 'Une question à choix a besoin d’au moins 2 options.',
	'errors.options_not_allowed': 'Seules les questions à choix ont des options.',
	'errors.min_above_max': 'Le minimum ne doit pas dépasser le maximum.',
	'errors.show_if_self': 'Une question ne peut pas dépendre d’elle-même.',
	'errors.show_if_unknown': 'Une question ne peut dépendre que d’une question de base ou d’une question précédente.',
	'errors.too_many_questions': 'Un questionnaire a au plus 2 000 questions propres.',
	'errors.too_many_options': 'Une question a au plus 5 000 options.',
	'errors.expressions_too_costly':
		'Les expressions du questionnaire sont trop longues pour s’exécuter à chaque réponse (un filtre de choix compte une fois par option) : raccourcissez-les ou divisez les longues listes.',
	'errors.expression_invalid':
		'Cette expression est illisible : écrivez-la comme dans XLSForm, avec ${code} pour une réponse et des fonctions comme selected(), count-selected(), if() ou today().',
	'errors.expression_unknown_question':
		'Une expression ne peut nommer qu’une question de base ou une question précédente (une contrainte peut aussi nommer sa propre question).',
	'errors.calculation_misplaced': 'Un calcul demande le type « calculé », et une question calculée demande un calcul.',
	'errors.repeat_unknown':
		'Une question d’un groupe répété doit suivre la question du groupe ou une autre question du même groupe.',
	'errors.repeat_nested': 'Un groupe répété ne peut pas être dans un autre.',
	'errors.repeat_count_misplaced': 'Seul un groupe répété peut avoir un nombre de répétitions.',
	'errors.repeat_has_members':
		'Le groupe répété « {code} » a encore {count, plural, one {une question} other {# questions}} : {count, plural, one {supprimez-la, ou sortez-la} other {supprimez-les, ou sortez-les}} du groupe, avant le groupe lui-même.',
	'errors.repeat_empty':
		'Le groupe répété « {code} » n’a encore aucune question : ajoutez-les, ou supprimez-le, avant de publier.',
	'errors.choice_filter_misplaced': 'Seules les questions à options peuvent les filtrer.',
	'errors.option_column_invalid':
		'Les colonnes supplémentaires d’une option demandent des noms faits de lettres, de chiffres ou de _ (20 colonnes au plus, valeurs de 200 caractères au plus).',
	'errors.page_invalid': 'Une page se nomme de 1 à 64 lettres, chiffres, _ . ou -, en commençant par une lettre.',
	'errors.default_answer_invalid':
		'Une réponse par défaut doit être une réponse que la question accepte (le code d’une option, des codes séparés par des espaces pour plusieurs, un nombre dans ses limites, une date comme 2026-03-31), et pour une question à laquelle on répond : pas un classement, une note, un calcul ni une prise de connaissance.',
	'errors.translations_missing':
		'Il manque {count, plural, one {# traduction} other {# traductions}} : {count, plural, one {complétez-la} other {complétez-les}} avant de publier.',
	'errors.survey_changed':
		'Quelqu’un d’autre a modifié le questionnaire au même moment. Rechargez la page et réessayez.',
	'errors.already_published': 'Cette version vient d’être publiée par quelqu’un d’autre. Rechargez la page.',
	'errors.link_not_found': 'Ce lien de collecte n’existe pas.',
	'errors.nothing_to_publish': 'Rien n’a changé depuis la publication de la dernière version.',
	'errors.question_not_found': 'Cette question n’est pas dans l’enquête.',
	'errors.question_depends':
		'La question « {code} » dépend de la réponse à « {other} », qui doit venir avant elle : changez d’abord sa condition d’affichage.',
	'errors.option_labels_count': 'Il y a ici plus de lignes que d’options.',
	'errors.number_invalid': 'Donnez un nombre, comme 12 ou 2,5.',
	'errors.show_if_value_required': 'Donnez la réponse qui affiche cette question.',
	'errors.xlsform_body_missing':
		'Envoyez le fichier .xlsx comme corps de la requête, avec un en-tête Content-Type (par exemple application/octet-stream).',
	'errors.already_member': 'Vous êtes déjà membre de cette organisation.',
	'errors.invitation_not_found': 'Ce lien d’invitation n’est pas valide. Demandez-en un nouveau.',
	'errors.invitation_used': 'Ce lien d’invitation a déjà été utilisé. Demandez-en un nouveau.',
	'errors.invitation_expired': 'Ce lien d’invitation a expiré. Demandez-en un nouveau.',
	'errors.token_not_found': 'Ce jeton n’existe pas ou a déjà été révoqué.',
	'errors.language_unsupported': 'Cette langue n’est pas disponible.',
	'errors.api_unauthenticated': 'Envoyez un jeton d’API valide sous la forme « Authorization: Bearer <jeton> ».',
	'errors.method_not_allowed': 'Cette adresse n’accepte pas cette méthode.',
	'errors.page_not_found': 'Cette page n’existe pas. Vérifiez l’adresse, ou revenez à l’accueil.',
	'errors.internal': 'Une erreur s’est produite de notre côté. Réessayez dans un instant.',
	'errors.database_unavailable': 'La base de données est injoignable pour le moment. Réessayez dans un instant.',
	'errors.address_unknown':
		'Ce serveur ne peut pas savoir d’où vient votre requête, il l’a donc refusée : le proxy placé devant lui ne l’indique pas. Merci de prévenir son administrateur.',
	'errors.too_many_public_requests': 'Ce rapport a été demandé trop souvent depuis votre adresse. Réessayez {when}.',
	'errors.not_found_title': 'Page introuvable',
	'errors.error_title': 'Une erreur s’est produite',
	'errors.reference': 'Référence : {id}',
	'errors.back_home': 'Retour à l’accueil'
} satisfies Partial<Messages>;
