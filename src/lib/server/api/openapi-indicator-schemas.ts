import { INDICATORS } from '$lib/core-module';
import { customQuestion } from './openapi-custom-questions';
import { cell, group, number, wave } from './openapi-parts';

/** The shapes the indicator engine's endpoints answer: a campaign's report and the comparison of campaigns. */
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

export const indicatorId = { type: 'string', enum: INDICATORS.map((indicator) => indicator.id) };

export const report = {
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
				panel: {
					type: 'boolean',
					description:
						'Whether baseline respondents carry panel codes (the same people asked again), in clusters or not'
				}
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

export const comparison = {
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
