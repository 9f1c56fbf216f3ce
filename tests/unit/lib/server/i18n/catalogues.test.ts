import { describe, expect, it } from 'vitest';
import { messages as en } from '$lib/i18n/catalogues/en';
import { findPluralBlocks } from '$lib/i18n/plural';
import { getCatalogue, LOCALES, messagesFor, negotiateLocale } from '$lib/server/i18n/catalogues';

/** The names a text fills, each once: plain placeholders, inside plural branches too, and the numbers blocks choose by. */
function placeholders(text: string): string[] {
	const names = new Set<string>();
	let plain = text;
	for (const block of findPluralBlocks(text).reverse()) {
		names.add(block.name);
		plain = plain.slice(0, block.start) + [...block.branches.values()].join(' ') + plain.slice(block.end);
	}
	for (const match of plain.matchAll(/\{(\w+)\}/g)) names.add(match[1]);
	return [...names].sort();
}

describe('catalogues', () => {
	it('offer the five languages, English first', () => {
		expect(LOCALES.map((l) => l.code)).toEqual(['en', 'ar', 'es', 'fr', 'pt']);
	});

	it.each(LOCALES.map((l) => [l.code]))('%s has every message, non-empty, with the same placeholders', (code) => {
		const messages = messagesFor(code);
		for (const [key, text] of Object.entries(en)) {
			const translated = messages[key as keyof typeof en];
			expect(translated, key).toBeTruthy();
			expect(placeholders(translated), key).toEqual(placeholders(text));
		}
		expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
	});

	// Pages carry their catalogue: a message that reads like a stack frame or SQL would hide a real leak from the checks.
	it.each(LOCALES.map((l) => [l.code]))('%s has no message that reads like a stack frame or SQL', (code) => {
		const looksInternal = Object.entries(messagesFor(code)).filter(([, text]) =>
			/at [\w.]+ \(|\bselect \w+ from\b|SQLITE_/i.test(text)
		);
		expect(looksInternal).toEqual([]);
	});

	it.each(LOCALES.map((l) => [l.code]))('%s writes plural blocks that parse, in its own categories', (code) => {
		const categories = new Set<string>(new Intl.PluralRules(code).resolvedOptions().pluralCategories);
		for (const [key, text] of Object.entries(messagesFor(code))) {
			for (const block of findPluralBlocks(text)) {
				const foreign = [...block.branches.keys()].filter(
					(branch) => !branch.startsWith('=') && !categories.has(branch)
				);
				expect(foreign, key).toEqual([]);
			}
		}
	});

	it('falls back to English for an unknown language', () => {
		expect(getCatalogue('xx').locale.code).toBe('en');
	});
});

describe('negotiateLocale', () => {
	it.each([
		[null, 'en'],
		['', 'en'],
		['fr-FR,fr;q=0.9,en;q=0.8', 'fr'],
		['en-GB,en;q=0.9,fr;q=0.8', 'en'],
		['wo-SN,fr;q=0.7', 'fr'],
		['pt-GW,pt;q=0.9', 'pt'],
		['ar-MA,fr;q=0.8', 'ar'],
		['es-ES', 'es'],
		['de;q=1,fr;q=0.5,en;q=0.9', 'en'],
		['fr;q=0', 'en'],
		['*', 'en']
	])('%s → %s', (header, expected) => {
		expect(negotiateLocale(header)).toBe(expected);
	});
});
