import { describe, expect, it } from 'vitest';
import { backArrow, forwardArrow, isolate } from '$lib/i18n/bidi';

describe('text of both directions', () => {
	it('isolates a value with the first strong isolate and its end', () => {
		expect(isolate('a.b@example.org')).toBe('\u2068a.b@example.org\u2069');
	});

	it.each([
		['ltr', '→', '←'],
		['rtl', '←', '→']
	] as const)('points forward and back the way a %s page reads', (dir, forward, back) => {
		expect(forwardArrow(dir)).toBe(forward);
		expect(backArrow(dir)).toBe(back);
	});
});
