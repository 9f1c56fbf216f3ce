/**
 * Numbers as people type them: surrounding spaces ignored, Arabic-Indic digits (٠–٩, and ۰–۹ as
 * Persian and Urdu keyboards give them) read as 0–9. The respondents' page script reads them the same way
 * (src/lib/survey/client/respondent.js, held to this by a test).
 */
export function normaliseDigits(text: string): string {
	return text.trim().replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) & 0xf));
}

/** A whole number written as one (`22`, `-3`, `٢٢`); null for anything else, `22.0` included. */
export function readInteger(text: string): number | null {
	const digits = normaliseDigits(text);
	return /^-?\d+$/.test(digits) ? Number(digits) : null;
}

/** A number with or without decimals, a comma read as a point (`2,5`); null for anything else. */
export function readDecimal(text: string): number | null {
	const digits = normaliseDigits(text);
	return /^-?\d+([.,]\d+)?$/.test(digits) ? Number(digits.replace(',', '.')) : null;
}
