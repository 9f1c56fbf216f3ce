import type { A1Code, D1Code, D4Code, Dk, E2Code, M3Code } from '../options';
import type { BatteryId, ItemId, MessageItemId, Outcome } from '../types';
import type { ProblemCode } from '../validate';
import type { texts } from './en';

/** E3 items have no text of their own: they show the campaign's messages. */
type TextItemId = Exclude<ItemId, MessageItemId>;

/** What the data of the module needs a text for; English must give all of these, and may give more (hints). */
export type RequiredTextKey =
	| `item.${TextItemId}.text`
	| 'item.C0.intro'
	| 'item.C1.text_enumerator'
	| `battery.${BatteryId}.text`
	| `answer.${'yes' | 'no' | 'true' | 'false' | Dk}`
	| `option.D1.${D1Code}`
	| `option.D4.${D4Code}`
	| `option.E2.${E2Code}`
	| `option.A1.${Exclude<A1Code, Dk>}`
	| `option.M3.${Exclude<M3Code, Dk>}`
	| `scale.${'I1' | 'R' | 'TR'}.${'low' | 'high'}`
	| `end.${Outcome}`
	| `problem.${ProblemCode}`;

/** Every text has an English version; every other language must give the same keys. */
export type CoreTextKey = keyof typeof texts;
export type CoreTexts = Record<CoreTextKey, string>;
