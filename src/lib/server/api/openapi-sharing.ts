import { shareApiBodySchema } from '../sharing/schema';
import { campaignId, json, schema, standardErrors } from './openapi-parts';
import { XLSX } from './openapi-exports';
import { auditResult, organisationsResult, result } from './openapi-results';

const organisationPath = (name: string) => ({
	name,
	in: 'path',
	required: true,
	schema: { type: 'string', pattern: '^[a-z2-7]{24}$' }
});

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

const pageParameters = [
	{ name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1000, default: 100 } },
	{ name: 'cursor', in: 'query', description: 'The `nextCursor` of the page before', schema: { type: 'string' } }
];

/** A page of shares: `nextCursor` null on the last. */
const sharesPage = {
	...shares,
	required: ['shares', 'nextCursor'],
	properties: {
		...shares.properties,
		nextCursor: { type: ['string', 'null'], description: 'Where the next page starts; null on the last' }
	}
};

const publicReport = { type: 'object', required: ['url'], properties: { url: { type: 'string', format: 'uri' } } };

/** Organisations, and sharing campaigns' results with donors. */
export const sharingPaths = {
	'/organisations': {
		get: {
			parameters: pageParameters,
			summary: 'The caller’s organisations, by name, a page at a time',
			responses: { 200: json('The caller’s organisations', result(organisationsResult)), 401: standardErrors[401] }
		}
	},
	'/organisations/{id}/audit': {
		parameters: [organisationPath('id')],
		get: {
			parameters: [
				{ name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1000, default: 500 } },
				{ name: 'cursor', in: 'query', description: 'The `nextCursor` of the page before', schema: { type: 'string' } }
			],
			summary:
				'The organisation’s audit events, newest first (owners): shares and revocations, public ' +
				'reports published and withdrawn, exports of responses, retention and deletions',
			responses: {
				200: json(
					'`{ events: [{ id, action, actorName, campaignId, campaignTitle, subjectOrganisationId, ' +
						'subjectOrganisationName, format, at, detail }] }` (format: `csv` or `xlsx` for an export, ' +
						'else null; detail: what outlives the subject, e.g. a deleted campaign’s `title` and its ' +
						'`responses` deleted, or null)',
					result(auditResult)
				),
				...standardErrors
			}
		}
	},
	'/campaigns/{id}/shares': {
		parameters: [campaignId],
		get: {
			parameters: pageParameters,
			summary: 'The donor organisations the campaign’s results are shared with (members), by name, a page at a time',
			responses: { 200: json('A page of shares', sharesPage), ...standardErrors }
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
