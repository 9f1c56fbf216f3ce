import { describe, expect, it } from 'vitest';
import { safeReturnPath } from '$lib/server/http/redirect';

describe('safeReturnPath', () => {
	it.each([
		['/account', '/account'],
		['/organisations/abc/members?x=1', '/organisations/abc/members?x=1'],
		[null, '/'],
		['', '/'],
		['https://evil.example/', '/'],
		['//evil.example/path', '/'],
		['/\\evil.example', '/'],
		['javascript:alert(1)', '/'],
		['/\t/evil.example', '/'],
		['/\n/evil.example/x', '/'],
		['/\\\\evil.example', '/'],
		['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
		['/signin?redirectTo=/account#top', '/signin?redirectTo=/account#top']
	])('%s → %s', (input, expected) => {
		expect(safeReturnPath(input)).toBe(expected);
	});
});
