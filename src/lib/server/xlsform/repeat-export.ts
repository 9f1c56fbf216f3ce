import { tokenize } from '$lib/survey/client/expressions.js';
import type { CustomQuestion, SurveyLanguage } from '$lib/survey/custom-question';
import { localise, type SurveyRow } from './rows';

/** The codes of a survey's repeat groups. */
export function listRepeatCodes(questions: readonly CustomQuestion[]): Set<string> {
	return new Set(questions.flatMap((question) => (question.type === 'repeat' ? [question.code] : [])));
}

/**
 * An expression as XLSForm must write it: a repeat group's code (here the number of its instances) becomes
 * `count(${group})`, as XLSForm reads the group's name as all its instances. Members are left as they are:
 * pyxform makes `${member}` the same instance's answer within the group.
 */
export function writeInstanceCounts(expression: string, groups: ReadonlySet<string>): string {
	if (groups.size === 0 || !expression.includes('${')) return expression;
	const tokenized = tokenize(expression);
	if (!tokenized.ok) return expression;
	let written = '';
	let at = 0;
	for (const token of tokenized.tokens) {
		if (token.kind !== 'reference' || !groups.has(token.text)) continue;
		written += expression.slice(at, token.start) + 'count(${' + token.text + '})';
		at = token.end;
	}
	return written + expression.slice(at);
}

function writeEndRow(languages: readonly SurveyLanguage[]): SurveyRow {
	const none = localise(languages, () => '');
	return {
		type: 'end_repeat',
		name: '',
		label: none,
		hint: none,
		required: false,
		relevant: '',
		constraint: '',
		constraintMessage: none,
		appearance: ''
	};
}

/**
 * The custom questions' rows (one for each, in order) with each repeat group closed by an `end_repeat` after its
 * last member: the group's own row is its `begin_repeat`.
 */
export function closeRepeats(
	rows: readonly SurveyRow[],
	questions: readonly CustomQuestion[],
	languages: readonly SurveyLanguage[]
): SurveyRow[] {
	const closed: SurveyRow[] = [];
	rows.forEach((row, index) => {
		closed.push(row);
		const group = questions[index].type === 'repeat' ? questions[index].code : questions[index].repeat;
		if (group !== undefined && questions[index + 1]?.repeat !== group) closed.push(writeEndRow(languages));
	});
	return closed;
}
