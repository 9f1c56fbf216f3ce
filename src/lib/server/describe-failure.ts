/** The error's kind and code (e.g. ECONNREFUSED, 23505), never its message: messages can carry SQL, input or secrets. */
export function describeFailure(error: unknown): string {
	if (!(error instanceof Error)) return typeof error;
	const code = (error as { code?: unknown }).code;
	return typeof code === 'string' ? `${error.name} ${code}` : error.name;
}
