import { describe, expect, it } from 'vitest';
import { formatAnswer, formatCodes } from '$lib/review/questions';
import { labelQuestions } from '$lib/server/review/labels';
import type { CustomQuestion } from '$lib/survey/custom-question';

const frozen = {
	languages: ['fr', 'ar'],
	regions: [
		{ code: 'tamba', name: 'Tambacounda' },
		{ code: 'kolda', name: 'Kolda' }
	],
	signatureMessages: [{ fr: 'La mer ne pardonne pas.' }, { fr: 'Le passeur ment.', en: 'The smuggler lies.' }],
	placeboMessage: { fr: 'Le désert est doux.' }
};

const crops: CustomQuestion = {
	code: 'crops',
	type: 'multiple',
	label: { fr: 'Que cultivez-vous ?', ar: 'ماذا تزرع؟' },
	hint: {},
	required: false,
	options: [
		{ code: 'millet', label: { fr: 'Mil' } },
		{ code: 'rice', label: { fr: 'Riz', en: 'Rice' } }
	],
	min: null,
	max: null,
	showIf: null
};
const note: CustomQuestion = { ...crops, code: 'thanks', type: 'note', options: [], label: { fr: 'Merci' } };

describe('labelling a survey version’s answers in the reader’s language', () => {
	const questions = labelQuestions(frozen, [crops, note], 'en', 'self');
	const byCode = new Map(questions.map((question) => [question.code, question]));

	it.each([
		['D1', 'female', 'Female'],
		['D2', 31, '31'],
		['D3', 'tamba', 'Tambacounda'],
		['E2', ['radio', 'school'], 'Radio; At school'],
		['R1', 5, '5 – Very likely'],
		['R1', 1, '1 – Very unlikely'],
		['R1', 3, '3'],
		['R1', 'dk', 'Don’t know / prefer not to say'],
		['TR1', 4, '4 – Completely'],
		['K1', 'true', 'True'],
		['crops', ['millet', 'rice'], 'Mil; Rice'],
		['crops', ['sorghum'], 'sorghum']
	] as const)('%s = %j reads “%s”', (code, value, expected) => {
		expect(formatAnswer(byCode.get(code), value)).toBe(expected);
	});

	it('names each question, a battery’s with the question it shares, the campaign’s texts in its first language', () => {
		expect(byCode.get('D1')).toMatchObject({ text: 'What is your sex?', battery: null, multiple: false });
		expect(byCode.get('R1')?.battery).toMatch(/^How likely is it/);
		expect(byCode.get('E3_1')).toMatchObject({
			text: 'La mer ne pardonne pas.',
			battery: 'Have you heard or seen this message?'
		});
		expect(byCode.get('E3_2')?.text).toBe('The smuggler lies.');
		expect(byCode.get('crops')).toMatchObject({ text: 'Que cultivez-vous ?', multiple: true });
		expect(byCode.has('thanks')).toBe(false);
		expect(byCode.has('E3_3')).toBe(false);
	});

	it('speaks French to a French reader', () => {
		const french = new Map(labelQuestions(frozen, [crops], 'fr', 'self').map((question) => [question.code, question]));
		expect(formatAnswer(french.get('D1'), 'female')).toBe('Féminin');
		expect(formatAnswer(french.get('crops'), ['rice'])).toBe('Riz');
	});

	it('writes codes as stored, lists with spaces, nothing for no answer', () => {
		expect(formatCodes(['radio', 'school'])).toBe('radio school');
		expect(formatCodes(31)).toBe('31');
		expect(formatCodes(undefined)).toBe('');
		expect(formatAnswer(byCode.get('D1'), null)).toBe('');
	});

	it('says which repeat group a member belongs to, and writes a group’s instances as codes, never as objects', () => {
		const group: CustomQuestion = { ...crops, code: 'members', type: 'repeat', options: [], label: { fr: 'Membres' } };
		const member: CustomQuestion = { ...crops, code: 'age', type: 'integer', options: [], repeat: 'members' };
		const labelled = labelQuestions(frozen, [group, member], 'fr', 'self');
		expect(labelled.find((question) => question.code === 'age')?.repeat).toBe('members');
		expect(labelled.find((question) => question.code === 'members')?.repeat).toBeUndefined();
		const instances: Record<string, number | string[]>[] = [{ age: 34, crops: ['millet', 'rice'] }, { age: 3 }];
		expect(formatCodes(instances)).toBe('#1 age=34 crops=millet rice; #2 age=3');
		expect(formatAnswer(undefined, instances)).toBe('#1 age=34 crops=millet rice; #2 age=3');
	});
});
