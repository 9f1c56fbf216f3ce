import type { MessageKey } from '../i18n/types';

/** How much the campaigns differ, in words: Higgins' thresholds of I² (25%, 50%, 75%). */
export function heterogeneityKey(i2: number): MessageKey {
	if (i2 < 0.25) return 'compare.heterogeneity.low';
	if (i2 < 0.5) return 'compare.heterogeneity.moderate';
	if (i2 < 0.75) return 'compare.heterogeneity.substantial';
	return 'compare.heterogeneity.high';
}
