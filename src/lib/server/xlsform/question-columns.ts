import { readTextExpression } from './defaults';
import { checkExpression, type ExpressionNode } from '$lib/survey/client/expressions.js';
import type { CustomQuestion, CustomQuestionType, LocalisedText } from '$lib/survey/custom-question';
import { fitsDefault } from '$lib/survey/default-answers';
import type { Option } from './choices';
import { report, type Context } from './context';
import { importExpression } from './expression-import';
import { parseConstraint } from './expressions';
import type { SheetRow } from './workbook';

// A question row's columns beyond its type, name and texts: required, constraint, choice filter, calculation and
// a range's parameters, in our codes, reporting what cannot be kept.

const REQUIRED = new Map<string, boolean>([
	...['yes', 'true', '1', 'true()'].map((text) => [text, true] as const),
	...['no', 'false', '0', 'false()'].map((text) => [text, false] as const)
]);

/** An option as a question keeps it: its code and labels, its columns left to the choice filter. */
export function copyOption(option: Option): Option {
	return { code: option.code, label: { ...option.label } };
}

/** A range's `parameters` (`start=0 end=10 step=1`), pyxform's defaults where they say nothing. */
export function readRange(row: SheetRow): { start: number; end: number; step: number } {
	const range = { start: 1, end: 10, step: 1 };
	for (const [, name, value] of (row.cells.get('parameters') ?? '').matchAll(/(start|end|step)\s*=\s*(-?[\d.]+)/gi)) {
		const number = Number(value);
		if (Number.isFinite(number)) range[name.toLowerCase() as keyof typeof range] = number;
	}
	return range;
}

export function readRequired(context: Context, row: SheetRow): Pick<CustomQuestion, 'required' | 'requiredIf'> {
	const text = row.cells.get('required');
	if (!text) return { required: false };
	const required = REQUIRED.get(text.toLowerCase());
	if (required !== undefined) return { required };
	const consequence = 'the question is imported as not required';
	const requiredIf = importExpression(context, row.number, 'required', text, consequence);
	return requiredIf === null ? { required: false } : { required: false, requiredIf };
}

export function readConstraint(
	context: Context,
	row: SheetRow,
	type: CustomQuestionType,
	code: string
): Pick<CustomQuestion, 'min' | 'max' | 'constraint' | 'constraintMessage'> {
	const text = row.cells.get('constraint');
	// A range is a number between its ends: its step and slider are not kept (the phone shows a number field).
	const range = /^range\b/i.test(row.cells.get('type')?.trim() ?? '') ? readRange(row) : null;
	const ends = range ? { min: Math.min(range.start, range.end), max: Math.max(range.start, range.end) } : null;
	if (!text) return ends ?? { min: null, max: null };
	const bounds = type === 'integer' || type === 'decimal' ? parseConstraint(text) : null;
	if (bounds) return bounds;
	const own = { name: row.cells.get('name') ?? '', code };
	const consequence = 'the question is imported without it';
	const constraint = importExpression(context, row.number, 'constraint', text, consequence, own);
	if (constraint === null) return ends ?? { min: null, max: null };
	// Bounds have their own message, in every language; a constraint's message is the form's.
	const constraintMessage = readMessage(context, row, 'constraint_message');
	return { ...(ends ?? { min: null, max: null }), constraint, ...(constraintMessage && { constraintMessage }) };
}

/** A message in the question's languages, absent when the form gives none. */
export function readMessage(
	context: Context,
	row: SheetRow,
	field: 'constraint_message' | 'required_message'
): LocalisedText | undefined {
	const text = context.readText(row, field);
	return Object.values(text).some((value) => value?.trim()) ? text : undefined;
}

/** The choice filter in our codes, and the columns of the choices it reads copied into the options. */
export function readChoiceFilter(
	context: Context,
	row: SheetRow,
	type: CustomQuestionType,
	options: readonly Option[]
): { choiceFilter?: string; options: Option[] } {
	const text = row.cells.get('choice_filter');
	const all = { options: options.map(copyOption) };
	if (!text) return all;
	if (type !== 'single' && type !== 'multiple') {
		const detail = `“${text}”: only a list of choices can be filtered`;
		report(context, row.number, 'unsupported_choice_filter', detail, 'choice_filter');
		return all;
	}
	const choiceFilter = importExpression(context, row.number, 'choice_filter', text, 'every choice is offered');
	if (choiceFilter === null) return all;
	const checked = checkExpression(choiceFilter, { columns: true });
	const read = new Set(checked.ok ? listColumns(checked.node) : []);
	return {
		choiceFilter,
		options: options.map((option) => {
			const columns = Object.entries(option.columns ?? {}).filter(([name]) => read.has(name));
			return columns.length > 0 ? { ...copyOption(option), columns: Object.fromEntries(columns) } : copyOption(option);
		})
	};
}

/** The choices' columns an expression reads by their bare names. */
function listColumns(node: ExpressionNode): string[] {
	switch (node.kind) {
		case 'path':
			return [node.name];
		case 'call':
			return node.args.flatMap(listColumns);
		case 'group':
			return listColumns(node.inner);
		case 'negate':
			return listColumns(node.operand);
		case 'binary':
			return [...listColumns(node.left), ...listColumns(node.right)];
		default:
			return [];
	}
}

/**
 * The question's `default`, when it is an answer the question takes. One worked out from other answers (`today()`,
 * `${name}`: ODK's dynamic defaults) or that the question would refuse is reported, and the question starts empty.
 */
export function readDefault(
	context: Context,
	row: SheetRow,
	question: CustomQuestion
): Pick<CustomQuestion, 'defaultAnswer'> {
	const cell = row.cells.get('default')?.trim();
	if (!cell) return {};
	// A text written as an expression that gives it, as an exported form writes one pyxform would otherwise work out.
	const text = readTextExpression(cell) ?? cell;
	if (text === cell && /\$\{|\(/.test(text)) {
		const detail = `default “${text}” is worked out from other answers, which a default here is not: the question starts empty`;
		report(context, row.number, 'unsupported_default', detail, 'default');
		return {};
	}
	if (!fitsDefault(question, text)) {
		const detail = `default “${text}” is not an answer the question takes: the question starts empty`;
		report(context, row.number, 'unsupported_default', detail, 'default');
		return {};
	}
	return { defaultAnswer: text };
}

/** A calculated question's expression in our codes; null (reported) when it has none or one that cannot run here. */
export function readCalculation(context: Context, row: SheetRow): string | null {
	const text = row.cells.get('calculation');
	const consequence = 'the calculated value is left out';
	if (!text) {
		report(context, row.number, 'unsupported_calculation', `the row has no calculation: ${consequence}`, 'calculation');
		return null;
	}
	return importExpression(context, row.number, 'calculation', text, consequence);
}
