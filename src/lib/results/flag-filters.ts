import type { FlagCode } from '../indicators/types';

/** The filters of the campaign's responses table (`/campaigns/{id}/responses?…&flag=`). */
export type ResponseFilter = 'quick' | 'straightline' | 'placebo' | 'outside_dates' | 'duplicate';

/**
 * The responses a flag is about, as the responses table filters them; null for a flag about the sample as a
 * whole (its mix of sexes or ages), which no single response shows.
 */
export function flagFilter(code: FlagCode): ResponseFilter | null {
	if (code === 'quick_responses') return 'quick';
	if (code === 'placebo_recall_high') return 'placebo';
	return null;
}
