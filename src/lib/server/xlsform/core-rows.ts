import {
	CORE_ITEMS,
	DK,
	fillText,
	findBatteryTextKeys,
	findItemTextKeys,
	findOptionTextKey,
	findScaleTextKeys,
	listCampaignItems,
	listCodes,
	YES_NO,
	type CampaignSettings,
	type Condition,
	type CoreItem,
	type ScaleItem
} from '$lib/core-module';
import { joinConditions, quote, squash, writeConstraint } from './expressions';
import { localise, type ChoiceRow, type SurveyRow } from './rows';
import type { XlsFormSurvey } from './types';
import { findWords } from '$lib/survey/words';

/** The core module's texts in a language of the form: Mesure's own, or the campaign's translation. */
function coreTexts(survey: XlsFormSurvey, language: string) {
	return findWords(language, survey.addedTexts?.[language]).core;
}

/** Lists of the core module are `core_…`; see formatListName for those of custom questions. */
export function findCoreListName(item: CoreItem): string | null {
	switch (item.kind) {
		case 'yes_no':
		case 'yes_no_dk':
		case 'true_false_dk':
			return `core_${item.kind}`;
		case 'single':
		case 'multiple':
		case 'region':
			return `core_${item.id}`;
		case 'scale':
			return `core_scale_${item.battery ?? item.id}`;
		case 'integer':
			return null;
	}
}

export function writeCoreType(item: CoreItem): string {
	const list = findCoreListName(item);
	if (list === null) return 'integer';
	return `${item.kind === 'multiple' ? 'select_multiple' : 'select_one'} ${list}`;
}

function writeCondition(condition: Condition): string {
	const reference = '${' + condition.item + '}';
	switch (condition.op) {
		case 'equals':
			return `${reference} = ${quote(condition.value)}`;
		case 'between':
			return `${reference} >= ${condition.min} and ${reference} <= ${condition.max}`;
		case 'below':
			return `${reference} < ${condition.value}`;
	}
}

/**
 * What must hold for the form to go on past an item that can end it. An item that may be skipped (C1) is
 * empty then, so it is tested with `!=`: an empty answer must not end the form.
 */
function writeEndGuard(item: CoreItem): string | null {
	if (!item.endsIf) return null;
	const { when } = item.endsIf;
	const reference = '${' + when.item + '}';
	switch (when.op) {
		case 'equals': {
			const others = item.kind === 'yes_no' ? YES_NO.filter((code) => code !== when.value) : [];
			if (!item.showIf && others.length === 1) return `${reference} = ${quote(others[0])}`;
			return `${reference} != ${quote(when.value)}`;
		}
		case 'below':
			return `${reference} >= ${when.value}`;
		case 'between':
			return `not(${writeCondition(when)})`;
	}
}

/** Every end rule of the module as a condition; everything after the core module carries them all. */
export const END_GUARDS: readonly string[] = CORE_ITEMS.flatMap((item) => writeEndGuard(item) ?? []);
export const SQUASHED_END_GUARDS: ReadonlySet<string> = new Set(END_GUARDS.map(squash));

function toSettings(survey: XlsFormSurvey): CampaignSettings {
	return {
		regions: survey.regions.map((region) => region.code),
		signatureMessageCount: survey.signatureMessages.length
	};
}

function writeLabel(item: CoreItem, survey: XlsFormSurvey, language: string): string {
	const texts = coreTexts(survey, language);
	const keys = findItemTextKeys(item, survey.mode ?? 'self');
	const battery = findBatteryTextKeys(item);
	const slot = item.kind === 'yes_no_dk' ? item.slot : undefined;
	const message =
		slot && (slot.type === 'signature' ? survey.signatureMessages[slot.index - 1] : survey.placeboMessage);
	const parts = [
		keys.intro && fillText(texts[keys.intro], { organisation: survey.organisation ?? survey.title }),
		battery && texts[battery.text],
		keys.text ? texts[keys.text] : message?.[language]
	];
	return parts.filter((part) => part).join('\n\n');
}

function writeHint(item: CoreItem, survey: XlsFormSurvey, language: string): string {
	const texts = coreTexts(survey, language);
	const keys = [findBatteryTextKeys(item)?.hint, findItemTextKeys(item, 'self').hint];
	return keys.flatMap((key) => (key ? [texts[key]] : [])).join('\n\n');
}

function writeMessage(item: CoreItem, survey: XlsFormSurvey, language: string): string {
	if (item.kind !== 'integer') return '';
	return fillText(coreTexts(survey, language)['problem.out_of_range'], { min: item.min, max: item.max });
}

/** The campaign's core items in order, each required; skip rules and every earlier end rule as `relevant`. */
export function listCoreRows(survey: XlsFormSurvey): SurveyRow[] {
	const guards: string[] = [];
	return listCampaignItems(toSettings(survey)).map((item) => {
		const languages = survey.languages;
		const row: SurveyRow = {
			type: writeCoreType(item),
			name: item.id,
			label: localise(languages, (language) => writeLabel(item, survey, language)),
			hint: localise(languages, (language) => writeHint(item, survey, language)),
			required: item.required,
			relevant: joinConditions([...guards, item.showIf ? writeCondition(item.showIf) : '']),
			constraint: item.kind === 'integer' ? writeConstraint(item.min, item.max) : '',
			constraintMessage: localise(languages, (language) => writeMessage(item, survey, language)),
			appearance: ''
		};
		const guard = writeEndGuard(item);
		if (guard) guards.push(guard);
		return row;
	});
}

function writeScaleLabel(item: ScaleItem, code: number, survey: XlsFormSurvey, language: string): string {
	const keys = findScaleTextKeys(item);
	if (!keys) return String(code);
	const end = code === item.min ? keys.low : code === item.max ? keys.high : null;
	return end ? `${code} – ${coreTexts(survey, language)[end]}` : String(code);
}

function writeOptionLabel(item: CoreItem, code: string, survey: XlsFormSurvey, language: string): string {
	if (item.kind === 'region') return survey.regions.find((region) => region.code === code)?.name ?? code;
	const key = findOptionTextKey(item, code);
	return key ? coreTexts(survey, language)[key] : code;
}

/** Each list once, in the order the items first use it; scales list their numbers, then `dk` where offered. */
export function listCoreChoices(survey: XlsFormSurvey): ChoiceRow[] {
	const settings = toSettings(survey);
	const written = new Set<string>();
	const rows: ChoiceRow[] = [];
	for (const item of listCampaignItems(settings)) {
		const listName = findCoreListName(item);
		if (listName === null || written.has(listName)) continue;
		written.add(listName);
		if (item.kind === 'scale') {
			for (let code = item.min; code <= item.max; code++) {
				rows.push({
					listName,
					name: String(code),
					label: localise(survey.languages, (l) => writeScaleLabel(item, code, survey, l))
				});
			}
		}
		for (const code of listCodes(item, settings)) {
			const label = localise(survey.languages, (language) =>
				code === DK ? coreTexts(survey, language)['answer.dk'] : writeOptionLabel(item, code, survey, language)
			);
			rows.push({ listName, name: code, label });
		}
	}
	return rows;
}
