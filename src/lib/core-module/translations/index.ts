import { DK } from '../options';
import type { CoreItem, ScaleItem, SurveyMode } from '../types';
import { texts as ar } from './ar';
import { texts as en } from './en';
import { texts as es } from './es';
import { texts as fr } from './fr';
import { texts as pt } from './pt';
import type { CoreTextKey, CoreTexts } from './types';

export type { CoreTextKey, CoreTexts } from './types';

export const CORE_LANGUAGES = ['en', 'fr', 'pt', 'es', 'ar'] as const;
export type CoreLanguage = (typeof CORE_LANGUAGES)[number];

export const CORE_TEXTS: Readonly<Record<CoreLanguage, CoreTexts>> = { en, fr, pt, es, ar };

export function isCoreLanguage(code: string): code is CoreLanguage {
	return (CORE_LANGUAGES as readonly string[]).includes(code);
}

export function getTextDirection(language: CoreLanguage): 'ltr' | 'rtl' {
	return language === 'ar' ? 'rtl' : 'ltr';
}

export function isCoreTextKey(key: string): key is CoreTextKey {
	return key in en;
}

function findKey(key: string): CoreTextKey | null {
	return isCoreTextKey(key) ? key : null;
}

export interface ItemTextKeys {
	/** Read before the question (C0's consent statement). */
	readonly intro: CoreTextKey | null;
	/** null for E3 items, which show the campaign's own message under the battery's text. */
	readonly text: CoreTextKey | null;
	readonly hint: CoreTextKey | null;
}

export function findItemTextKeys(item: CoreItem, mode: SurveyMode): ItemTextKeys {
	const base = `item.${item.id}`;
	return {
		intro: findKey(`${base}.intro`),
		text: (mode === 'enumerator' ? findKey(`${base}.text_enumerator`) : null) ?? findKey(`${base}.text`),
		hint: findKey(`${base}.hint`)
	};
}

export function findBatteryTextKeys(item: CoreItem): { text: CoreTextKey; hint: CoreTextKey | null } | null {
	if (!item.battery) return null;
	const text = findKey(`battery.${item.battery}.text`);
	return text && { text, hint: findKey(`battery.${item.battery}.hint`) };
}

/** The label of one answer code; null for D3, whose region names come from the campaign. */
export function findOptionTextKey(item: CoreItem, code: string): CoreTextKey | null {
	if (code === DK) return 'answer.dk';
	switch (item.kind) {
		case 'yes_no':
		case 'yes_no_dk':
		case 'true_false_dk':
			return findKey(`answer.${code}`);
		case 'single':
		case 'multiple':
			return findKey(`option.${item.id}.${code}`);
		default:
			return null;
	}
}

/** Scales label their two ends only, as docs/standard.md does; the points between are numbers. */
export function findScaleTextKeys(item: ScaleItem): { low: CoreTextKey; high: CoreTextKey } | null {
	const scale = item.battery ?? item.id;
	const low = findKey(`scale.${scale}.low`);
	const high = findKey(`scale.${scale}.high`);
	return low && high && { low, high };
}

/** Fills `{name}` placeholders; an unknown one stays visible so that it gets noticed and fixed. */
export function fillText(text: string, params: Readonly<Record<string, string | number>>): string {
	return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
