import { z } from 'zod';

// A path on this site: one leading slash, not `//host` or `/\host`, which browsers read as another site.
const returnPathSchema = z.string().regex(/^\/(?![/\\])/).catch('/');

/** A same-site path to return to after signing in; anything else falls back to `/`. */
export function safeReturnPath(candidate: string | null | undefined): string {
	return returnPathSchema.parse(candidate);
}
