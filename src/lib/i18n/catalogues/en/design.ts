export const design = {
	'design.column.code': 'code',
	'design.column.name': 'name',
	'design.column.stratum': 'stratum',
	'design.column.weight': 'weight',
	'design.problem.code_missing': 'Each cluster needs a code.',
	'design.problem.code_invalid': 'A code is 1 to 40 letters (a to z, without accents), digits, - or _.',
	'design.problem.code_duplicate': 'This code is given to another cluster already (capitals aside).',
	'design.problem.name_too_long': 'A name is at most 200 characters.',
	'design.problem.stratum_too_long': 'A stratum is at most 80 characters.',
	'design.problem.weight_not_number': 'A weight is a number, such as 12.5.',
	'design.problem.weight_not_positive': 'A weight is above 0.'
} as const;
