import { getItem, isCoreItemId, shuffleMessages, type ItemId } from '../core-module';
import type { SurveyField } from './fields';

/** A repeatable sequence in [0, 1) from a text (FNV-1a, then mulberry32): the same submission id, the same order. */
export function seededRandom(seed: string): () => number {
	let state = 2166136261;
	for (let i = 0; i < seed.length; i++) state = Math.imul(state ^ seed.charCodeAt(i), 16777619);
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * The pages as this respondent sees them: E3's messages shuffled (docs/standard.md §2), in an order fixed by
 * the submission id so that it stays the same from page to page. The battery's question stays on top.
 */
export function orderPages(pages: readonly (readonly SurveyField[])[], clientId: string): SurveyField[][] {
	const random = seededRandom(clientId);
	return pages.map((page) => {
		if (!page.some((field) => isCoreItemId(field.id) && getItem(field.id).battery === 'E3')) return [...page];
		const byId = new Map(page.map((field) => [field.id, field]));
		const intro = page[0].intro;
		const ids = shuffleMessages(
			page.map((field) => getItem(field.id as ItemId)),
			random
		).map((item) => item.id);
		return ids.map((id, index) => ({ ...byId.get(id)!, intro: index === 0 ? intro : null }));
	});
}
