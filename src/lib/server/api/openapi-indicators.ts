import { SORTS } from '$lib/comparison/types';
import { DIMENSIONS } from '$lib/indicators';
import { campaignId, error, json, standardErrors } from './openapi-parts';
import { comparison, indicatorId, report } from './openapi-indicator-schemas';
import { result, sampleSizeResult } from './openapi-results';

const planNumber = (name: string, description: string, required = false) => ({
	name,
	in: 'query',
	required,
	description,
	schema: { type: 'number' }
});

/** The indicator engine's endpoints (docs/standard.md §3–§5). */
export const indicatorPaths = {
	'/campaigns/{id}/indicators': {
		parameters: [
			campaignId,
			{
				name: 'disaggregate',
				in: 'query',
				description: `Dimensions to split by, comma-separated or repeated: ${DIMENSIONS.join(', ')}`,
				schema: { type: 'array', items: { type: 'string', enum: [...DIMENSIONS] } },
				style: 'form',
				explode: false
			}
		],
		get: {
			summary:
				'Every indicator of the core module: cells with 95% intervals, changes, impact, disaggregations and data-quality flags',
			description:
				'Proportions are fractions (0.41, not 41). A cell of fewer than 25 respondents is ' +
				'suppressed (`suppressed: true`, numbers null), as is every change or impact that needs it; ' +
				'25 to 49 are `lowPrecision`. Donors read no count below 5 (`n` null), and where one level ' +
				'of a dimension is hidden, the next smallest is hidden too (`complementary: true`), so that ' +
				'no hidden count or share follows from the total and the other levels. Changes go from the ' +
				'baseline to each later wave within a group; `impact` is the difference-in-differences, ' +
				'null without a comparison group.',
			responses: { 200: json('The report', report), ...standardErrors }
		}
	},
	'/compare.csv': {
		parameters: [
			{
				name: 'indicator',
				in: 'query',
				schema: indicatorId,
				description: 'The indicator compared (KNW1 when left out); any but EXP0'
			},
			{
				name: 'sort',
				in: 'query',
				schema: { type: 'string', enum: [...SORTS] },
				description: 'The rows’ order'
			},
			...['country', 'channel', 'year', 'organisation'].map((name) => ({
				name,
				in: 'query',
				description: `Only the campaigns of these ${name === 'country' ? 'countries' : `${name}s`}, repeated`,
				schema: { type: 'array', items: { type: 'string' } },
				style: 'form',
				explode: true
			}))
		],
		get: {
			summary:
				'The donors’ comparison table as CSV, the same file as the comparison page’s download (`/compare/table.csv`) for the same query string: each campaign’s change, impact and design, and the pool',
			responses: {
				200: { description: 'The CSV file', content: { 'text/csv': { schema: { type: 'string' } } } },
				...standardErrors
			}
		}
	},
	'/compare': {
		parameters: [
			{
				name: 'indicator',
				in: 'query',
				required: true,
				schema: indicatorId,
				description: 'Any indicator but EXP0 (a data-quality check, never pooled)'
			},
			{
				name: 'campaign',
				in: 'query',
				description: 'Campaign ids, repeated; left out: every campaign the user may see',
				schema: { type: 'array', items: { type: 'string' } },
				style: 'form',
				explode: true
			}
		],
		get: {
			summary:
				'One indicator across campaigns: each exposed group’s change from its first wave to its ' +
				'last, and their random-effects pool (of the changes; each campaign’s impact is given ' +
				'beside its change where it has a comparison group)',
			description:
				'The pool is a DerSimonian–Laird random-effects meta-analysis, each change weighted by the ' +
				'variance read from its interval (SE = width / 2z). Campaigns that do not exist or that the ' +
				'user may not see (`not_found`), with one wave only (`one_wave`), or with a suppressed ' +
				'change (`suppressed`) are listed in `excluded`.',
			responses: { 200: json('The comparison', comparison), ...standardErrors }
		}
	},
	'/sample-size': {
		parameters: [
			planNumber('p1', 'The share expected before the campaign, a fraction from 0 to 1', true),
			planNumber('p2', 'The share to detect after it', true),
			planNumber('alpha', 'Two-sided significance level, 0.05 unless given'),
			planNumber('power', '0.8 unless given'),
			planNumber(
				'deff',
				'Design effect, 1 unless given (1.5 to 2 for cluster samples); not with `clusterSize` and `icc`, which give it'
			),
			planNumber('clusterSize', 'Respondents per cluster (m), with `icc`: the design effect is then 1 + (m − 1)·ICC'),
			planNumber('icc', 'Intra-cluster correlation, 0 to 1, with `clusterSize` (0.05 is common for knowledge)')
		],
		get: {
			summary: 'Respondents needed per wave and group to detect a change from p1 to p2 (docs/standard.md §4.5)',
			security: [{}],
			responses: {
				200: json(
					'`{ p1, p2, alpha, power, deff, clusterSize, icc, n, clusters, totalWithoutComparison, totalWithComparison }`: ' +
						'`n` per wave and group, rounded up (⌈deff × n₀⌉), in `clusters` clusters of `clusterSize` (null without one)',
					result(sampleSizeResult)
				),
				422: error
			}
		}
	}
};
