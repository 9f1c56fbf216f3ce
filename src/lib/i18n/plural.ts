import { formatNumber } from './format';

/**
 * ICU plural blocks inside a message: `{count, plural, =0 {…} one {# reply} other {# replies}}`. Only `plural` is
 * read (no `select`, no nesting), which is all the catalogues need; `#` is the number as the language writes it.
 */
const BLOCK_START = /\{(\w+),\s*plural,/g;

export interface PluralBlock {
	name: string;
	/** Branch texts by selector: `=0`, `one`, `other`, … */
	branches: Map<string, string>;
	start: number;
	end: number;
}

/** The plural blocks of a text, in order; a block that does not close or has no `other` is an error. */
export function findPluralBlocks(text: string): PluralBlock[] {
	const blocks: PluralBlock[] = [];
	BLOCK_START.lastIndex = 0;
	let match: RegExpExecArray | null;
	while ((match = BLOCK_START.exec(text))) {
		const block = readBlock(text, match.index, match[1], BLOCK_START.lastIndex);
		blocks.push(block);
		BLOCK_START.lastIndex = block.end;
	}
	return blocks;
}

function readBlock(text: string, start: number, name: string, from: number): PluralBlock {
	const branches = new Map<string, string>();
	let at = from;
	for (;;) {
		while (/\s/.test(text[at] ?? '')) at++;
		if (at >= text.length) throw new Error(`plural block of {${name}} does not close`);
		if (text[at] === '}') break;
		const selector = /^(=\d+|zero|one|two|few|many|other)\s*\{/.exec(text.slice(at, at + 16));
		if (!selector) throw new Error(`plural block of {${name}} has no branch at ${at}`);
		at += selector[0].length;
		let depth = 1;
		const branchStart = at;
		for (; at < text.length && depth > 0; at++) {
			if (text[at] === '{') depth++;
			else if (text[at] === '}') depth--;
		}
		if (depth > 0) throw new Error(`plural block of {${name}} does not close`);
		branches.set(selector[1], text.slice(branchStart, at - 1));
	}
	if (!branches.has('other')) throw new Error(`plural block of {${name}} has no “other” branch`);
	return { name, branches, start, end: at + 1 };
}

const rules = new Map<string, Intl.PluralRules>();

/** The branch of a block for a value: an exact `=n` first, else the language's plural category, else `other`. */
export function choosePluralBranch(block: PluralBlock, value: string | number | undefined, locale: string): string {
	const count = typeof value === 'number' ? value : Number(String(value ?? '').replace(/[^\d.-]/g, ''));
	const exact = block.branches.get(`=${count}`);
	if (exact !== undefined) return exact;
	let rule = rules.get(locale);
	if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
	const branch = Number.isFinite(count) ? block.branches.get(rule.select(count)) : undefined;
	// `#` is the number as the language writes it (a string is taken as already written).
	const written = typeof value === 'number' ? formatNumber(value, locale) : (value ?? '');
	return (branch ?? block.branches.get('other')!).replaceAll('#', written);
}
