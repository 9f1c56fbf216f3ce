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
			// A NUL is in no key this app writes, and PostgreSQL refuses one in any text.
			keys.every((key) => typeof key === 'string' && key.length <= 400 && !key.includes('\u0000'))
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

/** `?limit=&cursor=` of a list that takes nothing else. */
export const listPageQuerySchema = z.object({ limit: pageLimitSchema(100), cursor: cursorSchema });

/**
 * A page of a short list read whole (a person's organisations, a campaign's shares), in the order of the keys each
 * item is sorted by (a name, then an id that tells equal names apart), after the cursor's.
 */
export function pageOf<T>(
	items: readonly T[],
	keysOf: (item: T) => [string, string],
	page: { limit: number; cursor?: string }
): { items: T[]; nextCursor: string | null } {
	const compare = (a: readonly string[], b: readonly string[]) =>
		a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
	const sorted = items.map((item) => ({ item, keys: keysOf(item) })).sort((a, b) => compare(a.keys, b.keys));
	const after = page.cursor ? readCursor(page.cursor, 2) : null;
	const rest = after ? sorted.filter(({ keys }) => compare(keys, after) > 0) : sorted;
	const taken = rest.slice(0, page.limit);
	return {
		items: taken.map(({ item }) => item),
		nextCursor: rest.length > page.limit ? writeCursor(taken.at(-1)!.keys) : null
	};
}
