import { z } from 'zod';
import { DomainError } from './errors';

/** Where the next page of a list starts (the sort keys of the last item), as an opaque text the caller sends back. */
export function writeCursor(keys: readonly string[]): string {
	return Buffer.from(JSON.stringify(keys)).toString('base64url');
}

/** The `count` sort keys a cursor names; a cursor this app did not write is refused (422 on `field`). */
export function readCursor(cursor: string, count: number, field = 'cursor'): string[] {
	try {
		const keys: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
		if (
			Array.isArray(keys) &&
			keys.length === count &&
			keys.every((key) => typeof key === 'string' && key.length <= 400)
		)
			return keys;
	} catch {
		// Refused below, as any other text.
	}
	throw new DomainError('invalid', 'errors.cursor_invalid', { field });
}

/** The most items a page of any list holds. */
export const MOST_PER_PAGE = 1000;

/** `?limit=`: how many items a page holds, 1 to MOST_PER_PAGE, `byDefault` when absent. */
export function pageLimitSchema(byDefault: number) {
	return z.coerce
		.number({ error: 'errors.limit_invalid' })
		.int({ error: 'errors.limit_invalid' })
		.min(1, { error: 'errors.limit_invalid' })
		.max(MOST_PER_PAGE, { error: 'errors.limit_invalid' })
		.default(byDefault);
}

/** `?cursor=`: the `nextCursor` of the page before. */
export const cursorSchema = z
	.string({ error: 'errors.cursor_invalid' })
	.max(2000, { error: 'errors.cursor_invalid' })
	.optional();
