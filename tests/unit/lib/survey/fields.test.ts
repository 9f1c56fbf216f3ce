import { describe, expect, it } from 'vitest';
import { customQuestionSchema } from '$lib/survey/custom-question';
import { listSurveyFields, type SurveySlots } from '$lib/survey/fields';
import { findWords } from '$lib/survey/words';

const slots: SurveySlots = {
	regions: [
		{ code: 'tamba', name: 'Tambacounda' },
		{ code: 'kolda', name: 'Kolda' }
	],
	signatureMessages: [{ fr: 'La mer ne pardonne pas.' }, { fr: 'Le passeur ment.' }],
	placeboMessage: { fr: 'Le désert est doux.' },
	organisation: 'Sahel Info'
};

const custom = [
	'single',
	'multiple',
	'yes_no',
	'scale_5',
	'integer',
	'decimal',
	'text',
	'long_text',
	'date',
	'note'
].map((type) =>
	customQuestionSchema.parse({
		code: `q_${type}`,
		type,
		label: { fr: `Question ${type}` },
		options:
			type === 'single' || type === 'multiple'
				? [
						{ code: 'a', label: { fr: 'A' } },
						{ code: 'b', label: { fr: 'B' } }
					]
				: []
	})
);

describe('listSurveyFields', () => {
	const fields = listSurveyFields(findWords('fr'), slots, custom);
	const byId = new Map(fields.map((f) => [f.id, f]));

	it('puts the core module first, in order, with only the campaign’s message slots, then the custom questions', () => {
		const ids = fields.map((f) => f.id);
		expect(ids.slice(0, 3)).toEqual(['C0', 'D1', 'D2']);
		expect(ids).toContain('E3_2');
		expect(ids).not.toContain('E3_3');
		expect(ids.slice(-custom.length)).toEqual(custom.map((q) => q.code));
	});

	it('fills the campaign’s slots: consent names the organisation, E3 shows the messages, D3 the regions', () => {
		expect(byId.get('C0')?.intro).toContain('Sahel Info');
		expect(byId.get('E3_1')?.text).toBe('La mer ne pardonne pas.');
		expect(byId.get('E3_P')?.text).toBe('Le désert est doux.');
		expect(byId.get('E3_1')?.intro).toBeTruthy();
		expect(byId.get('E3_2')?.intro).toBeNull();
		expect(byId.get('D3')?.options).toEqual([
			{ value: 'tamba', label: 'Tambacounda' },
			{ value: 'kolda', label: 'Kolda' }
		]);
	});

	it.each([
		['D2', 'number', 0],
		['D1', 'radio', 3],
		['E2', 'checkbox', 8],
		['K1', 'radio', 3],
		['I1', 'radio', 5],
		['R1', 'radio', 6],
		['TR1', 'radio', 5],
		['q_single', 'radio', 2],
		['q_multiple', 'checkbox', 2],
		['q_yes_no', 'radio', 2],
		['q_scale_5', 'radio', 5],
		['q_decimal', 'decimal', 0],
		['q_long_text', 'textarea', 0],
		['q_date', 'date', 0],
		['q_note', 'note', 0]
	])('%s is a %s field with %i choices', (id, control, choices) => {
		expect(byId.get(id)).toMatchObject({ control });
		expect(byId.get(id)?.options).toHaveLength(choices);
	});

	it('labels the ends of scales and keeps DK where offered', () => {
		expect(byId.get('I1')?.ends).toEqual({ low: expect.any(String), high: expect.any(String) });
		expect(byId.get('R1')?.options.at(-1)?.value).toBe('dk');
		expect(byId.get('D2')).toMatchObject({ min: 10, max: 99 });
	});

	it('speaks to the enumerator about the guardian’s consent in enumerator mode', () => {
		const self = listSurveyFields(findWords('fr'), slots, [], 'self').find((f) => f.id === 'C1')?.text;
		const enumerator = listSurveyFields(findWords('fr'), slots, [], 'enumerator').find((f) => f.id === 'C1')?.text;
		expect(enumerator).not.toBe(self);
		expect(enumerator).toMatch(/enquêteur/i);
	});

	it('shows a missing translation with a warning sign and another language’s text', () => {
		const arabic = listSurveyFields(findWords('ar'), slots, [custom[0]]);
		expect(arabic.find((f) => f.id === 'E3_1')?.text).toBe('⚠ La mer ne pardonne pas.');
		expect(arabic.find((f) => f.id === 'q_single')?.options).toEqual([
			{ value: 'a', label: '⚠ A' },
			{ value: 'b', label: '⚠ B' }
		]);
		expect(arabic.find((f) => f.id === 'q_single')?.hint).toBeNull();
	});
});
