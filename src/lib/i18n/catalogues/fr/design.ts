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
	'design.problem.weight_not_positive': 'Un poids est supérieur à 0.'
} as const;
