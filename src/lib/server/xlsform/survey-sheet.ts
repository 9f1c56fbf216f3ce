import { checkExpression, MOST_EXPRESSION_LENGTH } from '$lib/survey/client/expressions.js';
import { type CustomQuestion, type SurveyLanguage } from '$lib/survey/custom-question';
import { MOST_EXPRESSION_WORK } from '$lib/survey/question-list';
import type { ChoiceLists } from './choices';
import { report, resolveComparison, type Context, type Frame, type ReadQuestion } from './context';
import { SQUASHED_END_GUARDS } from './core-rows';
import { describeRefusal, importExpression } from './expression-import';
import { parseRelevant } from './expressions';
import { enterFrame, fitsLength, joinToOpenGroups, leaveFrame } from './group-conditions';
import { parseType } from './question-types';
import { readQuestion } from './questions';
import { readInstanceCounts } from './repeat-references';
import { closeRepeat, placeInRepeat, readRepeatHeader } from './repeat-rows';
import type { TextReader } from './texts';
import type { ImportProblem } from './types';
import type { Sheet, SheetRow } from './workbook';

const CONSEQUENCE = 'the question is imported without it';
/** Why each kind of identifying row is refused: the standard keeps nothing that could name a respondent. */
const IDENTIFYING = {
	location: 'a location can lead to a respondent, and the standard keeps nothing personal',
	media: 'a photo, a recording or a file can show who a respondent is, and the standard keeps nothing personal',
	person: 'it identifies a respondent or their phone, and the standard keeps nothing personal'
};

function describeRow(row: SheetRow): string {
	const name = row.cells.get('name');
	return name ? `${row.cells.get('type')} ${name}` : (row.cells.get('type') ?? '');
}

/**
 * A group's condition joined to those of the groups around it, checked once; one that cannot run, or would make the
 * joined conditions too long to read, is reported on the group's row and its questions go without it.
 */
function readGroupCondition(context: Context, row: SheetRow): Pick<Frame, 'relevant' | 'added'> {
	const around = { relevant: context.frames.at(-1)?.relevant ?? null, added: [] };
	const relevant = row.cells.get('relevant');
	if (!relevant) return around;
	const checked = checkExpression(relevant);
	const { joined, added } = checked.ok ? joinToOpenGroups(context, relevant, true) : { joined: null, added: [] };
	if (checked.ok && fitsLength(joined)) return { relevant: joined, added };
	const why = checked.ok
		? `joined to the conditions of the groups around it, it passes ${MOST_EXPRESSION_LENGTH} characters`
		: describeRefusal(checked);
	const detail = `“${relevant}”: ${why}: the group's questions are imported without it`;
	report(context, row.number, 'unsupported_relevant', detail, 'relevant');
	return around;
}

/** A `field-list` group's page (named after the group), or that of the one around it: nested pages are one. */
function readPage(context: Context, row: SheetRow): string | null {
	const around = context.frames.at(-1)?.page ?? null;
	const fieldList = /(^|\s)field-list(\s|$)/i.test(row.cells.get('appearance') ?? '');
	if (around !== null || !fieldList) return around;
	const name = row.cells.get('name') ?? '';
	return /^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/.test(name) ? name : `page_${row.number}`;
}

/**
 * The question's condition with those of the groups around it: a show-if rule when it is one simple comparison
 * (which the survey editor shows as such), else the expression in our codes; one that cannot run is reported and
 * the question imported without it.
 */
function readConditions(context: Context, row: SheetRow): Pick<CustomQuestion, 'showIf' | 'relevant'> {
	const { joined: condition } = joinToOpenGroups(context, row.cells.get('relevant') ?? '');
	if (condition === null) return { showIf: null };
	// Checked before anything is read: a form's conditions, copied into each question, may cost only so much.
	if (condition.length > context.workLeft || !fitsLength(condition)) {
		const detail = `the conditions of this question and of the groups around it pass what a survey may run for each response (${MOST_EXPRESSION_WORK} characters in all, ${MOST_EXPRESSION_LENGTH} a condition): ${CONSEQUENCE}`;
		report(context, row.number, 'unsupported_relevant', detail, 'relevant');
		return { showIf: null };
	}
	// `count(${group}) > 2` is a comparison of the group's number of instances, as the survey editor shows it.
	const counted = readInstanceCounts(context, condition);
	const simple = 'text' in counted ? parseRelevant(counted.text, SQUASHED_END_GUARDS) : 'unsupported';
	if (simple !== null && simple !== 'unsupported') return { showIf: resolveComparison(context, row.number, simple) };
	const relevant = importExpression(context, row.number, 'relevant', condition, CONSEQUENCE);
	return relevant === null ? { showIf: null } : { showIf: null, relevant };
}

function openFrame(context: Context, frame: Frame): void {
	enterFrame(context, frame);
	if (frame.kind === 'repeat') context.repeatRows.push(frame.row);
}

function closeFrame(context: Context, row: SheetRow, kind: Frame['kind']): void {
	const frame = context.frames.at(-1);
	if (frame?.kind !== kind) {
		report(context, row.number, 'unbalanced_group', `this end ${kind} has no matching begin ${kind}: left out`, 'type');
		return;
	}
	leaveFrame(context);
	if (frame.kind !== 'repeat') return;
	context.repeatRows.pop();
	if (context.repeatRows.length === 0) closeRepeat(context);
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
			openFrame(context, {
				kind: 'group',
				row: row.number,
				...readGroupCondition(context, row),
				page: readPage(context, row)
			});
			return;
		case 'begin_repeat': {
			const header = readRepeatHeader(context, row, what, () => readConditions(context, row));
			if (context.repeatRows.length === 0) context.repeat = header;
			// The header's condition holds for its members already: an instance exists only when it does.
			openFrame(context, { kind: 'repeat', row: row.number, relevant: null, added: [], page: null });
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
		case 'identifying':
			report(
				context,
				row.number,
				'refused_identifying',
				`${what}: ${IDENTIFYING[type.what]}: left out on purpose`,
				'type'
			);
			return;
		case 'unsupported':
			report(context, row.number, 'unsupported_type', `${what}: no question type of ours matches it: left out`, 'type');
			return;
	}
	if (!placeInRepeat(context, row, what)) return;
	// An instance of a repeat group is a page of its own, whatever pages the form's groups make.
	const page = context.repeat === null ? context.frames.at(-1)?.page : null;
	readQuestion(context, row, typeText, type, () => ({ ...readConditions(context, row), ...(page && { page }) }));
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
		conjuncts: new Set(),
		workLeft: MOST_EXPRESSION_WORK,
		repeatRows: [],
		repeat: null,
		repeats: new Set(),
		memberOf: new Map(),
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
	closeRepeat(context);
	return context.read;
}
