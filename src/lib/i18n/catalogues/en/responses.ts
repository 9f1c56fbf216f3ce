export const responses = {
	'errors.too_many_responses': 'Too many responses came from this address in a short time. Wait a few minutes, then send again.',
	'errors.survey_version_unknown': 'This campaign has no published survey version of this number.',
	'errors.submitted_in_future': 'submittedAt is in the future: check the device’s clock.',
	'errors.started_after_submitted': 'startedAt must not be after submittedAt.',
	'errors.language_not_offered': 'The campaign does not offer this language to respondents.',
	'errors.collect_sign_in': 'This link is for the organisation’s enumerators: sign in (or send an API token) first.',
	'errors.collect_forbidden': 'Only the organisation’s enumerators, editors and owners may collect through this link.',
	'errors.link_closed': 'This collection link is closed: its dates are over, or its campaign is closed.',
	'errors.link_not_open': 'This collection link is not open yet.',
	'errors.timestamp_invalid': 'Give a date and time as ISO 8601, like 2026-05-04T10:30:00Z.',
	'errors.answer_invalid': 'An answer is a code, a number, a list of codes, or null.',
	'errors.client_id_invalid': 'clientId is 8 to 100 letters, digits, and . _ : - (a UUID, say).',
	'errors.answers_required': 'Send the answers as an object keyed by answer codes.',
	'errors.json_required': 'Send the response as JSON, with “Content-Type: application/json”.',
	'errors.answers_invalid': 'Some answers are not valid: see “fields”.'
} as const;
