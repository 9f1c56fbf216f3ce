/**
 * What makes two organisation names the same: case, accents and spacing aside ("Rabat Fünd" is "rabat fund").
 * Compatibility decomposition also folds look-alike forms (full-width letters, ligatures) to plain ones.
 */
export function toNameKey(name: string): string {
	return name.normalize('NFKD').replace(/\p{M}/gu, '').toUpperCase().toLowerCase().replace(/\s+/gu, ' ').trim();
}
