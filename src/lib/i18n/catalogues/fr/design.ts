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
	'design.problem.weight_not_number': 'Un poids est un nombre, comme 12,5.',
	'design.problem.weight_not_positive': 'Un poids est supérieur à 0.',
	'design.problem.cluster_removed_in_use': 'Cette grappe a déjà des réponses : elle reste dans la liste.',
	'design.problem.stratum_changed_in_use': 'Cette grappe a déjà des réponses : sa strate reste la même.',
	'design.problem.weight_locked':
		'Les réponses brutes de cette campagne sont supprimées : le poids d’une grappe qui avait des réponses reste le même.',
	'errors.design_invalid': 'Le plan de sondage n’a pas été enregistré : chaque problème est listé.',
	'errors.design_too_many_clusters': 'Une campagne déclare au plus 5 000 grappes.',
	'errors.cluster_unknown': 'Cette grappe ne fait pas partie de celles que la campagne a déclarées.',
	'errors.panel_code_invalid':
		'Un code de panel compte de 3 à 40 lettres, chiffres, - ou _, dont au moins une lettre et un chiffre : jamais un nom ni un numéro de téléphone.',
	'errors.panel_code_taken': 'Ce code de panel a déjà une réponse dans cette vague et ce groupe.',
	'errors.panel_off': 'Cette campagne ne suit pas de panel : laissez le code de panel de côté.',
	'audit.action.design_updated': 'A modifié le plan de sondage de « {campaign} » : {clusters} grappes'
} as const;
