/**
 * The question form as typed, every field a string, so that it can be shown again as it was. Options
 * are one a line, `code = label` in the campaign's first language; each other language has one label
 * a line in the same order.
 */
export interface QuestionFormValues {
	/** The language of the `code = label` lines: the campaign's first. */
	optionsLanguage: string;
	code: string;
	type: string;
	required: boolean;
	label: Record<string, string>;
	hint: Record<string, string>;
	options: string;
	optionLabels: Record<string, string>;
	min: string;
	max: string;
	showIfQuestion: string;
	showIfOp: string;
	showIfValue: string;
	/** XLSForm expressions, as written (`${code}` for an answer); blank for none. */
	relevant: string;
	constraint: string;
	constraintMessage: Record<string, string>;
	requiredIf: string;
	requiredMessage: Record<string, string>;
	calculation: string;
	choiceFilter: string;
	/** The options' columns that a choice filter reads, kept through an edit (JSON by option code). */
	optionColumns: string;
	/** The page it shares with the questions around it of the same page (XLSForm's field-list group). */
	page: string;
	/** The answer a new interview starts with, as XLSForm writes it; blank for none. */
	defaultAnswer: string;
	/** The repeat group it is asked in, once an instance (the group's code); blank for none. */
	repeat: string;
	/** For a repeat group: the number of instances as an expression (XLSForm's repeat_count); blank to ask. */
	repeatCount: string;
}
