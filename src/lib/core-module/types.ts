export type SignatureItemId = 'E3_1' | 'E3_2' | 'E3_3' | 'E3_4' | 'E3_5';
export type MessageItemId = SignatureItemId | 'E3_P';
export type KnowledgeItemId = 'K1' | 'K2' | 'K3' | 'K4' | 'K5' | 'K6' | 'K7' | 'K8';
export type RiskItemId = 'R1' | 'R2' | 'R3' | 'R4' | 'R5';
export type PreparationItemId = 'P1' | 'P2' | 'P3' | 'P4';
export type TrustItemId = 'TR1' | 'TR2' | 'TR3' | 'TR4' | 'TR5' | 'TR6';

/** Every answerable item of core module v1, one per stored answer; stable forever. */
export type ItemId =
	| 'C0'
	| 'D1'
	| 'D2'
	| 'C1'
	| 'D3'
	| 'D4'
	| 'D5'
	| 'E1'
	| 'E2'
	| MessageItemId
	| 'I1'
	| KnowledgeItemId
	| 'A1'
	| RiskItemId
	| 'T1'
	| 'M1'
	| 'M2'
	| 'M3'
	| PreparationItemId
	| TrustItemId
	| 'S1';

/** Items shown together under one shared question text. */
export type BatteryId = 'E3' | 'K' | 'R' | 'P' | 'TR';

export type Condition =
	| { readonly item: ItemId; readonly op: 'equals'; readonly value: string }
	| { readonly item: ItemId; readonly op: 'between'; readonly min: number; readonly max: number }
	| { readonly item: ItemId; readonly op: 'below'; readonly value: number };

export type Ending = 'refused' | 'not_eligible';
export type Outcome = 'complete' | Ending;

export interface EndRule {
	readonly when: Condition;
	readonly outcome: Ending;
}

/** E3 items show a campaign's message rather than a translated text. */
export type MessageSlot =
	{ readonly type: 'signature'; readonly index: 1 | 2 | 3 | 4 | 5 } | { readonly type: 'placebo' };

interface ItemBase {
	readonly id: ItemId;
	readonly required: boolean;
	readonly battery?: BatteryId;
	/** Absent: always asked. A skipped item stays unanswered, never `dk`. */
	readonly showIf?: Condition;
	readonly endsIf?: EndRule;
}

export interface YesNoItem extends ItemBase {
	readonly kind: 'yes_no';
}

export interface YesNoDkItem extends ItemBase {
	readonly kind: 'yes_no_dk';
	readonly slot?: MessageSlot;
}

export interface TrueFalseDkItem extends ItemBase {
	readonly kind: 'true_false_dk';
	readonly correct: 'true' | 'false';
}

export interface SingleItem extends ItemBase {
	readonly kind: 'single';
	readonly options: readonly string[];
}

/** A single choice among the campaign's own admin areas (D3). */
export interface RegionItem extends ItemBase {
	readonly kind: 'region';
}

export interface MultipleItem extends ItemBase {
	readonly kind: 'multiple';
	readonly options: readonly string[];
	/** Codes that must be chosen alone. */
	readonly exclusive: readonly string[];
	/** Codes that count as correct when scoring, where the item is scored. */
	readonly valid?: readonly string[];
}

export interface IntegerItem extends ItemBase {
	readonly kind: 'integer';
	readonly min: number;
	readonly max: number;
}

export interface ScaleItem extends ItemBase {
	readonly kind: 'scale';
	readonly min: number;
	readonly max: number;
	readonly dk: boolean;
}

export type CoreItem =
	YesNoItem | YesNoDkItem | TrueFalseDkItem | SingleItem | RegionItem | MultipleItem | IntegerItem | ScaleItem;

export type ItemKind = CoreItem['kind'];

/** What a campaign fills in the core module's slots. */
export interface CampaignSettings {
	/** Codes of the campaign's admin areas: the answers of D3. */
	readonly regions: readonly string[];
	/** How many signature messages E3 shows (2 to 5); the placebo is always shown too. */
	readonly signatureMessageCount: number;
}

/** `self`: the respondent fills the form; `enumerator`: an interviewer reads it aloud and fills it. */
export type SurveyMode = 'self' | 'enumerator';
