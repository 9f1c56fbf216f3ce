import {
	fillText,
	findBatteryTextKeys,
	findItemTextKeys,
	findOptionTextKey,
	findScaleTextKeys,
	listCampaignItems,
	listCodes,
	type CoreItem,
	type SurveyMode
} from '../core-module';
import { fromCoreCondition, fromShowIf, type ClientCondition } from './conditions';
import { say } from './respondent-texts';
import type { Words } from './words';
import { MOST_INSTANCES, type CustomQuestion, type LocalisedText } from './custom-question';
import { toFormAnswer } from './default-answers';

/** One question as a respondent's page shows it: texts already in the respondent's language. */
export interface SurveyField {
	id: string;
	/** Read before the question (consent statement); or a battery's question, shown once before its items. */
	intro: string | null;
	text: string;
	hint: string | null;
	control:
		| 'radio'
		| 'checkbox'
		| 'rank'
		| 'number'
		| 'decimal'
		| 'text'
		| 'textarea'
		| 'date'
		| 'time'
		| 'datetime'
		| 'note'
		| 'calculate';
	/** `columns`: what a choice filter reads of the option. */
	options: { value: string; label: string; columns?: Record<string, string> }[];
	/** For scales: what the lowest and highest points mean. */
	ends: { low: string; high: string } | null;
	min: number | null;
	max: number | null;
	required: boolean;
	/** For checkboxes: codes that must be chosen alone ("don't know"). */
	exclusive: string[];
	/** Asked only when this holds (and the question it looks at was asked). */
	showWhen: ClientCondition | null;
	/** The survey ends here when this holds (consent refused, under 15). */
	endsWhen: ClientCondition | null;
	/** A custom question's XLSForm expressions, its messages in the respondent's language; absent when it has none. */
	expressions?: FieldExpressions;
	/** For a ranking: each place's name and the empty choice's, in the respondent's language. */
	ranking?: { places: string[]; choose: string };
	/** The answer a new interview starts with (a custom question's default), as a form holds it. */
	defaultAnswer?: string | string[];
	/** A repeat group's own question: its answer, typed or calculated, is the number of instances. */
	repeatCount?: true;
	/** A repeat group's member in one instance (`number` from 1, or `@` in the pattern of new instances). */
	instance?: { group: string; label: string; number: string };
}

export interface FieldExpressions {
	relevant?: string;
	constraint?: string;
	constraintMessage?: string;
	requiredIf?: string;
	requiredMessage?: string;
	calculation?: string;
	choiceFilter?: string;
}

export interface SurveySlots {
	regions: { code: string; name: string }[];
	signatureMessages: LocalisedText[];
	placeboMessage: LocalisedText;
	/** Filled into the consent statement. */
	organisation: string;
}

/** The whole survey as fields, core module first, in one language's words. */
export function listSurveyFields(
	words: Words,
	slots: SurveySlots,
	customQuestions: CustomQuestion[],
	mode: SurveyMode = 'self'
): SurveyField[] {
	const texts = words.core;
	const language = words.language;
	const items = listCampaignItems({
		regions: slots.regions.map((r) => r.code),
		signatureMessageCount: slots.signatureMessages.length
	});
	let battery: string | undefined;
	const core = items.map((item) => {
		const firstOfBattery = item.battery !== undefined && item.battery !== battery;
		battery = item.battery;
		return describeCoreItem(item, language, slots, mode, firstOfBattery ? findBatteryTextKeys(item) : null);
	});
	const yesNo = [
		{ value: 'yes', label: texts['answer.yes'] },
		{ value: 'no', label: texts['answer.no'] }
	];
	const groups = new Map(customQuestions.flatMap((q) => (q.type === 'repeat' ? [[q.code, q.label]] : [])));
	return [
		...core,
		...customQuestions.map((question) => {
			const field = describeCustomQuestion(question, words, yesNo);
			// A member placed in an instance is coded group.instance.member (see repeats.ts).
			if (question.repeat === undefined || !question.code.includes('.')) return field;
			const [group, number] = question.code.split('.');
			return { ...field, instance: { group, label: pickText(groups.get(group) ?? {}, language), number } };
		})
	];

	function describeCoreItem(
		item: CoreItem,
		lang: string,
		campaign: SurveySlots,
		surveyMode: SurveyMode,
		batteryKeys: ReturnType<typeof findBatteryTextKeys>
	): SurveyField {
		const keys = findItemTextKeys(item, surveyMode);
		const fill = (text: string) => fillText(text, { organisation: campaign.organisation });
		const slot = item.kind === 'yes_no_dk' ? item.slot : undefined;
		const message =
			slot && (slot.type === 'placebo' ? campaign.placeboMessage : campaign.signatureMessages[slot.index - 1]);
		const intro = keys.intro ? fill(texts[keys.intro]) : batteryKeys ? texts[batteryKeys.text] : null;
		const text = message ? pickText(message, lang) : keys.text ? fill(texts[keys.text]) : '';
		const hint = keys.hint ? texts[keys.hint] : batteryKeys?.hint ? texts[batteryKeys.hint] : null;
		const base = {
			id: item.id,
			intro,
			text,
			hint,
			ends: null,
			min: null,
			max: null,
			required: item.required,
			exclusive: item.kind === 'multiple' ? [...item.exclusive] : [],
			showWhen: item.showIf ? fromCoreCondition(item.showIf) : null,
			endsWhen: item.endsIf ? fromCoreCondition(item.endsIf.when) : null
		};
		switch (item.kind) {
			case 'integer':
				return { ...base, control: 'number', options: [], min: item.min, max: item.max };
			case 'scale': {
				const ends = findScaleTextKeys(item);
				const points = Array.from({ length: item.max - item.min + 1 }, (_, i) => String(item.min + i));
				const options = [
					...points.map((p) => ({ value: p, label: p })),
					...(item.dk ? [{ value: 'dk', label: texts['answer.dk'] }] : [])
				];
				return { ...base, control: 'radio', options, ends: ends && { low: texts[ends.low], high: texts[ends.high] } };
			}
			case 'region':
				return { ...base, control: 'radio', options: campaign.regions.map((r) => ({ value: r.code, label: r.name })) };
			default: {
				const codes = listCodes(item, { regions: [], signatureMessageCount: campaign.signatureMessages.length });
				const options = codes.map((code) => {
					const key = findOptionTextKey(item, code);
					return { value: code, label: key ? texts[key] : code };
				});
				return { ...base, control: item.kind === 'multiple' ? 'checkbox' : 'radio', options };
			}
		}
	}
}

/**
 * The text in the language; a missing translation (only a draft can have one: publishing refuses
 * them) shows as a warning sign before another language's text, so that a preview makes it visible.
 */
function pickText(text: LocalisedText, language: string): string {
	const own = text[language]?.trim();
	if (own) return own;
	const other = Object.values(text).find((value) => value?.trim());
	return other ? `⚠ ${other}` : '⚠';
}

function describeCustomQuestion(question: CustomQuestion, words: Words, yesNo: SurveyField['options']): SurveyField {
	const pick = (text: LocalisedText) => pickText(text, words.language);
	const expressions = describeExpressions(question, pick);
	const base = {
		id: question.code,
		intro: null,
		text: pick(question.label),
		hint: Object.values(question.hint).some((value) => value?.trim()) ? pick(question.hint) : null,
		options: [] as SurveyField['options'],
		ends: null,
		min: question.min,
		max: question.max,
		required: question.required,
		exclusive: [],
		showWhen: question.showIf ? fromShowIf(question.showIf) : null,
		endsWhen: null,
		...(expressions && { expressions }),
		...(question.defaultAnswer !== undefined && { defaultAnswer: toFormAnswer(question, question.defaultAnswer) })
	};
	switch (question.type) {
		case 'single':
		case 'multiple':
			return {
				...base,
				control: question.type === 'single' ? 'radio' : 'checkbox',
				options: question.options.map((o) => ({
					value: o.code,
					label: pick(o.label),
					// Every option of a filtered question, its columns or none: the filter reads at least its code.
					...(question.choiceFilter !== undefined && { columns: o.columns ?? {} })
				}))
			};
		case 'rank': {
			const texts = words.respondent;
			return {
				...base,
				control: 'rank',
				options: question.options.map((o) => ({ value: o.code, label: pick(o.label) })),
				ranking: {
					places: question.options.map((_, i) => texts['rank.place'].replace('{n}', String(i + 1))),
					choose: texts['rank.none']
				}
			};
		}
		case 'yes_no':
			return { ...base, control: 'radio', options: yesNo };
		case 'scale_5':
			return { ...base, control: 'radio', options: ['1', '2', '3', '4', '5'].map((p) => ({ value: p, label: p })) };
		case 'integer':
			return { ...base, control: 'number' };
		case 'decimal':
			return { ...base, control: 'decimal' };
		case 'long_text':
			return { ...base, control: 'textarea' };
		case 'date':
			return { ...base, control: 'date' };
		case 'time':
			return { ...base, control: 'time' };
		case 'datetime':
			return { ...base, control: 'datetime' };
		case 'acknowledge':
			return {
				...base,
				control: 'checkbox',
				options: [{ value: 'OK', label: words.respondent['answer.acknowledge'] }]
			};
		case 'note':
			return { ...base, control: 'note', required: false };
		case 'repeat':
			if (question.repeatCount !== undefined)
				return {
					...base,
					control: 'calculate',
					required: false,
					max: MOST_INSTANCES,
					repeatCount: true,
					expressions: { ...base.expressions, calculation: question.repeatCount }
				};
			return {
				...base,
				control: 'number',
				min: 0,
				max: MOST_INSTANCES,
				hint: base.hint ?? say(words, 'repeat.count_hint', { max: MOST_INSTANCES }),
				repeatCount: true
			};
		case 'calculate':
			// Never shown to a respondent; a review page names it by its code where it has no label.
			return {
				...base,
				control: 'calculate',
				required: false,
				text: Object.values(question.label).some((text) => text?.trim()) ? base.text : question.code
			};
		default:
			return { ...base, control: 'text' };
	}
}

function describeExpressions(
	question: CustomQuestion,
	pick: (text: LocalisedText) => string
): FieldExpressions | undefined {
	const { relevant, constraint, requiredIf, calculation, choiceFilter } = question;
	const expressions: FieldExpressions = {
		...(relevant !== undefined && { relevant }),
		...(constraint !== undefined && { constraint }),
		...(requiredIf !== undefined && { requiredIf }),
		...(calculation !== undefined && { calculation }),
		...(choiceFilter !== undefined && { choiceFilter }),
		...(constraint !== undefined &&
			question.constraintMessage && { constraintMessage: pick(question.constraintMessage) }),
		...(question.requiredMessage && { requiredMessage: pick(question.requiredMessage) })
	};
	return Object.keys(expressions).length > 0 ? expressions : undefined;
}
