import type { IndicatorId, ItemId } from '../../core-module';

/** An item's column in `responses`: its id in lower case (`E3_P` → `e3_p`). */
export function answerColumnOf<Item extends ItemId>(item: Item): Lowercase<Item> {
	return item.toLowerCase() as Lowercase<Item>;
}

/** An indicator's score column in `responses` (`KNW1M` → `score_knw1m`). */
export function scoreColumnOf<Indicator extends IndicatorId>(indicator: Indicator): `score_${Lowercase<Indicator>}` {
	return `score_${indicator.toLowerCase() as Lowercase<Indicator>}`;
}
