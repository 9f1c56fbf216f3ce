/** Lists of our own that the import reads back as yes/no and 1–5 scale questions rather than as plain choices. */
export const YES_NO_LIST = 'core_yes_no';
export const SCALE_5_LIST = 'core_scale_5';
export const SCALE_5_CODES = ['1', '2', '3', '4', '5'];

/** ODK's appearance for a text box of several lines: how a long text comes back as one. */
export const LONG_TEXT_APPEARANCE = 'multiline';

/** A custom question's choices; core lists are `core_…`, so the two never meet. */
export function formatListName(code: string): string {
	return `list_${code}`;
}
