import type { Condition } from '../core-module';
import type { ShowIf } from './custom-question';

/**
 * A show-if or end rule as a respondent's browser applies it, written into the page. `q` is the question it
 * looks at; the server's rules (the core module's and the custom questions') stay the authority.
 */
export type ClientCondition =
	| { q: string; op: 'eq'; v: string }
	| { q: string; op: 'in'; v: string[] }
	| { q: string; op: 'gt' | 'lt'; v: number }
	| { q: string; op: 'between'; min: number; max: number };

export function fromCoreCondition(condition: Condition): ClientCondition {
	switch (condition.op) {
		case 'equals':
			return { q: condition.item, op: 'eq', v: condition.value };
		case 'between':
			return { q: condition.item, op: 'between', min: condition.min, max: condition.max };
		case 'below':
			return { q: condition.item, op: 'lt', v: condition.value };
	}
}

export function fromShowIf(rule: ShowIf): ClientCondition {
	switch (rule.op) {
		case 'equals':
			return { q: rule.question, op: 'eq', v: String(rule.value) };
		case 'one_of':
			return { q: rule.question, op: 'in', v: (Array.isArray(rule.value) ? rule.value : [rule.value]).map(String) };
		case 'greater_than':
			return { q: rule.question, op: 'gt', v: Number(rule.value) };
		case 'less_than':
			return { q: rule.question, op: 'lt', v: Number(rule.value) };
	}
}
