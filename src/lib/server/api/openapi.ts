import { translationPaths } from './openapi-translations';
import { campaignPatchSchema, createCampaignApiSchema } from '../campaigns/schema';
import { customQuestionSchema } from '$lib/survey/custom-question';
import { collectInputSchema } from '../responses/schema';
import { importPaths } from './openapi-imports';
import { nameOperations } from './openapi-operations';
import { designPaths } from './openapi-design';
import { indicatorPaths } from './openapi-indicators';
import { responsePaths } from './openapi-responses';
import { exportPaths } from './openapi-exports';
import { sharingPaths } from './openapi-sharing';
import { campaignId, error, json, schema, standardErrors } from './openapi-parts';
import {
	campaignResult,
	campaignsResult,
	collectResult,
	meResult,
	publishResult,
	result,
	surveyResult,
	xlsFormResult
} from './openapi-results';

/** The API's description, built from the same zod schemas that validate the requests. */
export function buildOpenApiDocument(origin: string): object {
	return {
		openapi: '3.1.0',
		info: {
			title: 'Mesure API',
			version: '1',
			description:
				'Send a personal API token (Account → API tokens) as `Authorization: Bearer <token>`. A ' +
				'token has its owner’s rights; what the owner may not see answers 404.'
		},
		servers: [{ url: `${origin}/api/v1` }],
		components: {
			securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
			schemas: {
				Error: {
					type: 'object',
					required: ['error'],
					properties: {
						error: {
							type: 'object',
							required: ['code', 'message'],
							properties: {
								code: { type: 'string' },
								message: { type: 'string' },
								fields: { type: 'object', additionalProperties: { type: 'string' } }
							}
						}
					}
				},
				CampaignInput: schema(createCampaignApiSchema),
				CampaignPatch: schema(campaignPatchSchema),
				CustomQuestion: schema(customQuestionSchema),
				CollectedResponse: schema(collectInputSchema)
			}
		},
		security: [{ bearer: [] }],
		paths: nameOperations({
			'/me': {
				get: {
					summary: 'Who the token belongs to, and their organisations',
					responses: { 200: json('The user', result(meResult)), 401: error }
				}
			},
			'/campaigns': {
				get: {
					summary: 'Campaigns of the user’s organisations',
					parameters: [
						...['organisationId', 'q', 'country', 'status', 'year'].map((name) => ({
							name,
							in: 'query',
							schema: { type: 'string' }
						})),
						{ name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1000, default: 100 } },
						{
							name: 'cursor',
							in: 'query',
							description: 'The `nextCursor` of the page before',
							schema: { type: 'string' }
						}
					],
					responses: { 200: json('The campaigns', result(campaignsResult)), ...standardErrors }
				},
				post: {
					summary: 'Register a campaign (owners and editors of an NGO)',
					requestBody: {
						required: true,
						content: { 'application/json': { schema: { $ref: '#/components/schemas/CampaignInput' } } }
					},
					responses: { 201: json('The campaign, with its id', result(campaignResult)), ...standardErrors }
				}
			},
			'/campaigns/{id}': {
				parameters: [campaignId],
				get: {
					summary: 'One campaign',
					responses: { 200: json('The campaign', result(campaignResult)), ...standardErrors }
				},
				patch: {
					summary: 'Change some of a campaign’s settings',
					requestBody: {
						required: true,
						content: { 'application/json': { schema: { $ref: '#/components/schemas/CampaignPatch' } } }
					},
					responses: { 200: json('The campaign', result(campaignResult)), ...standardErrors, 409: error }
				}
			},
			'/campaigns/{id}/questions': {
				parameters: [campaignId],
				post: {
					summary: 'Add custom questions after the existing ones, on the draft survey',
					requestBody: {
						required: true,
						content: {
							'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/CustomQuestion' } } }
						}
					},
					responses: {
						201: json('The survey: draft, published version, missing translations, links', result(surveyResult)),
						...standardErrors,
						409: error
					}
				}
			},
			'/campaigns/{id}/survey': {
				parameters: [campaignId],
				get: {
					summary: 'The survey: draft, published version, missing translations, links',
					responses: { 200: json('The survey', result(surveyResult)), ...standardErrors }
				}
			},
			'/collect/{token}/responses': {
				parameters: [
					{
						name: 'token',
						in: 'path',
						required: true,
						description: 'The collection link’s token (the end of /s/{token})',
						schema: { type: 'string' }
					}
				],
				post: {
					summary: 'Send one response to a collection link',
					description:
						'Answers are keyed by the answer codes of the core module (docs/standard.md §2b: `C0`, ' +
						'`D2`, `E3_1`, `K1`…) and the custom questions’ codes: a code, a number, or a list of ' +
						'codes. The whole response is checked and every problem is listed. `clientId` makes it ' +
						'idempotent: the same `clientId` sent again stores nothing and answers 200 with `duplicate: ' +
						'true`. A self-completed link needs no token; an enumerator link needs a member’s token or ' +
						'session (enumerator, editor or owner). A survey ended by a refusal or an age under 15 is ' +
						'only counted (`id` is null). An interview done while the link was open is taken after it ' +
						'closes, unless the campaign is closed. `cluster` names a cluster the campaign declared (a ' +
						'link made for one cluster gives it), `panelCode` the respondent’s panel code when the ' +
						'campaign follows a panel (one response per code, wave and group): 422 otherwise.',
					security: [{}, { bearer: [] }],
					requestBody: {
						required: true,
						content: { 'application/json': { schema: { $ref: '#/components/schemas/CollectedResponse' } } }
					},
					responses: {
						201: json(
							'`{ id, outcome }`: stored (`outcome` is `complete`, `refused` or `not_eligible`)',
							result(collectResult)
						),
						200: json('`{ id, outcome, duplicate: true }`: this clientId was already stored', result(collectResult)),
						...standardErrors,
						409: error,
						415: error,
						429: error
					}
				}
			},
			...importPaths,
			'/campaigns/{id}/publish': {
				parameters: [campaignId],
				post: {
					summary: 'Publish the draft as the version new respondents get; creates the collection links the first time',
					responses: {
						200: json('The version published and its collection links', result(publishResult)),
						...standardErrors,
						409: error
					}
				}
			},
			'/campaigns/{id}/xlsform': {
				parameters: [campaignId],
				get: {
					summary: 'The survey as an XLSForm workbook (.xlsx), for KoboToolbox or ODK',
					responses: {
						200: {
							description: 'The workbook',
							content: {
								'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
									schema: { type: 'string', format: 'binary' }
								}
							}
						},
						...standardErrors
					}
				},
				post: {
					summary:
						'Add the custom questions of an XLSForm workbook (the body is the .xlsx file) to the draft; `?dryRun=1` reports without saving',
					parameters: [{ name: 'dryRun', in: 'query', schema: { type: 'string', enum: ['1', 'true'] } }],
					requestBody: {
						required: true,
						content: {
							'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
								schema: { type: 'string', format: 'binary' }
							}
						}
					},
					responses: {
						200: json('The report, nothing saved', result(xlsFormResult)),
						201: json('The report, the questions saved', result(xlsFormResult)),
						...standardErrors
					}
				}
			},
			...translationPaths,
			...designPaths,
			...indicatorPaths,
			...sharingPaths,
			...exportPaths,
			...responsePaths
		})
	};
}
