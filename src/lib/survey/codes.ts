/** A code made from a label or a name: `Très souvent` → `tres_souvent`, `Saint-Louis` → `saint_louis`; empty for a text with no Latin letter or digit. */
export function makeCode(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_+|_+$/g, '')
		.slice(0, 40);
}
