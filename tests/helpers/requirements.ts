/**
 * Suites that need PostgreSQL or Chromium are skipped, loudly, where the machine lacks them,
 * unless REQUIRE_POSTGRES=1 / REQUIRE_BROWSER=1 makes their absence a failure (as in CI).
 */
export function announceMissing(what: string, variable: string, reason: string): void {
	const line = '!'.repeat(78);
	console.warn(
		`\n${line}\n!! ${what} is not available (${reason}).\n!! Its tests are SKIPPED. Set ${variable}=1 to make this a failure.\n${line}\n`
	);
}

export function isRequired(variable: 'REQUIRE_POSTGRES' | 'REQUIRE_BROWSER'): boolean {
	return process.env[variable] === '1';
}
