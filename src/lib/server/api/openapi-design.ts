import { campaignId, json, standardErrors } from './openapi-parts';

const cluster = {
	type: 'object',
	required: ['code'],
	properties: {
		code: {
			type: 'string',
			pattern: '^[A-Za-z0-9_-]{1,40}$',
			description: 'Unique in the campaign, whatever its case'
		},
		name: { type: ['string', 'null'], maxLength: 200 },
		stratum: { type: ['string', 'null'], maxLength: 80 },
		weight: {
			type: ['number', 'null'],
			minimum: 1e-9,
			maximum: 1e9,
			description: 'Its design weight: from 0.000000001 to 1,000,000,000'
		}
	}
};

const design = {
	type: 'object',
	required: ['clusters', 'panel'],
	properties: {
		clusters: { type: 'array', maxItems: 5000, items: cluster },
		panel: { type: 'boolean', description: 'Whether respondents carry a panel code from one wave to the next' }
	}
};

/** A campaign's sampling design: its clusters and whether it follows a panel (docs/standard.md §4.6). */
export const designPaths = {
	'/campaigns/{id}/design': {
		parameters: [campaignId],
		get: {
			summary: 'The campaign’s clusters, in their order, and whether it follows a panel (members)',
			responses: { 200: json('The design', design), ...standardErrors }
		},
		put: {
			summary:
				'Replace the clusters and set the panel (owners and editors), checked whole: 422 with every ' +
				'problem in `problems` (`line`, `column`, `value`, `code`, `message`; `line` null for a cluster ' +
				'left out) and nothing written. Refused: a duplicate code, a weight ≤ 0 or not a number, a ' +
				'cluster with responses removed or moved to another stratum. `panel` left out stays as it was',
			requestBody: { required: true, content: { 'application/json': { schema: design } } },
			responses: { 200: json('The design as stored', design), ...standardErrors }
		}
	}
};
