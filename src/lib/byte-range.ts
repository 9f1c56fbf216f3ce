/** What a `Range` header asks of a body of `size` bytes (RFC 9110 §14): the whole, one part, or nothing it has. */
export type ByteRange = { kind: 'whole' } | { kind: 'part'; start: number; end: number } | { kind: 'unsatisfiable' };

/**
 * One range of bytes, as media players ask (`bytes=0-`, `bytes=100-199`, `bytes=-500`), `end` included and cut at
 * the body's end. A header that is not one range of bytes (several ranges, another unit, a malformed one) is
 * ignored, as RFC 9110 allows: the whole body is sent.
 */
export function readByteRange(header: string | null, size: number): ByteRange {
	const match = header === null ? null : /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
	if (!match || (match[1] === '' && match[2] === '')) return { kind: 'whole' };
	if (match[1] === '') {
		const suffix = Number(match[2]);
		if (suffix === 0 || size === 0) return { kind: 'unsatisfiable' };
		return { kind: 'part', start: Math.max(size - suffix, 0), end: size - 1 };
	}
	const start = Number(match[1]);
	if (match[2] !== '' && Number(match[2]) < start) return { kind: 'whole' };
	if (start >= size) return { kind: 'unsatisfiable' };
	return { kind: 'part', start, end: match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1) };
}
