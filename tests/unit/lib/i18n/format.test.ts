import { describe, expect, it } from 'vitest';
import { formatChange, formatEstimate, formatNumber, formatPValue } from '$lib/i18n/format';

describe('the number formatter', () => {
	it('writes counts, percents and tenths as the reader’s language does', () => {
		expect(formatNumber(12345, 'en')).toBe('12,345');
		expect(formatNumber(12345, 'fr')).toBe('12\u202f345');
		expect(formatNumber(0.456, 'en', 'percent')).toBe('46%');
		expect(formatNumber(0.4567, 'en', 'percentTenths')).toBe('45.7%');
		expect(formatNumber(2, 'fr', 'tenths')).toBe('2,0');
	});

	it('writes a share as a percent and a mean to two decimals', () => {
		expect(formatEstimate(0.4567, 'proportion', 'en')).toBe('45.7%');
		expect(formatEstimate(3.14159, 'mean', 'en')).toBe('3.14');
	});

	it('signs changes: a share’s in points, a mean’s in its units, zero unsigned', () => {
		expect(formatChange(0.123, 'proportion', 'en')).toBe('+12.3');
		expect(formatChange(-0.5, 'mean', 'en')).toBe('-0.5');
		expect(formatChange(0, 'proportion', 'en')).toBe('0');
	});

	it('writes p-values to three decimals, the smallest as a bound, none as nothing', () => {
		expect(formatPValue(0.04321, 'en')).toBe('0.043');
		expect(formatPValue(0.0001, 'fr')).toBe('< 0,001');
		expect(formatPValue(null, 'en')).toBe('');
	});
});
