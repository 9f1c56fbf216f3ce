import type { ShowIf, SurveyLanguage } from '$lib/survey/custom-question';
import type { ChoiceLists } from './choices';
import { report, resolveComparison, type Context, type Frame, type ReadQuestion } from './context';
import { SQUASHED_END_GUARDS } from './core-rows';
import { parseRelevant, type Comparison } from './expressions';
import { parseType } from './question-types';
import { readQuestion } from './questions';
import type { TextReader } from './texts';
import type { ImportProblem } from './types';
import type { Sheet, SheetRow } from './workbook';

const NOT_SIMPLE = 'is not a simple condition (one question compared with one value)';
const LISTED_ROWS = 5;

function describeRow(row: SheetRow): string {
	const name = row.cells.get('name');
	return name ? `${row.cells.get('type')} ${name}` : (row.cells.get('type') ?? '');
}

/** A group's condition, read once; one that cannot be taken is reported on the group's row. */
function readGroupCondition(context: Context, row: SheetRow): Frame['condition'] {
	const relevant = row.cells.get('relevant');
	if (!relevant) return null;
	const condition = parseRelevant(relevant, SQUASHED_END_GUARDS);
	if (condition === 'unsupported') {
		const detail = `“${relevant}” ${NOT_SIMPLE}: the group's questions are imported without it`;
		report(context, row.number, 'unsupported_relevant', detail, 'relevant');
	}
	return condition;
}

/** Rows of groups, the first few when there are many: a message per question must not grow with the nesting. */
function describeRows(frames: readonly Frame[]): string {
	const listed = frames
		.slice(0, LISTED_ROWS)
		.map((frame) => frame.row)
		.join(', ');
	return frames.length > LISTED_ROWS ? `${listed} and ${frames.length - LISTED_ROWS} more` : listed;
}

/**
 * The question's own condition, or else that of the one group around it that has one. Both at once, or several
 * groups' conditions, would need `and`, which a show-if rule cannot say: reported, and the question keeps its own.
 */
function readShowIf(context: Context, row: SheetRow): ShowIf | null {
	const relevant = row.cells.get('relevant');
	let own: Comparison | null = null;
	if (relevant) {
		const condition = parseRelevant(relevant, SQUASHED_END_GUARDS);
		if (condition === 'unsupported') {
			const detail = `“${relevant}” ${NOT_SIMPLE}: the question is imported without it`;
			report(context, row.number, 'unsupported_relevant', detail, 'relevant');
			return null;
		}
		own = condition;
	}
	const groups = context.conditioned;
	if (own) {
		if (context.simpleConditions > 0) {
			const detail = `the condition of the group at row ${describeRows(groups)} cannot be joined to the question's own, which alone is kept`;
			report(context, row.number, 'unsupported_relevant', detail, 'relevant');
		}
		return resolveComparison(context, row.number, own);
	}
	const only = groups.length === 1 ? groups[0].condition : null;
	if (only && only !== 'unsupported') return resolveComparison(context, row.number, only);
	if (groups.length > 1 && context.simpleConditions > 0) {
		const detail = `the conditions of the groups at rows ${describeRows(groups)} cannot be joined into one: the question is imported without them`;
		report(context, row.number, 'unsupported_relevant', detail, 'relevant');
	}
	return null;
}

function openFrame(context: Context, frame: Frame): void {
	context.frames.push(frame);
	if (frame.kind === 'repeat') context.repeatRows.push(frame.row);
	if (frame.condition === null) return;
	context.conditioned.push(frame);
	if (frame.condition !== 'unsupported') context.simpleConditions++;
}

function closeFrame(context: Context, row: SheetRow, kind: Frame['kind']): void {
	const frame = context.frames.at(-1);
	if (frame?.kind !== kind) {
		report(context, row.number, 'unbalanced_group', `this end ${kind} has no matching begin ${kind}: left out`, 'type');
		return;
	}
	context.frames.pop();
	if (frame.kind === 'repeat') context.repeatRows.pop();
	if (frame.condition === null) return;
	context.conditioned.pop();
	if (frame.condition !== 'unsupported') context.simpleConditions--;
}

function readRow(context: Context, row: SheetRow): void {
	const typeText = row.cells.get('type');
	if (!typeText) {
		report(context, row.number, 'missing_type', 'the row has no type: it is left out', 'type');
		return;
	}
	const type = parseType(typeText);
	const what = describeRow(row);
	switch (type.kind) {
		case 'begin_group':
			openFrame(context, { kind: 'group', row: row.number, condition: readGroupCondition(context, row) });
			return;
		case 'begin_repeat': {
			const detail = `${what}: a survey asks each question once, so the repeat and every question in it are left out`;
			report(context, row.number, 'unsupported_repeat', detail, 'type');
			openFrame(context, { kind: 'repeat', row: row.number, condition: null });
			return;
		}
		case 'end_group':
			return closeFrame(context, row, 'group');
		case 'end_repeat':
			return closeFrame(context, row, 'repeat');
		case 'metadata': {
			const worked = /^(calculate|hidden)$/i.test(typeText.trim())
				? 'worked out by the form'
				: 'filled in by the collecting app';
			report(context, row.number, 'metadata_skipped', `${what}: ${worked}, not asked: left out`, 'type');
			return;
		}
		case 'unsupported':
			report(context, row.number, 'unsupported_type', `${what}: no question type of ours matches it: left out`, 'type');
			return;
	}
	const repeat = context.repeatRows[0];
	if (repeat !== undefined) {
		report(context, row.number, 'inside_repeat', `${what}: inside the repeat at row ${repeat}: left out`, 'type');
		return;
	}
	readQuestion(context, row, typeText, type, () => readShowIf(context, row));
}

/** The questions of the survey sheet in order, groups flattened; what cannot be taken goes to `problems`. */
export function readSurveySheet(
	sheet: Sheet,
	lists: ChoiceLists,
	readText: TextReader,
	languages: readonly SurveyLanguage[],
	problems: ImportProblem[]
): ReadQuestion[] {
	const context: Context = {
		lists,
		readText,
		languages,
		problems,
		frames: [],
		conditioned: [],
		simpleConditions: 0,
		repeatRows: [],
		choicesTaken: 0,
		read: [],
		codes: new Map(),
		taken: new Set(),
		coreNames: new Set(),
		defined: new Set(sheet.rows.flatMap((row) => row.cells.get('name') ?? []))
	};
	for (const row of sheet.rows) readRow(context, row);
	for (const frame of context.frames) {
		report(context, frame.row, 'unbalanced_group', `this ${frame.kind} has no end ${frame.kind}`, 'type');
	}
	return context.read;
}
