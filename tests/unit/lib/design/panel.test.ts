import { describe, expect, it } from 'vitest';
import { isPanelCode, normalisePanelCode, PANEL_CODE_PATTERN } from '$lib/design/panel';

// A form field's pattern is matched whole, with the `v` flag, as browsers match it.
const fieldPattern = new RegExp(`^(?:${PANEL_CODE_PATTERN})$`, 'v');

describe('a panel code', () => {
	it.each([
		['P-0001', true],
		['ab12', true],
		['A_1', true],
		['x'.repeat(39) + '1', true],
		['x'.repeat(40) + '1', false],
		['Moussa', false],
		['771234567', false],
		['A1', false],
		['P 0001', false],
		['P-0001!', false],
		['', false]
	])('%s: %s, the same in the browser', (code, expected) => {
		expect(isPanelCode(code)).toBe(expected);
		expect(fieldPattern.test(code)).toBe(expected);
	});

	it('is kept in capitals', () => {
		expect(normalisePanelCode(' ab-12 ')).toBe('AB-12');
	});
});
