/**
 * What a spreadsheet opening a CSV would take for a formula (OWASP, "CSV Injection"): a cell beginning with a tab,
 * a carriage return, a line feed or a null, or with `=`, `+`, `-` or `@` (their full-width forms too, which some
 * spreadsheets read as the same), spaces before them included, since a spreadsheet may trim those.
 */
const FORMULA = /^(?:[\t\r\n\0]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/** A negative number as a number prints: a spreadsheet reads it as that number, never as a formula. */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * Whether a text cell is written with a `'` before it. Text that already begins with quotes before something
 * formula-like gets one more, so that reading a file back takes away exactly the quote writing added.
 */
export function looksLikeFormula(text: string): boolean {
	// Most cells begin with a letter or a digit: a page of an export is written without a regular expression.
	const first = text.charCodeAt(0) | 0x20;
	if ((first >= 0x61 && first <= 0x7a) || (first >= 0x30 && first <= 0x39)) return false;
	const unquoted = text.replace(/^'+/, '');
	return FORMULA.test(unquoted) && !PLAIN_NUMBER.test(unquoted);
}

/** A text cell as a CSV export writes it: `'` before what a spreadsheet would run, so that it shows it as text. */
export function neutraliseText(text: string): string {
	return looksLikeFormula(text) ? `'${text}` : text;
}

/** A cell read from a CSV, without the `'` that `neutraliseText` put before it (and only that one). */
export function restoreText(cell: string): string {
	return cell.startsWith("'") && looksLikeFormula(cell.slice(1)) ? cell.slice(1) : cell;
}
