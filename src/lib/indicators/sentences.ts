import type { IndicatorDefinition } from '../core-module';
import type { CellResult, Group, Sentence, SentenceValue } from './types';

interface Numbers {
	value: number | null;
	ciLow: number | null;
	ciHigh: number | null;
}

/** A share in percent and a difference in points for a proportion; the number itself for a mean. */
function level(definition: IndicatorDefinition, value: number): SentenceValue {
	return definition.type === 'proportion' ? { percent: value } : { number: value };
}

function difference(definition: IndicatorDefinition, value: number): SentenceValue {
	return definition.type === 'proportion' ? { points: value } : { number: value, signed: true };
}

/** The interval leaves out 0: the data show a change, and which way. */
function isClear(numbers: Numbers): boolean {
	return numbers.ciLow !== null && numbers.ciHigh !== null && (numbers.ciLow > 0 || numbers.ciHigh < 0);
}

/**
 * A change between waves, said as the interval allows: risen or fallen only when the interval leaves out
 * 0; otherwise that chance alone could give such a difference. "Change", never "impact" (no comparison).
 */
export function describeChange(
	definition: IndicatorDefinition,
	group: Group,
	result: { from: CellResult; to: CellResult; change: Numbers; suppressed: boolean }
): Sentence {
	const base = { indicator: { indicator: definition.id }, group: { group } } as const;
	const { change } = result;
	if (result.suppressed || change.value === null || change.ciLow === null || change.ciHigh === null) {
		return { key: 'sentence.change_suppressed', params: base };
	}
	const params = {
		...base,
		from: level(definition, result.from.value!),
		to: level(definition, result.to.value!),
		change: difference(definition, change.value),
		low: difference(definition, change.ciLow),
		high: difference(definition, change.ciHigh)
	};
	if (!isClear(change)) return { key: 'sentence.change_unclear', params };
	return { key: change.value > 0 ? 'sentence.change_up' : 'sentence.change_down', params };
}

/** A difference-in-differences: the only result called an impact, and a clear one only when its interval leaves out 0. */
export function describeImpact(definition: IndicatorDefinition, impact: Numbers & { suppressed: boolean }): Sentence {
	const base = { indicator: { indicator: definition.id } } as const;
	if (impact.suppressed || impact.value === null || impact.ciLow === null || impact.ciHigh === null) {
		return { key: 'sentence.impact_suppressed', params: base };
	}
	const params = {
		...base,
		impact: difference(definition, impact.value),
		low: difference(definition, impact.ciLow),
		high: difference(definition, impact.ciHigh)
	};
	return { key: isClear(impact) ? 'sentence.impact_clear' : 'sentence.impact_unclear', params };
}
