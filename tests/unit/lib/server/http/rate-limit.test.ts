import { describe, expect, it } from 'vitest';
import { AddressRateLimiter, readPublicReportRateLimit } from '$lib/server/http/rate-limit';

describe('readPublicReportRateLimit', () => {
	it.each([
		[undefined, { ok: true, perMinute: 120 }],
		['', { ok: true, perMinute: 120 }],
		[' 30 ', { ok: true, perMinute: 30 }],
		['0', { ok: true, perMinute: 0 }]
	])('reads %j', (value, expected) => {
		expect(readPublicReportRateLimit({ PUBLIC_REPORT_RATE_LIMIT: value })).toEqual(expected);
	});

	it.each(['-1', '1.5', 'lots', '1e3', '9999999999'])('refuses %j, saying what it takes', (value) => {
		const read = readPublicReportRateLimit({ PUBLIC_REPORT_RATE_LIMIT: value });
		expect(read.ok).toBe(false);
		if (!read.ok) expect(read.problem).toContain('PUBLIC_REPORT_RATE_LIMIT must be a whole number');
	});
});

describe('AddressRateLimiter', () => {
	it('lets each address ask its limit in a minute, then says when to come back', () => {
		const limiter = new AddressRateLimiter(3);
		const start = 1_000_000;
		expect([0, 1, 2].map((i) => limiter.take('a', start + i * 1000).allowed)).toEqual([true, true, true]);
		expect(limiter.take('a', start + 20_000)).toEqual({ allowed: false, retryAfterSeconds: 40 });
		expect(limiter.take('b', start + 20_000)).toEqual({ allowed: true });
		expect(limiter.take('a', start + 59_999)).toEqual({ allowed: false, retryAfterSeconds: 1 });
		expect(limiter.take('a', start + 60_000)).toEqual({ allowed: true });
	});

	it('lifts the limit at 0', () => {
		const limiter = new AddressRateLimiter(0);
		for (let i = 0; i < 1000; i++) expect(limiter.take('a', i).allowed).toBe(true);
	});

	it('holds at most 100,000 addresses: past them, the longest counted is forgotten first', () => {
		const limiter = new AddressRateLimiter(1);
		limiter.take('first', 0);
		limiter.take('second', 0);
		for (let i = 0; i < 99_999; i++) limiter.take(`other-${i}`, 1);
		expect(limiter.take('first', 2).allowed).toBe(true);
		expect(limiter.take('other-5', 2).allowed).toBe(false);
		expect(limiter.take('other-99998', 2).allowed).toBe(false);
	});
});
