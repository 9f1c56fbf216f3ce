import type { ItemId } from './types';

export type Direction = 'up' | 'down' | 'none';

interface IndicatorBase {
	readonly id: string;
	/** `up`: a rise is the effect a campaign wants; `none`: a check, not an effect. */
	readonly direction: Direction;
	/** Shown first, and by default in the cross-country view. */
	readonly primary: boolean;
	/** The items it is computed from; a respondent missing any of them is left out of it. */
	readonly items: readonly ItemId[];
}

export interface ProportionDefinition extends IndicatorBase {
	readonly type: 'proportion';
}

export interface MeanDefinition extends IndicatorBase {
	readonly type: 'mean';
	readonly min: number;
	readonly max: number;
}

export type IndicatorDefinition = ProportionDefinition | MeanDefinition;

const SIGNATURE_ITEMS = ['E3_1', 'E3_2', 'E3_3', 'E3_4', 'E3_5'] as const;
const KNOWLEDGE_ITEMS = ['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7', 'K8'] as const;

/** The indicators of docs/standard.md §3, in its order. EXP1 uses only the signature messages the campaign has. */
export const INDICATORS = [
	{ id: 'EXP1', type: 'proportion', direction: 'up', primary: false, items: SIGNATURE_ITEMS },
	{ id: 'EXP0', type: 'proportion', direction: 'none', primary: false, items: ['E3_P'] },
	{ id: 'INF1', type: 'proportion', direction: 'up', primary: false, items: ['I1'] },
	{ id: 'KNW1', type: 'proportion', direction: 'up', primary: true, items: KNOWLEDGE_ITEMS },
	{ id: 'KNW1M', type: 'mean', direction: 'up', primary: false, items: KNOWLEDGE_ITEMS, min: 0, max: 8 },
	{ id: 'KNW2', type: 'proportion', direction: 'up', primary: false, items: ['A1'] },
	{ id: 'RSK1', type: 'mean', direction: 'up', primary: true, items: ['R1', 'R2', 'R3', 'R4', 'R5'], min: 1, max: 5 },
	{ id: 'ATT1', type: 'proportion', direction: 'up', primary: false, items: ['T1'] },
	{ id: 'INT1', type: 'proportion', direction: 'down', primary: true, items: ['M1', 'M2', 'M3'] },
	{ id: 'INT2', type: 'proportion', direction: 'down', primary: false, items: ['P1', 'P2', 'P3', 'P4'] },
	{ id: 'TRU1', type: 'proportion', direction: 'up', primary: false, items: ['TR1', 'TR2'] },
	{ id: 'TRU2', type: 'proportion', direction: 'down', primary: false, items: ['TR6'] },
	{ id: 'SHR1', type: 'proportion', direction: 'up', primary: false, items: ['S1'] }
] as const satisfies readonly IndicatorDefinition[];

type Indicator = (typeof INDICATORS)[number];

export type IndicatorId = Indicator['id'];
export type ProportionIndicatorId = Extract<Indicator, { type: 'proportion' }>['id'];
export type MeanIndicatorId = Extract<Indicator, { type: 'mean' }>['id'];

/** One respondent's contribution to each indicator: null when left out of it. */
export type IndicatorValues = { readonly [I in ProportionIndicatorId]: boolean | null } & {
	readonly [I in MeanIndicatorId]: number | null;
};

/** Listed first in reports; the comparison page charts each of them. */
export const PRIMARY_INDICATORS: readonly IndicatorId[] = INDICATORS.filter((i) => i.primary).map((i) => i.id);

/** The disaggregations of docs/standard.md §5 and what each is read from. */
export const DISAGGREGATIONS = [
	{ id: 'sex', item: 'D1' },
	{ id: 'ageBand', item: 'D2' },
	{ id: 'region', item: 'D3' },
	{ id: 'education', item: 'D4' },
	{ id: 'returnee', item: 'D5' },
	{ id: 'exposure', item: 'E1' },
	{ id: 'intention', indicator: 'INT1' }
] as const satisfies readonly ({ id: string; item: ItemId } | { id: string; indicator: IndicatorId })[];

export type DisaggregationId = (typeof DISAGGREGATIONS)[number]['id'];
