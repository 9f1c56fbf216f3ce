export const design = {
	'design.column.code': 'code',
	'design.column.name': 'nom',
	'design.column.stratum': 'strate',
	'design.column.weight': 'poids',
	'design.problem.code_missing': 'Chaque grappe a besoin d’un code.',
	'design.problem.code_invalid': 'Un code compte de 1 à 40 lettres (a à z, sans accents), chiffres, - ou _.',
	'design.problem.code_duplicate': 'Ce code est déjà celui d’une autre grappe (majuscules mises à part).',
	'design.problem.name_too_long': 'Un nom compte au plus 200 caractères.',
	'design.problem.stratum_too_long': 'Une strate compte au plus 80 caractères.',
	'design.problem.weight_too_small':
		'Un poids vaut au moins 0,000000001 : un poids plus petit est une erreur de saisie.',
	'design.problem.weight_too_large': 'Un poids vaut au plus 1 000 000 000.',
	'design.problem.not_text': 'Écrivez cette valeur comme un texte.',
	'design.problem.weight_not_number': 'Un poids est un nombre, comme 12,5.',
	'design.problem.weight_not_positive': 'Un poids est supérieur à 0.',
	'design.problem.cluster_removed_in_use':
		'Cette grappe a déjà des réponses : elle ne peut pas sortir de la liste, le fichier doit donc la garder.',
	'design.problem.cluster_removed_linked':
		'Cette grappe a un lien à elle, dont l’affiche est peut-être déjà collée au village : elle ne peut pas sortir de la liste, le fichier doit donc la garder.',
	'design.problem.stratum_changed_in_use': 'Cette grappe a déjà des réponses : sa strate ne peut pas changer.',
	'design.problem.weight_locked':
		'Les réponses brutes de cette campagne sont supprimées : le poids d’une grappe qui avait des réponses ne peut pas changer.',
	'errors.design_invalid': 'Le plan de sondage n’a pas été enregistré : chaque problème est listé.',
	'errors.design_too_many_clusters': 'Une campagne déclare au plus 5 000 grappes.',
	'errors.no_clusters': 'Déclarez d’abord les grappes de la campagne, dans son plan de sondage.',
	'errors.cluster_self_link':
		'Un lien auto-administré ne choisit pas de grappe : envoyez par le lien fait pour cette grappe, ou par un lien d’enquêteur.',
	'errors.cluster_unknown': 'Cette grappe ne fait pas partie de celles que la campagne a déclarées.',
	'errors.panel_code_invalid':
		'Un code de panel compte de 3 à 40 lettres, chiffres, - ou _, dont au moins une lettre et un chiffre : jamais un nom ni un numéro de téléphone.',
	'errors.panel_code_taken': 'Ce code de panel a déjà une réponse dans cette vague et ce groupe.',
	'errors.panel_off': 'Cette campagne ne suit pas de panel : laissez le code de panel de côté.',
	'audit.action.design_updated':
		'A modifié le plan de sondage de « {campaign} » : {clusters, plural, one {# grappe} other {# grappes}}',
	'design.file.no_rows': 'Ce fichier a une ligne d’en-tête mais aucune grappe en dessous.',
	'design.file.repeated_column':
		'Deux colonnes de la première ligne nomment la même chose (code, nom, strate ou poids) : n’en gardez qu’une.',
	'design.file.extra_values':
		'La ligne {line} a plus de cellules que la première. Une virgule décimale dans un fichier séparé par des virgules doit être entre guillemets (« "12,5" »), ou séparez le fichier par des points-virgules.',
	'design.file.no_code_column':
		'Le fichier doit avoir une colonne « code » sur sa première ligne (et peut avoir « nom », « strate » et « poids »).',
	'design.title': 'Plan de sondage',
	'design.link': 'Plan de sondage',
	'design.lead':
		'Déclarez les grappes que vous enquêtez (villages, quartiers, écoles), la strate où chacune a été tirée et son poids, et si vous suivez les mêmes personnes dans le temps. Mesure calcule alors chaque intervalle comme le package survey de R.',
	'design.clusters_title': 'Grappes',
	'design.clusters_count':
		'{count, plural, one {# grappe} other {# grappes}} dans {strata, plural, one {# strate} other {# strates}}',
	'design.none':
		'Aucune grappe déclarée : les répondants comptent comme un échantillon aléatoire simple, sauf s’ils portent un poids ou un code de panel.',
	'design.linked': 'a un lien',
	'design.in_use': 'a des réponses',
	'design.remove': 'Retirer {code}',
	'design.add_title': 'Ajouter une grappe',
	'design.add': 'Ajouter',
	'design.code_hint': '1 à 40 lettres, chiffres, - ou _, comme V01.',
	'design.weight_hint': 'Son poids de sondage : les personnes que chaque répondant représente. Laissez vide pour 1.',
	'design.upload_title': 'Remplacer la liste par un fichier',
	'design.upload_hint':
		'Un fichier CSV avec les colonnes code, nom, strate et poids (les trois dernières facultatives). Il remplace toute la liste : il garde donc chaque grappe qui a des réponses ou un lien. Tout est vérifié avant que rien ne soit enregistré.',
	'design.file': 'Fichier CSV',
	'design.upload': 'Vérifier et enregistrer',
	'design.problems_title': 'Rien n’a été enregistré : corrigez ceci et renvoyez le fichier.',
	'design.problem.line': 'Ligne',
	'design.problem.column': 'Colonne',
	'design.problem.value': 'Valeur',
	'design.problem.why': 'Problème',
	'design.problem.not_in_list': 'absente',
	'design.panel_title': 'Panel',
	'design.panel': 'Les répondants portent un code de panel qui les suit de la ligne de base à la ligne finale',
	'design.panel_hint':
		'Un code écrit sur une carte, jamais un nom ni un numéro de téléphone. Les enquêteurs le saisissent ; à la ligne finale, l’entretien le retrouve parmi ceux de la ligne de base.',
	'design.save_panel': 'Enregistrer',
	'design.saved': 'Le plan de sondage est enregistré.',
	'design.read_only': 'Seuls les propriétaires et les éditeurs modifient le plan de sondage.',
	'design.summary_title': 'Comment la campagne a été échantillonnée',
	'design.sampled_clusters':
		'{clusters, plural, one {# grappe} other {# grappes}} (villages, quartiers) dans {strata, plural, one {# strate} other {# strates}} ; les intervalles en tiennent compte.',
	'design.sampled_clusters_weighted':
		'{clusters, plural, one {# grappe} other {# grappes}} (villages, quartiers) dans {strata, plural, one {# strate} other {# strates}}, pondérées ; les intervalles en tiennent compte.',
	'design.sampled_panel':
		'Les mêmes personnes ont été interrogées à la ligne de base et à la ligne finale (un panel) : chaque changement compare une personne à elle-même, et les intervalles en tiennent compte.',
	'design.sampled_weighted': 'Un échantillon pondéré : les intervalles tiennent compte des poids.',
	'design.explained':
		'Les habitants d’un même village ont tendance à répondre de la même façon : chacun en dit d’habitude moins qu’une personne tirée au hasard, et les intervalles sont plus larges que ceux d’un échantillon aléatoire simple.',
	'design.effects_explained':
		'L’effet de plan compare la variance d’un chiffre à celle d’un échantillon aléatoire simple d’autant de répondants : 2, c’est deux fois la variance ; sous 1, les strates ou les poids l’ont rendu plus précis qu’un tel échantillon. La taille effective est le nombre de personnes tirées au hasard qui donnerait la même précision.',
	'design.sampled_outside':
		'Répondants interrogés hors de toute grappe, chacun compté comme une grappe à lui seul : {count}.',
	'design.deff': 'deff',
	'design.deff_title':
		'Effet de plan : la variance rapportée à celle d’un échantillon aléatoire simple d’autant de répondants',
	'design.effective_n': 'n effectif',
	'design.retention_caption': 'Membres du panel retrouvés à la ligne finale',
	'design.retention_baseline': 'À la ligne de base',
	'design.retention_retained': 'Retrouvés à la ligne finale',
	'design.retention': 'Rétention',
	'design.retention_hidden': 'non affiché',
	'design.retention_hidden_note':
		'Les effectifs d’un groupe ne sont pas affichés quand eux, ou les membres perdus entre les deux, sont de 1 à 4 : si peu pourraient désigner des personnes.',
	'design.retention_difference':
		'Rétention, exposés − comparaison : {points} points (intervalle à 95 % de {low} à {high}).',
	'design.links_title': 'Liens par grappe',
	'design.links_lead':
		'Un lien auto-administré pour une grappe : chaque réponse reçue par ce lien porte cette grappe. Imprimez l’affiche avec QR de chacun pour son village.',
	'design.links_cell': 'Vague et groupe',
	'design.links_cluster': 'Grappe',
	'design.links_every': 'Chaque grappe qui n’a pas encore de lien',
	'design.links_make': 'Créer les liens',
	'design.links_made': '{count, plural, one {# lien créé} other {# liens créés}}.',
	'design.links_none_made':
		'Aucun lien créé : chaque grappe choisie en a déjà un pour cette vague et ce groupe, avec son affiche, dans la liste ci-dessous.',
	'design.links_publish_first': 'Publiez d’abord le questionnaire : le lien d’une grappe recueille sa version publiée.'
} as const;
