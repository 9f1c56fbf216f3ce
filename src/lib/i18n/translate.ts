import { isolate } from './bidi';
import { formatNumber } from './format';
import { choosePluralBranch, findPluralBlocks, type PluralBlock } from './plural';
import type { MessageKey, MessageParams, Messages } from './types';

/** Each message's text cut at its placeholders once: literal, name, literal, name, …, literal. */
const templates = new Map<string, string[]>();
const MOST_TEMPLATES = 10_000;

/**
 * Looks a message up and fills its `{name}` placeholders and its plural blocks (chosen by the rules of `locale`);
 * a missing key shows as itself, so it is seen and fixed. A number given as it is is written the way `locale` writes
 * numbers (`1 234` in French); a string is put in as given. With `isolated`, each value filled in is isolated from
 * the words around it (`bidi.ts`), as a page written right to left needs for codes, numbers and names.
 */
export function translate(
	messages: Messages,
	key: MessageKey,
	params: MessageParams = {},
	locale = 'en',
	isolated = false
): string {
	const text = messages[key] ?? key;
	if (!text.includes('{')) return text;
	return fillPlaceholders(
		text.includes(', plural,') ? choosePlurals(text, params, locale) : text,
		params,
		locale,
		isolated
	);
}

const pluralBlocks = new Map<string, PluralBlock[]>();

function choosePlurals(text: string, params: MessageParams, locale: string): string {
	let blocks = pluralBlocks.get(text);
	if (!blocks) {
		if (pluralBlocks.size >= MOST_TEMPLATES) pluralBlocks.clear();
		pluralBlocks.set(text, (blocks = findPluralBlocks(text)));
	}
	let chosen = '';
	let at = 0;
	for (const block of blocks) {
		chosen += text.slice(at, block.start) + choosePluralBranch(block, params[block.name], locale);
		at = block.end;
	}
	return chosen + text.slice(at);
}

function fillPlaceholders(text: string, params: MessageParams, locale: string, isolated: boolean): string {
	let parts = templates.get(text);
	if (!parts) {
		if (templates.size >= MOST_TEMPLATES) templates.clear();
		templates.set(text, (parts = text.split(/\{(\w+)\}/)));
	}
	let filled = parts[0];
	for (let i = 1; i < parts.length; i += 2) {
		const name = parts[i];
		filled += (name in params ? written(params[name], locale, isolated) : `{${name}}`) + parts[i + 1];
	}
	return filled;
}

function written(value: string | number, locale: string, isolated: boolean): string {
	const text = typeof value === 'number' ? formatNumber(value, locale) : value;
	return isolated ? isolate(text) : text;
}
