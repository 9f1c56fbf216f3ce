import { DIMENSIONS } from '$lib/indicators';
import { INDICATORS } from '$lib/core-module';
import { customQuestion } from './openapi-custom-questions';
import { campaignId, cell, error, group, json, number, standardErrors, wave } from './openapi-parts';

const change = {
	type: 'object',
	required: [
		'group',
		'from',
		'to',
		'value',
		'ciLow',
		'ciHigh',
		'pValue',
		'effectSize',
		'effectSizeKind',
		'suppressed',
		'complementary',
		'sentence'
	],
	properties: {
		group,
		from: wave,
		to: wave,
		value: number,
		ciLow: number,
		ciHigh: number,
		pValue: number,
		effectSize: number,
		effectSizeKind: { type: 'string', enum: ['cohens_h', 'hedges_g'] },
		se: { ...number, description: 'Its standard error; for a simple design, width / (2z) of its interval' },
		df: { ...number, description: 'The design’s degrees of freedom (PSUs − strata); null for a simple design' },
		suppressed: { type: 'boolean' },
		complementary: {
			type: 'boolean',
			description: 'Suppressed only because a cell it needs is hidden to protect a smaller one'
		},
		sentence: { type: 'string', description: 'The result in plain words, in the caller’s language' }
	}
};

const impact = {
	type: ['object', 'null'],
	description: 'The difference-in-differences, baseline to endline; null without a comparison group',
	required: ['from', 'to', 'value', 'ciLow', 'ciHigh', 'pValue', 'suppressed', 'complementary', 'sentence'],
	properties: {
		from: wave,
		to: wave,
		value: number,
		ciLow: number,
		ciHigh: number,
		pValue: number,
		se: number,
		df: number,
		suppressed: { type: 'boolean' },
		complementary: { type: 'boolean' },
		sentence: { type: 'string' }
	}
};

const level = {
	type: 'object',
	required: ['level', 'cells', 'changes', 'impact'],
	properties: {
		level: { type: 'string' },
		cells: { type: 'array', items: cell },
		changes: { type: 'array', items: change },
		impact
	}
};

const indicatorId = { type: 'string', enum: INDICATORS.map((indicator) => indicator.id) };

const report = {
	type: 'object',
	required: ['campaignId', 'moduleVersion', 'generatedAt', 'design', 'indicators', 'flags'],
	properties: {
		campaignId: { type: 'string' },
		moduleVersion: { type: 'integer' },
		generatedAt: { type: 'string', format: 'date-time' },
		design: {
			type: 'object',
			description:
				'How the campaign was sampled (docs/standard.md §4.6): `complex` when any response carries a ' +
				'cluster, a weight or a panel code, and then every interval is design-based',
			required: ['type', 'psus', 'strata', 'df', 'clusters', 'weighted', 'panel'],
			properties: {
				type: { type: 'string', enum: ['simple', 'complex'] },
				psus: { type: ['integer', 'null'] },
				strata: { type: ['integer', 'null'] },
				df: { type: ['integer', 'null'] },
				clusters: { type: 'integer' },
				weighted: { type: 'boolean' },
				panel: { type: 'boolean' }
			}
		},
		indicators: {
			type: 'array',
			items: {
				type: 'object',
				required: ['id', 'type', 'direction', 'cells', 'changes', 'impact', 'disaggregations'],
				properties: {
					id: indicatorId,
					name: { type: 'string' },
					type: { type: 'string', enum: ['proportion', 'mean'] },
					direction: { type: 'string', enum: ['up', 'down', 'none'] },
					primary: { type: 'boolean' },
					cells: { type: 'array', items: cell },
					changes: { type: 'array', items: change },
					impact,
					disaggregations: { type: 'object', additionalProperties: { type: 'array', items: level } }
				}
			}
		},
		retention: {
			type: 'array',
			description:
				'A campaign that follows a panel: per group, its members at baseline (distinct panel codes), those found ' +
				'again at endline, and retention with its Wilson interval (null below 25 members; counts null where ' +
				'donors and the public would read one from 1 to 4)',
			items: {
				type: 'object',
				required: ['group', 'baseline', 'retained', 'value', 'ciLow', 'ciHigh'],
				properties: {
					group,
					baseline: { type: ['integer', 'null'] },
					retained: { type: ['integer', 'null'] },
					value: number,
					ciLow: number,
					ciHigh: number
				}
			}
		},
		retentionDifference: {
			type: ['object', 'null'],
			description: 'Retention, exposed − comparison, with Newcombe’s interval; null without both groups',
			properties: { value: number, ciLow: number, ciHigh: number }
		},
		flags: {
			type: 'array',
			items: {
				type: 'object',
				required: ['code', 'wave', 'group', 'message'],
				properties: {
					code: {
						type: 'string',
						enum: ['placebo_recall_high', 'sample_mix_sex', 'sample_mix_age_band', 'quick_responses']
					},
					wave,
					group,
					message: { type: 'string' }
				}
			}
		},
		customQuestions: {
			type: 'array',
			description:
				'The campaign’s own single and multiple choice, yes/no, number and scale questions, after the standard indicators; text answers are never given',
			items: customQuestion
		}
	}
};

const comparison = {
	type: 'object',
	required: ['indicator', 'campaigns', 'pooled', 'excluded'],
	properties: {
		indicator: indicatorId,
		campaigns: {
			type: 'array',
			items: {
				type: 'object',
				required: ['id', 'title', 'countries', 'change'],
				properties: {
					id: { type: 'string' },
					title: { type: 'string' },
					countries: { type: 'array', items: { type: 'string' } },
					organisationId: { type: 'string', description: 'The NGO that runs the campaign' },
					channels: { type: 'array', items: { type: 'string' } },
					startDate: { type: 'string', format: 'date' },
					endDate: { type: 'string', format: 'date' },
					n: { type: 'integer', description: 'Exposed respondents counted in the two waves compared' },
					change,
					impact: {
						...impact,
						description:
							'The difference-in-differences over the same waves where the campaign has a comparison group, else null; shown, not pooled'
					},
					weight: { ...number, description: 'Its share of the pool’s random-effects weight, from 0 to 1' },
					design: {
						type: 'string',
						enum: ['simple', 'complex'],
						description:
							'`complex` when its intervals account for clusters, strata, weights or a panel; each change is pooled with the `se` it reports'
					}
				}
			}
		},
		pooled: {
			type: 'object',
			required: ['value', 'ciLow', 'ciHigh', 'tau2', 'i2', 'k'],
			properties: {
				value: number,
				ciLow: number,
				ciHigh: number,
				tau2: number,
				i2: { ...number, description: 'A fraction from 0 to 1' },
				k: { type: 'integer' },
				se: number,
				pValue: number
			}
		},
		excluded: {
			type: 'array',
			items: {
				type: 'object',
				required: ['id', 'reason'],
				properties: {
					id: { type: 'string' },
					reason: { type: 'string', enum: ['not_found', 'one_wave', 'suppressed'] },
					message: { type: 'string' }
				}
			}
		}
	}
};

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
			planNumber('deff', 'Design effect, 1 unless given (1.5 to 2 for cluster samples)'),
			planNumber('clusterSize', 'Respondents per cluster (m), with `icc`: the design effect is then 1 + (m − 1)·ICC'),
			planNumber('icc', 'Intra-cluster correlation, 0 to 1, with `clusterSize` (0.05 is common for knowledge)')
		],
		get: {
			summary: 'Respondents needed per wave and group to detect a change from p1 to p2 (docs/standard.md §4.5)',
			security: [{}],
			responses: {
				200: json(
					'`{ p1, p2, alpha, power, deff, clusterSize, icc, n, clusters, totalWithoutComparison, totalWithComparison }`: ' +
						'`n` per wave and group, rounded up (⌈deff × n₀⌉), in `clusters` clusters of `clusterSize` (null without one)'
				),
				422: error
			}
		}
	}
};
