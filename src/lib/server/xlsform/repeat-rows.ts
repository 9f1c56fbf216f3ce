import { type CustomQuestion } from '$lib/survey/custom-question';
import { measureExpressionWork, MOST_EXPRESSION_WORK } from '$lib/survey/question-list';
import { report, type Context, type OpenRepeat } from './context';
import { importExpression } from './expression-import';
import { claimCode, roomForQuestion } from './question-codes';
import { localise } from './rows';
import type { SheetRow } from './workbook';

// A repeat group (`begin_repeat` … `end_repeat`) becomes a question of type `repeat`, its members following it with
// `repeat` set to its code; groups inside it are flattened into it. A repeat inside another is left out.

/**
 * The repeat group a `begin_repeat` row opens, its header question read (conditions as `readConditions` gives
 * them); null, reported, when the repeat is left out (a loop, one inside another, a name that cannot be a code).
 */
export function readRepeatHeader(
	context: Context,
	row: SheetRow,
	what: string,
	readConditions: () => Pick<CustomQuestion, 'showIf' | 'relevant'>
): OpenRepeat | null {
	const typeText = row.cells.get('type') ?? '';
	if (/^begin[ _]loop\b/i.test(typeText.trim())) {
		const detail = `${what}: a loop asks its questions once for each choice of a list, which a survey here does not: the loop and every question in it are left out`;
		report(context, row.number, 'unsupported_repeat', detail, 'type');
		return null;
	}
	const outer = context.repeatRows[0];
	if (outer !== undefined) {
		const detail = `${what}: inside the repeat at row ${outer}, and a repeat group holds no other: it and every question in it are left out`;
		report(context, row.number, 'nested_repeat', detail, 'type');
		return null;
	}
	const name = row.cells.get('name') ?? '';
	const code = claimCode(context, row, name, typeText);
	if (code === null || !roomForQuestion(context, row.number)) return null;
	const label = context.readText(row, 'label');
	const labelled = Object.values(label).some((text) => (text ?? '').trim() !== '');
	const header: CustomQuestion = {
		code,
		type: 'repeat',
		// XLSForm lets a repeat go without a label; here the respondent is asked how many, so it needs one.
		label: labelled ? label : localise(context.languages, () => name),
		hint: context.readText(row, 'hint'),
		required: false,
		options: [],
		min: null,
		max: null,
		...readConditions(),
		...readRepeatCount(context, row)
	};
	const work = measureExpressionWork(header);
	if (work > context.workLeft) {
		const detail = `${what}: its expressions would bring the survey's past what may run for each response (${MOST_EXPRESSION_WORK} characters): it and every question in it are left out`;
		report(context, row.number, 'too_much_work', detail, 'type');
		return null;
	}
	context.workLeft -= work;
	context.read.push({ question: header, row: row.number });
	context.codes.set(name, code);
	context.repeats.add(code);
	return { code, name, row: row.number, members: 0 };
}

/** `repeat_count`: a number or an expression of earlier answers; one that cannot run leaves the count to the respondent. */
function readRepeatCount(context: Context, row: SheetRow): Pick<CustomQuestion, 'repeatCount'> {
	const text = row.cells.get('repeat_count')?.trim();
	if (!text) return {};
	const consequence = 'the respondent says how many instances there are';
	const repeatCount = importExpression(context, row.number, 'repeat_count', text, consequence);
	return repeatCount === null ? {} : { repeatCount };
}

/**
 * The outermost repeat group closes: one that took no question is dropped (a survey's repeat group holds at least
 * one) and reported, and later rows may no longer name it.
 */
export function closeRepeat(context: Context): void {
	const group = context.repeat;
	context.repeat = null;
	if (group === null || group.members > 0) return;
	context.read.pop();
	context.codes.delete(group.name);
	context.repeats.delete(group.code);
	const detail = `${group.code}: none of the rows of this repeat could be imported: it is left out`;
	report(context, group.row, 'empty_repeat', detail, 'type');
}

/** Whether a question row may be read where it is: not when inside a repeat left out (reported). */
export function placeInRepeat(context: Context, row: SheetRow, what: string): boolean {
	const [outer, inner] = context.repeatRows;
	if (inner !== undefined) {
		const detail = `${what}: inside the repeat at row ${inner}, itself inside the repeat at row ${outer}: left out`;
		report(context, row.number, 'nested_repeat', detail, 'type');
		return false;
	}
	if (outer !== undefined && context.repeat === null) {
		const detail = `${what}: inside the repeat at row ${outer}, which is left out: left out`;
		report(context, row.number, 'inside_repeat', detail, 'type');
		return false;
	}
	return true;
}
