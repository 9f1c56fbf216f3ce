import type { MessageKey, MessageParams, Messages } from './types';

/** Each message's text cut at its placeholders once: literal, name, literal, name, …, literal. */
const templates = new Map<string, string[]>();
const MOST_TEMPLATES = 10_000;

/** Looks a message up and fills its `{name}` placeholders; a missing key shows as itself, so it is seen and fixed. */
export function translate(messages: Messages, key: MessageKey, params: MessageParams = {}): string {
	const text = messages[key] ?? key;
	if (!text.includes('{')) return text;
	let parts = templates.get(text);
	if (!parts) {
		if (templates.size >= MOST_TEMPLATES) templates.clear();
		templates.set(text, (parts = text.split(/\{(\w+)\}/)));
	}
	let filled = parts[0];
	for (let i = 1; i < parts.length; i += 2) {
		const name = parts[i];
		filled += (name in params ? String(params[name]) : `{${name}}`) + parts[i + 1];
	}
	return filled;
}
