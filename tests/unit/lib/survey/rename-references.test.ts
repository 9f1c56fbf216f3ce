import { describe, expect, it } from 'vitest';
import { customQuestionSchema } from '$lib/survey/custom-question';
import { renameReferences } from '$lib/survey/rename-references';

const question = customQuestionSchema.parse({
	code: 'kids',
	type: 'integer',
	label: { fr: 'Parmi vos ${ people } personnes, combien d’enfants ?', en: 'Of ${people_all}?' },
	hint: { fr: '${people}' },
	showIf: { question: 'people', op: 'greater_than', value: 1 },
	relevant: "${people} > 1 and ${people_all} != 'people'",
	constraint: '. <= ${people}',
	requiredIf: 'string-length(${people}) > 0'
});

describe('renameReferences', () => {
	it('renames the code in the rule, every expression and every text, and nothing that only looks like it', () => {
		expect(renameReferences(question, 'people', 'household')).toEqual({
			...question,
			label: { fr: 'Parmi vos ${household} personnes, combien d’enfants ?', en: 'Of ${people_all}?' },
			hint: { fr: '${household}' },
			showIf: { question: 'household', op: 'greater_than', value: 1 },
			relevant: "${household} > 1 and ${people_all} != 'people'",
			constraint: '. <= ${household}',
			requiredIf: 'string-length(${household}) > 0'
		});
	});

	it('moves the questions of a repeat group, and its count, with the code they name', () => {
		const member = customQuestionSchema.parse({ code: 'age', type: 'integer', label: {}, repeat: 'people' });
		const group = customQuestionSchema.parse({ code: 'child', type: 'repeat', label: {}, repeatCount: '${people}' });
		expect(renameReferences(member, 'people', 'household').repeat).toBe('household');
		expect(renameReferences(group, 'people', 'household').repeatCount).toBe('${household}');
	});

	it('gives the same question back when nothing names the code', () => {
		expect(renameReferences(question, 'other', 'else')).toBe(question);
		expect(renameReferences(question, 'people', 'people')).toBe(question);
	});
});
