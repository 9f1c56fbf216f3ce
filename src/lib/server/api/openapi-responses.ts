import { RESPONSE_FLAGS, REVIEW_STATES } from '$lib/review/types';
import { bulkReviewSchema, responseDeletionSchema, responsePatchSchema } from '../review/schema';
import { campaignId, error, json, schema, standardErrors } from './openapi-parts';

const responseId = {
	name: 'responseId',
	in: 'path',
	required: true,
	schema: { type: 'string', pattern: '^[a-z2-7]{24}$' }
};

const answer = { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'array', items: { type: 'string' } }] };

const answers = {
	type: 'object',
	description:
		'By answer code: core items by id (`D1`), then the custom questions by code; a repeat group’s, the list of its ' +
		'instances, each its members’ answers by member code',
	additionalProperties: {
		oneOf: [...answer.oneOf, { type: 'array', items: { type: 'object', additionalProperties: answer } }]
	}
};

const item = {
	type: 'object',
	required: [
		'id',
		'clientId',
		'wave',
		'group',
		'mode',
		'language',
		'submittedAt',
		'durationSeconds',
		'state',
		'flags',
		'cluster',
		'stratum',
		'weight',
		'panelId',
		'answers'
	],
	properties: {
		id: { type: 'string' },
		clientId: { type: 'string' },
		linkId: { type: 'string' },
		wave: { type: 'string', enum: ['baseline', 'endline', 'followup'] },
		group: { type: 'string', enum: ['exposed', 'comparison'] },
		mode: { type: 'string', enum: ['self', 'enumerator'] },
		language: { type: 'string' },
		submittedAt: { type: 'string', format: 'date-time' },
		durationSeconds: { type: ['integer', 'null'] },
		state: { type: 'string', enum: REVIEW_STATES },
		flags: { type: 'array', items: { type: 'string', enum: RESPONSE_FLAGS } },
		cluster: { type: ['string', 'null'], description: 'The code of the declared cluster it was collected in' },
		stratum: { type: ['string', 'null'], description: 'That cluster’s stratum' },
		weight: { type: ['number', 'null'], description: 'Its sampling weight: its own, else its cluster’s' },
		panelId: { type: ['string', 'null'], description: 'The panel code that follows a respondent across waves' },
		answers
	}
};

const detail = {
	allOf: [
		item,
		{
			type: 'object',
			properties: {
				channel: { type: 'string', enum: ['form', 'api', 'import'] },
				startedAt: { type: ['string', 'null'], format: 'date-time' },
				receivedAt: { type: 'string', format: 'date-time' },
				surveyVersion: { type: 'integer' },
				answersVersion: { type: 'integer', description: '1 as received; each correction makes the next' },
				enumerator: { type: ['string', 'null'] },
				history: {
					type: 'array',
					items: {
						type: 'object',
						properties: {
							kind: { type: 'string', enum: ['review', 'edit'] },
							at: { type: 'string', format: 'date-time' },
							by: { type: ['string', 'null'] },
							stateBefore: { type: 'string', enum: REVIEW_STATES },
							stateAfter: { type: 'string', enum: REVIEW_STATES },
							comment: { type: 'string' },
							answersBefore: { type: ['object', 'null'] },
							answersAfter: { type: ['object', 'null'] }
						}
					}
				}
			}
		}
	]
};

const filterParameters = [
	['wave', 'baseline, endline or followup'],
	['group', 'exposed or comparison'],
	['link', 'a collection link’s id'],
	['mode', 'self or enumerator'],
	['language', 'the language answered in'],
	['from', 'YYYY-MM-DD: submitted on or after'],
	['to', 'YYYY-MM-DD: submitted on or before'],
	['state', REVIEW_STATES.join(', ')],
	['flag', RESPONSE_FLAGS.join(', ')]
].map(([name, description]) => ({ name, in: 'query', description, schema: { type: 'string' } }));

const changesPage = {
	type: 'object',
	required: ['items', 'nextSince', 'hasMore'],
	properties: {
		items: {
			type: 'array',
			items: {
				oneOf: [
					{
						...item,
						required: [...item.required, 'change', 'version'],
						properties: {
							...item.properties,
							change: { type: 'string', enum: ['new', 'edited', 'reviewed'] },
							version: { type: 'integer' }
						}
					},
					{
						type: 'object',
						required: ['change', 'version', 'id', 'clientId', 'wave', 'group', 'deletedAt'],
						properties: {
							change: { type: 'string', enum: ['deleted'] },
							version: { type: 'integer' },
							id: { type: 'string' },
							clientId: { type: 'string' },
							wave: { type: 'string' },
							group: { type: 'string' },
							deletedAt: { type: 'string', format: 'date-time' }
						}
					},
					{
						type: 'object',
						required: ['change', 'version', 'deletedAt'],
						properties: {
							change: { type: 'string', enum: ['purged'] },
							version: { type: 'integer' },
							deletedAt: { type: 'string', format: 'date-time' }
						}
					}
				]
			}
		},
		nextSince: { type: 'string', description: 'Where the next page starts: now while `hasMore`, else next time' },
		hasMore: { type: 'boolean' }
	}
};

/** Reading and reviewing a campaign's responses (owners, editors, viewers; enumerators their own interviews). */
export const responsePaths = {
	'/campaigns/{id}/responses': {
		parameters: [campaignId],
		get: {
			summary:
				'The campaign’s responses, newest first, a page at a time (never donors, never the public; an enumerator ' +
				'sees the interviews they did)',
			parameters: [
				{ name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1000, default: 50 } },
				{ name: 'cursor', in: 'query', description: 'The `nextCursor` of the page before', schema: { type: 'string' } },
				{
					name: 'since',
					in: 'query',
					description:
						'`0`, or the `nextSince` of the last page read: instead of the list, what changed since, oldest first ' +
						'(each response new, edited or reviewed as it is now, each deleted; `purged` when every response went). ' +
						'Only `limit` goes with it. Keep the last `nextSince` to ask again the next day',
					schema: { type: 'string' }
				},
				...filterParameters
			],
			responses: {
				200: json('A page; `nextCursor` is null on the last. With `since`, a page of changes', {
					oneOf: [
						{
							type: 'object',
							required: ['items', 'nextCursor'],
							properties: { items: { type: 'array', items: item }, nextCursor: { type: ['string', 'null'] } }
						},
						changesPage
					]
				}),
				...standardErrors
			}
		}
	},
	'/campaigns/{id}/responses/review': {
		parameters: [campaignId],
		post: {
			summary:
				'Puts every response the filter keeps (and not yet in that state) in one review state, in one transaction; ' +
				'`dryRun` only counts them. Rejected responses leave every indicator, report and comparison (owners, editors)',
			requestBody: { required: true, content: { 'application/json': { schema: schema(bulkReviewSchema) } } },
			responses: {
				200: json('How many responses it changed, or would change', {
					type: 'object',
					required: ['matched'],
					properties: { matched: { type: 'integer' } }
				}),
				...standardErrors
			}
		}
	},
	'/campaigns/{id}/responses/{responseId}': {
		parameters: [campaignId, responseId],
		get: {
			summary: 'One response with its metadata, flags and history',
			responses: { 200: json('The response', detail), ...standardErrors }
		},
		patch: {
			summary:
				'Reviews the response (`state`, with a `comment` for rejected and has_issues) or corrects answers (`answers`, ' +
				'null clears one, with a `comment`): a correction is checked by the survey’s rules and kept as a new version',
			requestBody: { required: true, content: { 'application/json': { schema: schema(responsePatchSchema) } } },
			responses: {
				200: json('The response as it now is', detail),
				...standardErrors,
				422: { ...error, description: `${error.description} A broken rule names the answer in \`fields\`.` }
			}
		},
		delete: {
			summary: 'Deletes the response (owners), with why: `?comment=` or a JSON body `{ "comment": "…" }`',
			parameters: [
				{
					name: 'comment',
					in: 'query',
					required: false,
					description: 'Why it is deleted, when no JSON body gives it',
					schema: { type: 'string' }
				}
			],
			requestBody: {
				required: false,
				content: { 'application/json': { schema: schema(responseDeletionSchema) } }
			},
			responses: { 204: json('Deleted'), ...standardErrors }
		}
	}
};
