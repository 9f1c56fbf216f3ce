import type { MessageKey, MessageParams, Messages } from './types';

/** Looks a message up and fills its `{name}` placeholders; a missing key shows as itself, so it is seen and fixed. */
export function translate(messages: Messages, key: MessageKey, params: MessageParams = {}): string {
	const text = messages[key] ?? key;
	return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}
