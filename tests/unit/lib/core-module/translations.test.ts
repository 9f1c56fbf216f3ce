import { describe, expect, it } from 'vitest';
import { CORE_ITEMS, listCodes } from '$lib/core-module/questions';
import {
	CORE_LANGUAGES,
	CORE_TEXTS,
	fillText,
	findBatteryTextKeys,
	findItemTextKeys,
	findOptionTextKey,
	findScaleTextKeys,
	getTextDirection,
	isCoreLanguage
} from '$lib/core-module/translations';
import { PROBLEM_CODES } from '$lib/core-module/validate';
import { SETTINGS } from './respondents';

const en = CORE_TEXTS.en;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('core module translations', () => {
	it('come in English, French, Portuguese, Spanish and Arabic', () => {
		expect([...CORE_LANGUAGES]).toEqual(['en', 'fr', 'pt', 'es', 'ar']);
		expect(Object.keys(CORE_TEXTS).sort()).toEqual([...CORE_LANGUAGES].sort());
		expect(isCoreLanguage('ar')).toBe(true);
		expect(isCoreLanguage('wo')).toBe(false);
	});

	it.each(CORE_LANGUAGES.map((language) => [language]))(
		'%s has every text, none empty, with the placeholders of English',
		(language) => {
			const texts = CORE_TEXTS[language];
			expect(Object.keys(texts).sort()).toEqual(Object.keys(en).sort());
			for (const [key, text] of Object.entries(texts)) {
				expect(text.trim(), key).not.toBe('');
				expect(text, key).toBe(text.trim());
				expect(placeholders(text), key).toEqual(placeholders(en[key as keyof typeof en]));
			}
		}
	);

	it.each(CORE_LANGUAGES.filter((language) => language !== 'en').map((language) => [language]))(
		'%s is translated, not copied from English',
		(language) => {
			const texts = CORE_TEXTS[language];
			const copied = Object.keys(en).filter((key) => texts[key as keyof typeof en] === en[key as keyof typeof en]);
			// Words the same in both languages: "Radio", Spanish "No".
			expect(copied.filter((key) => key !== 'option.E2.radio' && key !== 'answer.no')).toEqual([]);
		}
	);

	it('writes Arabic right to left', () => {
		expect(CORE_LANGUAGES.map(getTextDirection)).toEqual(['ltr', 'ltr', 'ltr', 'ltr', 'rtl']);
	});

	it('names the organisation in the consent text of every language', () => {
		for (const language of CORE_LANGUAGES) {
			const intro = fillText(CORE_TEXTS[language]['item.C0.intro'], { organisation: 'Jeunesse Sans Frontières' });
			expect(intro, language).toContain('Jeunesse Sans Frontières');
			expect(intro, language).not.toContain('{');
		}
	});
});

describe('text keys of the module’s data', () => {
	it.each(CORE_ITEMS.map((item) => [item.id, item]))('%s has its texts', (id, item) => {
		const keys = findItemTextKeys(item, 'self');
		if (item.battery === 'E3') expect(keys.text).toBeNull();
		else expect(keys.text).toBe(`item.${id}.text`);
		if (item.battery) expect(findBatteryTextKeys(item)?.text).toBe(`battery.${item.battery}.text`);
		if (item.kind === 'scale') expect(findScaleTextKeys(item)).not.toBeNull();
		if (item.kind !== 'region') {
			for (const code of listCodes(item, SETTINGS)) expect(findOptionTextKey(item, code), code).not.toBeNull();
		}
	});

	it('reads C0’s consent statement before its question', () => {
		expect(findItemTextKeys(CORE_ITEMS[0], 'self')).toEqual({
			intro: 'item.C0.intro',
			text: 'item.C0.text',
			hint: null
		});
	});

	it.each([
		['self', 'item.C1.text'],
		['enumerator', 'item.C1.text_enumerator']
	] as const)('asks C1 in %s mode with %s', (mode, key) => {
		expect(
			findItemTextKeys(
				CORE_ITEMS.find((item) => item.id === 'C1')!,
				mode
			).text
		).toBe(key);
	});

	it('uses the same C0 question in both modes', () => {
		expect(findItemTextKeys(CORE_ITEMS[0], 'enumerator').text).toBe('item.C0.text');
	});

	it.each([
		['E1', 'yes', 'answer.yes'],
		['K1', 'false', 'answer.false'],
		['M3', 'dk', 'answer.dk'],
		['A1', 'dk', 'answer.dk'],
		['R1', 'dk', 'answer.dk'],
		['D1', 'other_or_dk', 'option.D1.other_or_dk'],
		['E2', 'returnee_testimony', 'option.E2.returnee_testimony'],
		['D3', 'dakar', null],
		['D1', 'nonsense', null]
	])('labels %s = %s with %s', (id, code, key) => {
		expect(
			findOptionTextKey(
				CORE_ITEMS.find((item) => item.id === id)!,
				code
			)
		).toBe(key);
	});

	it.each([
		['I1', 'scale.I1.low', 'scale.I1.high'],
		['R3', 'scale.R.low', 'scale.R.high'],
		['TR6', 'scale.TR.low', 'scale.TR.high']
	])('labels the ends of the %s scale', (id, low, high) => {
		const item = CORE_ITEMS.find((candidate) => candidate.id === id)!;
		expect(item.kind === 'scale' && findScaleTextKeys(item)).toEqual({ low, high });
	});

	it('has a closing message for every outcome and a text for every problem code', () => {
		for (const key of [
			'end.complete',
			'end.refused',
			'end.not_eligible',
			...PROBLEM_CODES.map((c) => `problem.${c}`)
		]) {
			expect(key in en, key).toBe(true);
		}
	});
});

describe('fillText', () => {
	it.each([
		['Please give a number from {min} to {max}.', { min: 10, max: 99 }, 'Please give a number from 10 to 99.'],
		['{organisation} asks', {}, '{organisation} asks']
	])('%s with %j', (text, params, expected) => {
		expect(fillText(text, params)).toBe(expected);
	});
});
