export const retention = {
	'retention.link': 'Keep or delete the responses',
	'retention.title': 'Keeping and deleting responses',
	'retention.keep_heading': 'How long the raw responses are kept',
	'retention.count': 'Responses stored: {count}',
	'retention.kept': 'The raw responses are kept until an owner deletes them.',
	'retention.expires_on': 'The raw responses will be deleted after {day}; the indicators computed from them stay.',
	'retention.expired_on':
		'The raw responses were deleted on {when}, as set; the indicators computed from them are kept.',
	'retention.hint':
		'After this day, every response is deleted and only the indicators stay (counts, shares, intervals): the responses can no longer be exported. Leave it empty to keep them.',
	'retention.expires_label': 'Delete the raw responses after',
	'retention.save': 'Save',
	'retention.expiry_saved': 'Saved.',
	'retention.delete_responses_heading': 'Delete every response',
	'retention.delete_responses_hint':
		'Deletes every response of this campaign, and the indicators computed from them. The campaign, its survey and its links stay. This cannot be undone: export the responses first if you need them.',
	'retention.delete_responses': 'Delete every response',
	'retention.responses_deleted': '{count, plural, one {# response deleted} other {# responses deleted}}.',
	'retention.delete_campaign_heading': 'Delete the campaign',
	'retention.delete_campaign_hint':
		'Deletes the campaign with its survey, links, responses, indicators, shares and public report. This cannot be undone.',
	'retention.delete_campaign': 'Delete the campaign',
	'retention.confirm_label': 'To confirm, type the campaign’s title: {title}',
	'retention.owners_only': 'Only the organisation’s owners can change how long responses are kept, or delete them.',
	'retention.campaign_deleted': 'The campaign was deleted.',
	'audit.by_itself': 'Mesure, as set',
	'audit.kept_until_deleted': 'kept until deleted',
	'audit.action.responses_deleted':
		'Deleted {responses, plural, one {the # response} other {the # responses}} of “{campaign}” and their indicators',
	'audit.action.responses_expired':
		'Deleted the {responses} raw responses of “{campaign}” after its retention day, keeping the indicators',
	'audit.action.retention_set': 'Set the raw responses of “{campaign}” to be deleted after: {day}',
	'audit.action.campaign_deleted':
		'Deleted the campaign “{campaign}” and its {responses, plural, one {# response} other {# responses}}',
	'errors.retention_date_invalid': 'Give a day as YYYY-MM-DD, or leave it empty.',
	'errors.retention_date_past': 'Choose today or a later day.',
	'errors.deletion_confirmation_mismatch': 'Type the campaign’s title exactly as it is shown to confirm.'
} as const;
