import { shareApiBodySchema } from '../sharing/schema';
import { campaignId, json, schema, standardErrors } from './openapi-parts';

const organisationPath = (name: string) => ({
	name,
	in: 'path',
	required: true,
	schema: { type: 'string', pattern: '^[a-z2-7]{24}$' }
});
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const shares = {
	type: 'object',
	required: ['shares'],
	properties: {
		shares: {
			type: 'array',
			items: {
				type: 'object',
				required: ['organisationId', 'organisationName', 'organisationType', 'sharedAt'],
				properties: {
					organisationId: { type: 'string' },
					organisationName: { type: 'string' },
					organisationType: { type: 'string', enum: ['donor'] },
					organisationVerifiedAt: {
						type: ['string', 'null'],
						format: 'date-time',
						description: 'When the administrator verified the donor; null for one shared before donors were verified'
					},
					sharedAt: { type: 'string', format: 'date-time' }
				}
			}
		}
	}
};

const publicReport = { type: 'object', required: ['url'], properties: { url: { type: 'string', format: 'uri' } } };

/** Organisations, and sharing campaigns' results with donors. */
export const sharingPaths = {
	'/organisations': {
		get: {
			summary: 'The caller’s organisations',
			responses: { 200: json('`{ organisations: [{ id, name, type, role }] }`'), 401: standardErrors[401] }
		}
	},
	'/organisations/{id}/audit': {
		parameters: [organisationPath('id')],
		get: {
			summary:
				'The organisation’s audit events, newest first (owners): shares and revocations, public ' +
				'reports published and withdrawn, exports of responses, retention and deletions',
			responses: {
				200: json(
					'`{ events: [{ id, action, actorName, campaignId, campaignTitle, subjectOrganisationId, ' +
						'subjectOrganisationName, format, at, detail }] }` (format: `csv` or `xlsx` for an export, ' +
						'else null; detail: what outlives the subject, e.g. a deleted campaign’s `title` and its ' +
						'`responses` deleted, or null)'
				),
				...standardErrors
			}
		}
	},
	'/campaigns/{id}/shares': {
		parameters: [campaignId],
		get: {
			summary: 'The donor organisations the campaign’s results are shared with (members)',
			responses: { 200: json('The shares', shares), ...standardErrors }
		},
		post: {
			summary:
				'Share the campaign’s results, never its responses, with a donor organisation the ' +
				'administrator has verified (owners; 422 for one not verified); sharing again changes ' +
				'nothing',
			requestBody: { required: true, content: { 'application/json': { schema: schema(shareApiBodySchema) } } },
			responses: { 200: json('The shares, this one included', shares), ...standardErrors }
		}
	},
	'/campaigns/{id}/responses.csv': {
		parameters: [
			campaignId,
			{
				name: 'hxl',
				in: 'query',
				description: '`1` adds an HXL hashtag row under the header',
				schema: { type: 'string', enum: ['1'] }
			},
			{
				name: 'separator',
				in: 'query',
				description:
					'`semicolon` separates the fields with `;`, as a spreadsheet set up for a decimal comma reads them',
				schema: { type: 'string', enum: ['comma', 'semicolon'], default: 'comma' }
			},
			{
				name: 'multiple',
				in: 'query',
				description:
					'`columns` adds after each multiple choice one column per option, `CODE/option`: 1 chosen, 0 not, empty unanswered',
				schema: { type: 'string', enum: ['list', 'columns'], default: 'list' }
			},
			{
				name: 'labels',
				in: 'query',
				description:
					'A language of the campaign: each answer given by its label in it (a multiple choice’s joined by ` | `), for reading; the headers stay the answer codes',
				schema: { type: 'string' }
			}
		],
		get: {
			summary:
				'Every response as CSV (owners and editors), streamed: UTF-8 with a BOM, one column per ' +
				'answer code; an audit event. `X-Total-Rows` gives the number of responses',
			responses: {
				200: { description: 'The CSV file', content: { 'text/csv': { schema: { type: 'string' } } } },
				...standardErrors
			}
		}
	},
	'/campaigns/{id}/codebook.csv': {
		parameters: [
			campaignId,
			{
				name: 'lang',
				in: 'query',
				description: 'The labels’ language, one of the campaign’s (its first by default)',
				schema: { type: 'string' }
			}
		],
		get: {
			summary:
				'The codebook of the responses export (owners and editors): every variable, its label and type, and each value code with its label',
			responses: {
				200: { description: 'The CSV file', content: { 'text/csv': { schema: { type: 'string' } } } },
				...standardErrors
			}
		}
	},
	'/campaigns/{id}/indicators.csv': {
		parameters: [campaignId],
		get: {
			summary:
				'The indicator table as CSV (members, donors it is shared with): every cell, change and impact, for all and each level of every dimension',
			responses: {
				200: { description: 'The CSV file', content: { 'text/csv': { schema: { type: 'string' } } } },
				...standardErrors
			}
		}
	},
	'/campaigns/{id}/public-report': {
		parameters: [campaignId],
		post: {
			summary:
				'Publish the campaign’s report for anyone with its address (owners): aggregates only, no ' +
				'count below 5. The address is answered once (only its hash is kept); publishing again ' +
				'while one is live withdraws it and answers a new one',
			responses: { 201: json('The public report’s address', publicReport), ...standardErrors }
		},
		delete: {
			summary: 'Withdraw the live public report (owners): its address answers 404 at once; 404 when none is live',
			responses: { 204: json('Withdrawn'), ...standardErrors }
		}
	},
	'/campaigns/{id}/responses.xlsx': {
		parameters: [
			campaignId,
			{
				name: 'hxl',
				in: 'query',
				description: '`1` adds an HXL hashtag row under the header',
				schema: { type: 'string', enum: ['1'] }
			},
			{
				name: 'lang',
				in: 'query',
				description: 'The codebook sheet’s language, one of the campaign’s (its first by default)',
				schema: { type: 'string' }
			}
		],
		get: {
			summary:
				'Every response as XLSX (owners and editors), streamed: the CSV’s columns on a sheet ' +
				'“responses” (continued on “responses 2”, … past 1,048,576 rows), numbers as numbers, the ' +
				'codebook on a sheet “codebook”; an audit event. `X-Total-Rows` gives the number of ' +
				'responses',
			responses: {
				200: {
					description: 'The XLSX file',
					content: { [XLSX]: { schema: { type: 'string', contentMediaType: XLSX } } }
				},
				...standardErrors
			}
		}
	},
	'/campaigns/{id}/indicators.xlsx': {
		parameters: [campaignId],
		get: {
			summary:
				'The indicator table as XLSX (members, donors it is shared with): the CSV’s rows on a sheet ' +
				'“indicators”, numbers as numbers, counts a donor may not see left empty',
			responses: {
				200: {
					description: 'The XLSX file',
					content: { [XLSX]: { schema: { type: 'string', contentMediaType: XLSX } } }
				},
				...standardErrors
			}
		}
	},
	'/campaigns/{id}/shares/{organisationId}': {
		parameters: [campaignId, organisationPath('organisationId')],
		delete: {
			summary: 'Take the share back (owners): the donor’s members no longer see the campaign',
			responses: { 204: json('Revoked'), ...standardErrors }
		}
	}
};
