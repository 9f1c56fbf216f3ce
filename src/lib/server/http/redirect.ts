/** A same-site path to return to after signing in; anything else (other sites, `//host`) falls back to `/`. */
export function safeReturnPath(candidate: string | null | undefined, fallback = '/'): string {
	if (!candidate || !candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) {
		return fallback;
	}
	return candidate;
}
