import { formatAnswer, formatCodes, isInstanceList, type QuestionLabel } from './questions';
import type { AnswerValue } from './types';

/** A line of a response's answers as a page lists them. */
export interface AnswerRow {
	key: string;
	/** Above the question: its battery's question, or the repeat group and instance it is asked in. */
	context: string | null;
	text: string;
	answer: string;
	/** The answer as stored: `code = codes`. */
	stored: string;
}

/**
 * A response's answers in the survey's order, any the version does not know (it never should) after them. A
 * repeat group's line gives its number of instances, then each instance's members follow, `instanceTitle` naming
 * the group and instance above each.
 */
export function listAnswerRows(
	questions: readonly QuestionLabel[],
	answers: Readonly<Record<string, AnswerValue>>,
	instanceTitle: (group: string, instance: number) => string
): AnswerRow[] {
	const known = new Set(questions.map((question) => question.code));
	const asked = [
		...questions.filter((question) => question.repeat === undefined && Object.hasOwn(answers, question.code)),
		...Object.keys(answers)
			.filter((code) => !known.has(code))
			.map((code): QuestionLabel => ({ code, text: code, battery: null, multiple: false, options: [] }))
	];
	return asked.flatMap((question) => {
		const value = answers[question.code];
		const members = questions.filter((member) => member.repeat === question.code);
		// A group with no instance is an empty list, as a multiple choice left empty never is.
		const instances = isInstanceList(value) || (members.length > 0 && Array.isArray(value)) ? value : null;
		if (instances === null) return [row(question.code, question.battery, question, value)];
		const count = String(instances.length);
		const header = {
			key: question.code,
			context: null,
			text: question.text,
			answer: count,
			stored: `${question.code} = ${count}`
		};
		return [
			header,
			...(instances as readonly Readonly<Record<string, AnswerValue>>[]).flatMap((instance, index) => {
				const title = instanceTitle(question.text, index + 1);
				const unknown = Object.keys(instance)
					.filter((code) => !members.some((member) => member.code === code))
					.map((code): QuestionLabel => ({ code, text: code, battery: null, multiple: false, options: [] }));
				return [...members, ...unknown]
					.filter((member) => Object.hasOwn(instance, member.code))
					.map((member) => row(`${question.code}.${index + 1}.${member.code}`, title, member, instance[member.code]));
			})
		];
	});
}

function row(key: string, context: string | null, question: QuestionLabel, value: AnswerValue): AnswerRow {
	return {
		key,
		context,
		text: question.text,
		answer: formatAnswer(question, value),
		stored: `${key} = ${formatCodes(value)}`
	};
}
