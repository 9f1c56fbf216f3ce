import { cell, group, number, wave } from './openapi-parts';

const customChange = {
	type: 'object',
	required: ['group', 'from', 'to', 'value', 'ciLow', 'ciHigh', 'pValue', 'effectSize', 'suppressed', 'complementary'],
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
		suppressed: { type: 'boolean' },
		complementary: { type: 'boolean' }
	}
};

/** One of the campaign's own questions as the indicators API gives it (docs/standard.md §5.6). */
export const customQuestion = {
	type: 'object',
	description:
		'One of the campaign’s own questions (docs/standard.md §5.6): not part of the standard, not comparable across campaigns',
	required: ['code', 'type', 'scale', 'label', 'answerLabels', 'cells', 'answers', 'changes'],
	properties: {
		code: { type: 'string' },
		type: { type: 'string', enum: ['single', 'multiple', 'yes_no', 'integer', 'decimal', 'scale_5'] },
		scale: { type: 'string', enum: ['proportion', 'mean'] },
		label: { type: 'string', description: 'The question, in the caller’s language where the survey has it' },
		answerLabels: { type: 'object', additionalProperties: { type: 'string' } },
		cells: {
			type: 'array',
			description: 'Each wave and group: n, those who answered; for a mean, its value and 95% t interval',
			items: cell
		},
		answers: {
			type: 'array',
			description: 'For shares: each answer’s count and share of n (Wilson interval), and its changes',
			items: {
				type: 'object',
				required: ['code', 'cells', 'changes'],
				properties: {
					code: { type: 'string' },
					cells: {
						type: 'array',
						items: {
							...cell,
							properties: {
								...cell.properties,
								count: {
									type: ['integer', 'null'],
									description:
										'Respondents who gave the answer; null when suppressed, or hidden for donors and the public'
								}
							}
						}
					},
					changes: { type: 'array', items: customChange }
				}
			}
		},
		changes: { type: 'array', description: 'For a mean: its changes from the baseline', items: customChange }
	}
};
