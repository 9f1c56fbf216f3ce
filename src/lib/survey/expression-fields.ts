/** The fields of a question that hold an expression. */
export const EXPRESSION_FIELDS = [
	'relevant',
	'constraint',
	'requiredIf',
	'calculation',
	'choiceFilter',
	'repeatCount'
] as const;
