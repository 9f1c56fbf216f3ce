import { getItem, isCoreItemId, ITEM_IDS } from '$lib/core-module';
import { QUESTION_CODE, RESERVED_QUESTION_CODES, type CustomQuestion } from '$lib/survey/custom-question';
import { MOST_QUESTIONS } from '$lib/survey/question-list';
import { report, type Context } from './context';
import { writeCoreType } from './core-rows';
import type { SheetRow } from './workbook';

// A row's code, claimed as it is read, and the question kept under it once read.

export const CORE_CODES = new Map(ITEM_IDS.map((id) => [id.toLowerCase(), id]));

function normaliseType(text: string): string {
	return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Our code for the row's name, or null (reported) when it cannot be one; a code is taken even if the row is not read. */
export function claimCode(context: Context, row: SheetRow, name: string, typeText: string): string | null {
	const code = name.toLowerCase();
	const fail = (reason: 'invalid_name' | 'duplicate_name' | 'core_item', detail: string) => {
		report(context, row.number, reason, detail, 'name');
		return null;
	};
	if (isCoreItemId(name) && normaliseType(typeText) === normaliseType(writeCoreType(getItem(name)))) {
		context.coreNames.add(name);
		return fail('core_item', `${name} is a question of the core module, which every survey has already`);
	}
	if (name === '') return fail('invalid_name', 'the question has no name');
	if (!QUESTION_CODE.test(code)) {
		return fail(
			'invalid_name',
			`“${name}” cannot be a question code: a letter, then letters, digits or _ (64 at most)`
		);
	}
	if (RESERVED_QUESTION_CODES.has(code)) {
		return fail(
			'invalid_name',
			`“${name}” is kept for XLSForm’s metadata or the columns of response files: rename the question`
		);
	}
	const core = CORE_CODES.get(code);
	if (core) return fail('duplicate_name', `“${name}” is the name of the core module question ${core}`);
	if (context.taken.has(code)) return fail('duplicate_name', `“${name}” is the name of an earlier question too`);
	context.taken.add(code);
	return code;
}

/** Whether the survey can take one more question; if not, the row is reported. */
export function roomForQuestion(context: Context, row: number): boolean {
	if (context.read.length < MOST_QUESTIONS) return true;
	const detail = `the survey would hold more than ${MOST_QUESTIONS} questions of its own: left out`;
	report(context, row, 'too_many_questions', detail, 'type');
	return false;
}

/** A question read, under its XLSForm name; inside a repeat group, one of its members. */
export function keepQuestion(context: Context, question: CustomQuestion, row: number, name: string): void {
	const group = context.repeat;
	if (group !== null) {
		question.repeat = group.code;
		group.members++;
		context.memberOf.set(question.code, group.code);
	}
	context.read.push({ question, row });
	context.codes.set(name, question.code);
}
