import { describe, expect, it } from 'vitest';
import { readByteRange, type ByteRange } from '$lib/byte-range';

describe('readByteRange, of a body of 1000 bytes', () => {
	it.each<[string | null, ByteRange]>([
		[null, { kind: 'whole' }],
		['bytes=0-', { kind: 'part', start: 0, end: 999 }],
		['bytes=0-1', { kind: 'part', start: 0, end: 1 }],
		['bytes=100-199', { kind: 'part', start: 100, end: 199 }],
		['bytes=900-5000', { kind: 'part', start: 900, end: 999 }],
		['bytes=-100', { kind: 'part', start: 900, end: 999 }],
		['bytes=-5000', { kind: 'part', start: 0, end: 999 }],
		['BYTES = 5 - 9', { kind: 'part', start: 5, end: 9 }],
		['bytes=1000-', { kind: 'unsatisfiable' }],
		['bytes=-0', { kind: 'unsatisfiable' }],
		// Not one range of bytes: ignored, the whole is sent (RFC 9110 lets a server do so).
		['bytes=0-1,5-6', { kind: 'whole' }],
		['bytes=9-1', { kind: 'whole' }],
		['bytes=-', { kind: 'whole' }],
		['items=0-1', { kind: 'whole' }],
		['bytes=abc', { kind: 'whole' }]
	])('%s → %j', (header, range) => {
		expect(readByteRange(header, 1000)).toEqual(range);
	});

	it('finds nothing to send of an empty body', () => {
		expect(readByteRange('bytes=-10', 0)).toEqual({ kind: 'unsatisfiable' });
		expect(readByteRange('bytes=0-', 0)).toEqual({ kind: 'unsatisfiable' });
	});
});
