import { isCoreItemId } from '$lib/core-module';
import { checkExpression, tokenize } from '$lib/survey/client/expressions.js';
import { findRepeatBarrier, report, type Context } from './context';
import { describeInstanceFunction, readInstanceCounts } from './repeat-references';
import type { ImportProblem } from './types';

/** The columns whose expressions a question keeps, and the reason a problem with each is reported under. */
export type ExpressionColumn =
	'relevant' | 'constraint' | 'required' | 'calculation' | 'choice_filter' | 'repeat_count';

const REASONS: Record<ExpressionColumn, ImportProblem['reason']> = {
	relevant: 'unsupported_relevant',
	constraint: 'unsupported_constraint',
	required: 'unsupported_required',
	calculation: 'unsupported_calculation',
	choice_filter: 'unsupported_choice_filter',
	repeat_count: 'unsupported_repeat_count'
};

const WORDS = new Set(['and', 'or', 'div', 'mod']);

/** Why an expression cannot run here, in words. */
export function describeRefusal(refusal: { error: string; name?: string }): string {
	if (refusal.error === 'function') return `the function ${refusal.name}() is not one a survey here runs`;
	if (refusal.error === 'path') return `“${refusal.name}” is an XPath path; write \${name} for an answer`;
	if (refusal.error === 'union') return '“|” (a union of node-sets) is not taken';
	return 'it cannot be read as an XLSForm expression';
}

/** Our code for a name an expression refers to: a question read before this one, or an item of the core module. */
function resolveName(context: Context, name: string): string | null {
	const isCore = isCoreItemId(name) && (context.coreNames.has(name) || !context.defined.has(name));
	return context.codes.get(name) ?? (isCore ? name : null);
}

/**
 * A form's expression in our codes (`${Name}` becomes `${name}` as the question was imported), or null (reported on
 * the row, with `consequence` saying what becomes of the question) when it uses what a survey here cannot run or
 * refers to a question not imported before this one. `own`: the question's XLSForm name and code, which its
 * constraint may name.
 */
export function importExpression(
	context: Context,
	row: number,
	column: ExpressionColumn,
	source: string,
	consequence: string,
	own?: { name: string; code: string }
): string | null {
	const written = readInstanceCounts(context, source);
	const fail = (why: string, reason = REASONS[column]) => {
		report(context, row, reason, `“${source}”: ${why}: ${consequence}`, column);
		return null;
	};
	if ('refused' in written) return fail(written.refused, 'repeat_reference');
	const text = written.text;
	const checked = checkExpression(text, { columns: column === 'choice_filter' });
	if (!checked.ok) {
		const instances = describeInstanceFunction(context, checked, text);
		return instances === null ? fail(describeRefusal(checked)) : fail(instances, 'repeat_reference');
	}
	const codes = new Map<string, string>();
	for (const name of checked.references) {
		const code = own && name === own.name ? own.code : resolveName(context, name);
		if (code === null) return fail(`it refers to ${name}, which is not a question imported before this one`);
		const barrier = findRepeatBarrier(context, name, code);
		if (barrier !== null) return fail(barrier, 'repeat_reference');
		codes.set(name, code);
	}
	const tokenized = tokenize(text);
	if (!tokenized.ok) return fail('it cannot be read');
	let renamed = '';
	let at = 0;
	tokenized.tokens.forEach((token, index) => {
		// A choices sheet's columns are read in lower case, as their names are.
		const column = token.kind === 'name' && tokenized.tokens[index + 1]?.kind !== 'open' && !WORDS.has(token.text);
		if (token.kind !== 'reference' && !column) return;
		const replaced = column ? token.text.toLowerCase() : '${' + codes.get(token.text) + '}';
		renamed += text.slice(at, token.start) + replaced;
		at = token.end;
	});
	return (renamed + text.slice(at)).trim();
}
