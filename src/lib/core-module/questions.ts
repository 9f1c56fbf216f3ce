import {
	A1_OPTIONS,
	A1_VALID,
	D1_OPTIONS,
	D4_OPTIONS,
	DK,
	E2_OPTIONS,
	M3_OPTIONS,
	TRUE_FALSE_DK,
	YES_NO,
	YES_NO_DK
} from './options';
import type { CampaignSettings, CoreItem, ItemId } from './types';

/** Travels with every survey version and response: new questions make version 2; nothing here is ever rescored. */
export const CORE_MODULE_VERSION = 1;

const ITEMS = [
	{
		id: 'C0',
		kind: 'yes_no',
		required: true,
		endsIf: { when: { item: 'C0', op: 'equals', value: 'no' }, outcome: 'refused' }
	},
	{ id: 'D1', kind: 'single', required: true, options: D1_OPTIONS },
	{
		id: 'D2',
		kind: 'integer',
		required: true,
		min: 10,
		max: 99,
		endsIf: { when: { item: 'D2', op: 'below', value: 15 }, outcome: 'not_eligible' }
	},
	{
		id: 'C1',
		kind: 'yes_no',
		required: true,
		showIf: { item: 'D2', op: 'between', min: 15, max: 17 },
		endsIf: { when: { item: 'C1', op: 'equals', value: 'no' }, outcome: 'refused' }
	},
	{ id: 'D3', kind: 'region', required: true },
	{ id: 'D4', kind: 'single', required: true, options: D4_OPTIONS },
	{ id: 'D5', kind: 'yes_no', required: true },
	{ id: 'E1', kind: 'yes_no_dk', required: true },
	{
		id: 'E2',
		kind: 'multiple',
		required: true,
		options: E2_OPTIONS,
		exclusive: [],
		showIf: { item: 'E1', op: 'equals', value: 'yes' }
	},
	{ id: 'E3_1', kind: 'yes_no_dk', required: true, battery: 'E3', slot: { type: 'signature', index: 1 } },
	{ id: 'E3_2', kind: 'yes_no_dk', required: true, battery: 'E3', slot: { type: 'signature', index: 2 } },
	{ id: 'E3_3', kind: 'yes_no_dk', required: true, battery: 'E3', slot: { type: 'signature', index: 3 } },
	{ id: 'E3_4', kind: 'yes_no_dk', required: true, battery: 'E3', slot: { type: 'signature', index: 4 } },
	{ id: 'E3_5', kind: 'yes_no_dk', required: true, battery: 'E3', slot: { type: 'signature', index: 5 } },
	{ id: 'E3_P', kind: 'yes_no_dk', required: true, battery: 'E3', slot: { type: 'placebo' } },
	{ id: 'I1', kind: 'scale', required: true, min: 1, max: 5, dk: false },
	{ id: 'K1', kind: 'true_false_dk', required: true, battery: 'K', correct: 'true' },
	{ id: 'K2', kind: 'true_false_dk', required: true, battery: 'K', correct: 'false' },
	{ id: 'K3', kind: 'true_false_dk', required: true, battery: 'K', correct: 'true' },
	{ id: 'K4', kind: 'true_false_dk', required: true, battery: 'K', correct: 'false' },
	{ id: 'K5', kind: 'true_false_dk', required: true, battery: 'K', correct: 'true' },
	{ id: 'K6', kind: 'true_false_dk', required: true, battery: 'K', correct: 'false' },
	{ id: 'K7', kind: 'true_false_dk', required: true, battery: 'K', correct: 'true' },
	{ id: 'K8', kind: 'true_false_dk', required: true, battery: 'K', correct: 'true' },
	{ id: 'A1', kind: 'multiple', required: true, options: A1_OPTIONS, exclusive: [DK], valid: A1_VALID },
	{ id: 'R1', kind: 'scale', required: true, battery: 'R', min: 1, max: 5, dk: true },
	{ id: 'R2', kind: 'scale', required: true, battery: 'R', min: 1, max: 5, dk: true },
	{ id: 'R3', kind: 'scale', required: true, battery: 'R', min: 1, max: 5, dk: true },
	{ id: 'R4', kind: 'scale', required: true, battery: 'R', min: 1, max: 5, dk: true },
	{ id: 'R5', kind: 'scale', required: true, battery: 'R', min: 1, max: 5, dk: true },
	{ id: 'T1', kind: 'yes_no_dk', required: true },
	{ id: 'M1', kind: 'yes_no_dk', required: true },
	{ id: 'M2', kind: 'yes_no_dk', required: true, showIf: { item: 'M1', op: 'equals', value: 'yes' } },
	{ id: 'M3', kind: 'single', required: true, options: M3_OPTIONS, showIf: { item: 'M2', op: 'equals', value: 'yes' } },
	{ id: 'P1', kind: 'yes_no', required: true, battery: 'P' },
	{ id: 'P2', kind: 'yes_no', required: true, battery: 'P' },
	{ id: 'P3', kind: 'yes_no', required: true, battery: 'P' },
	{ id: 'P4', kind: 'yes_no', required: true, battery: 'P' },
	{ id: 'TR1', kind: 'scale', required: true, battery: 'TR', min: 1, max: 4, dk: true },
	{ id: 'TR2', kind: 'scale', required: true, battery: 'TR', min: 1, max: 4, dk: true },
	{ id: 'TR3', kind: 'scale', required: true, battery: 'TR', min: 1, max: 4, dk: true },
	{ id: 'TR4', kind: 'scale', required: true, battery: 'TR', min: 1, max: 4, dk: true },
	{ id: 'TR5', kind: 'scale', required: true, battery: 'TR', min: 1, max: 4, dk: true },
	{ id: 'TR6', kind: 'scale', required: true, battery: 'TR', min: 1, max: 4, dk: true },
	{ id: 'S1', kind: 'yes_no_dk', required: true }
] as const satisfies readonly CoreItem[];

/** The exact shape of each item, for types derived from the data (the answers' types). */
export type CoreItemData = (typeof ITEMS)[number];

/** Core module v1 in survey order (docs/standard.md §2); E3's messages are shuffled per respondent when shown. */
export const CORE_ITEMS: readonly CoreItem[] = ITEMS;

export const ITEM_IDS: readonly ItemId[] = CORE_ITEMS.map((item) => item.id);

const ITEMS_BY_ID = new Map<string, CoreItem>(CORE_ITEMS.map((item) => [item.id, item]));

export function isCoreItemId(id: string): id is ItemId {
	return ITEMS_BY_ID.has(id);
}

export function getItem(id: ItemId): CoreItem {
	return ITEMS_BY_ID.get(id)!;
}

/** Throws on settings a campaign could never have saved: that is a bug in the caller, not a respondent's error. */
export function checkSettings(settings: Pick<CampaignSettings, 'signatureMessageCount'>): void {
	const count = settings.signatureMessageCount;
	if (!Number.isInteger(count) || count < 2 || count > 5) {
		throw new RangeError(`A campaign has 2 to 5 signature messages, not ${count}`);
	}
}

/** The core items of one campaign's survey: E3 keeps only the signature messages the campaign has, and the placebo. */
export function listCampaignItems(settings: CampaignSettings): CoreItem[] {
	checkSettings(settings);
	return CORE_ITEMS.filter((item) => isInCampaign(item, settings));
}

/** False only for the E3 items of signature messages the campaign does not have. */
export function isInCampaign(item: CoreItem, settings: Pick<CampaignSettings, 'signatureMessageCount'>): boolean {
	const slot = item.kind === 'yes_no_dk' ? item.slot : undefined;
	return slot?.type !== 'signature' || slot.index <= settings.signatureMessageCount;
}

/** The text codes an item accepts; integer and scale items accept numbers besides these. */
export function listCodes(item: CoreItem, settings: CampaignSettings): readonly string[] {
	switch (item.kind) {
		case 'yes_no':
			return YES_NO;
		case 'yes_no_dk':
			return YES_NO_DK;
		case 'true_false_dk':
			return TRUE_FALSE_DK;
		case 'single':
		case 'multiple':
			return item.options;
		case 'region':
			return settings.regions;
		case 'scale':
			return item.dk ? [DK] : [];
		case 'integer':
			return [];
	}
}
