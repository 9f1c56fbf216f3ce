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

/**
 * The branch of a block for a value, `#` filled with the value (a number written as the language writes it, a string
 * as given): an exact `=n` first, else the language's plural category, else `other`. A count given already formatted
 * ("1.234", "1 234") is read by its digits alone.
 */
export function choosePluralBranch(block: PluralBlock, value: string | number | undefined, locale: string): string {
	const count = typeof value === 'number' ? value : readDigits(String(value ?? ''));
	let rule = rules.get(locale);
	if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
	const branch =
		block.branches.get(`=${count}`) ??
		(Number.isFinite(count) ? block.branches.get(rule.select(count)) : undefined) ??
		block.branches.get('other')!;
	return branch.replaceAll('#', typeof value === 'number' ? formatNumber(value, locale) : (value ?? ''));
}

/**
 * The number of a formatted value, Arabic-Indic digits too ("1.234", "١٬٢٣٤", "+2,5"): a separator before one or
 * two last digits is a decimal one, any other only groups thousands.
 */
function readDigits(text: string): number {
	const latin = text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) & 0xf));
	const decimal = /[.,\u066b](\d{1,2})\D*$/.exec(latin);
	const whole = (decimal ? latin.slice(0, decimal.index) : latin).replace(/[^\d-]/g, '');
	if (!whole && !decimal) return NaN;
	return Number(`${whole || '0'}${decimal ? `.${decimal[1]}` : ''}`);
}
