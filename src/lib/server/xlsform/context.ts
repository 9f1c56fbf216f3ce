import { isCoreItemId } from '$lib/core-module';
import type { CustomQuestion, ShowIf, SurveyLanguage } from '$lib/survey/custom-question';
import type { ChoiceLists } from './choices';
import type { Comparison } from './expressions';
import type { TextReader } from './texts';
import type { ImportProblem } from './types';

export interface Frame {
	kind: 'group' | 'repeat';
	row: number;
	/** The conditions of the group and of those around it, joined: those a survey here can run (others are reported). */
	relevant: string | null;
	/** The parts (whitespace aside) its own condition brought into force, which leave with it. */
	added: string[];
	/** The page its questions share: that of the outermost `field-list` group around them, if any. */
	page: string | null;
}

/** The repeat group whose rows are being read: its header is imported, and the questions read are its members. */
export interface OpenRepeat {
	code: string;
	/** As the form names it. */
	name: string;
	row: number;
	/** Members read so far (a repeat left with none is dropped). */
	members: number;
}

export interface ReadQuestion {
	question: CustomQuestion;
	row: number;
}

/** What reading the survey sheet row by row keeps track of. */
export interface Context {
	lists: ChoiceLists;
	readText: TextReader;
	/** The campaign's languages: texts the import writes itself (for "other") are given in these too. */
	languages: readonly SurveyLanguage[];
	problems: ImportProblem[];
	frames: Frame[];
	/** The parts of the open groups' conditions, whitespace aside. */
	conjuncts: Set<string>;
	/** What the expressions imported so far may still cost to run for a response (MOST_EXPRESSION_WORK at first). */
	workLeft: number;
	/** The rows of the open repeats, outermost first (a repeat inside another is left out). */
	repeatRows: number[];
	/** The outermost open repeat, when its header was imported. */
	repeat: OpenRepeat | null;
	/** Our codes of the repeat groups imported so far. */
	repeats: Set<string>;
	/** Our code of each member read so far → its group's. */
	memberOf: Map<string, string>;
	/** Choices copied into the questions read so far, bounded by MOST_IMPORTED_CHOICES. */
	choicesTaken: number;
	read: ReadQuestion[];
	/** XLSForm name → our code, for the questions read so far. */
	codes: Map<string, string>;
	/** Lower-cased codes that the file has used so far. */
	taken: Set<string>;
	/** Core items that the file itself holds, as a form we exported does. */
	coreNames: Set<string>;
	/** Every name in the survey sheet, read or not. */
	defined: Set<string>;
}

export function report(
	context: Context,
	row: number,
	reason: ImportProblem['reason'],
	detail: string,
	column?: string
): void {
	context.problems.push({ sheet: 'survey', row, ...(column && { column }), reason, detail });
}

/**
 * Our show-if rule for a condition read from the form, or null (reported) when it refers to anything but a
 * question read before this one or an item of the core module.
 */
export function resolveComparison(context: Context, row: number, comparison: Comparison): ShowIf | null {
	const { name } = comparison;
	const isCore = isCoreItemId(name) && (context.coreNames.has(name) || !context.defined.has(name));
	const question = context.codes.get(name) ?? (isCore ? name : null);
	const barrier = question === null ? null : findRepeatBarrier(context, name, question);
	if (barrier !== null) {
		report(context, row, 'repeat_reference', `${barrier}: the question is imported without the condition`, 'relevant');
		return null;
	}
	if (question === null) {
		report(
			context,
			row,
			'unsupported_relevant',
			`the condition refers to ${name}, which is not a question imported before this one: the question is imported without it`,
			'relevant'
		);
		return null;
	}
	return { question, op: comparison.op, value: comparison.value };
}

/**
 * Why an expression of the row being read may not name a question, when the question is a member of a repeat group
 * the row is not in: its answers are per instance, known only to the instance's own members. Null when it may.
 * (The group's own name is read by readInstanceCounts.)
 */
export function findRepeatBarrier(context: Context, name: string, code: string): string | null {
	const group = context.memberOf.get(code);
	if (group === undefined || group === context.repeat?.code) return null;
	return `it names ${name}, a question of the repeat group ${group}, from outside the group`;
}
