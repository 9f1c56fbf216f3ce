export const review = {
	'errors.review_state_unknown': 'The review state is received, approved, has_issues or rejected.',
	'errors.response_flag_unknown': 'The flag is quick, straightline, placebo, outside_dates or duplicate.',
	'errors.limit_invalid': 'The page size is a whole number from 1 to 1,000.',
	'errors.cursor_invalid': 'This page marker is not one Mesure gave: start again from the first page.',
	'errors.comment_too_long': 'A comment is at most 2,000 characters.',
	'errors.comment_required': 'Say why: a rejection, an issue, a correction and a deletion each need a comment.',
	'errors.review_change_required': 'Send either a review state or corrected answers, not both.',
	'errors.response_not_found': 'This response does not exist, or you may not see it.',
	'errors.review_matched_nothing':
		'No response matches this selection (or all of them are in that state already): nothing was changed.',
	'errors.correction_ends_survey':
		'With these answers the survey would have ended early (consent refused, or under 15): correct them otherwise, or reject the response.',
	'errors.correction_changes_nothing': 'These answers are the ones already stored: nothing was changed.'
} as const;
