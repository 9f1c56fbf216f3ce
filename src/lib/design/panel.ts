const PANEL_CODE = /^[A-Za-z0-9_-]{3,40}$/;

/** `isPanelCode` as a form field's `pattern` (a letter and a digit in it), checked by the browser as it is typed. */
export const PANEL_CODE_PATTERN = '(?=.*[A-Za-z])(?=.*[0-9])[A-Za-z0-9_\\-]{3,40}';

/**
 * A panel code links one person's responses across waves without saying who they are: 3 to 40 letters, digits,
 * `-` or `_`, with at least one letter and one digit, so that neither a name nor a phone number is one.
 */
export function isPanelCode(code: string): boolean {
	return PANEL_CODE.test(code) && /[A-Za-z]/.test(code) && /\d/.test(code);
}

/** A panel code as it is stored and compared: capitals, whatever case it was typed or written in. */
export function normalisePanelCode(code: string): string {
	return code.trim().toUpperCase();
}
