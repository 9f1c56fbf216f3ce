import { z } from 'zod';

const BASE = 'http://mesure.invalid';
const candidateSchema = z.string().startsWith('/');

/**
 * A same-site path to return to after signing in; anything else falls back to `/`. The candidate is
 * resolved as a browser would (which drops tabs and newlines, so `/\t/evil.example` means
 * `//evil.example`), and kept only if it stays on this site.
 */
export function safeReturnPath(candidate: string | null | undefined): string {
	const parsed = candidateSchema.safeParse(candidate);
	if (!parsed.success) return '/';
	let url: URL;
	try {
		url = new URL(parsed.data, BASE);
	} catch {
		return '/';
	}
	return url.origin === BASE ? url.pathname + url.search + url.hash : '/';
}
