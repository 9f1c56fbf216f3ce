import type { SyntaxSource } from './spss-syntax';
import type { SyntaxVariable } from './syntax-variables';
import { cutToBytes, toOneLine } from './syntax-text';
import { nameVariables, STATA_NAMES } from './variable-names';

const VARIABLE_LABEL_BYTES = 80;
/** The variable a coded text is made a number in, before it takes the text's place. */
const CODED = '_mesure_coded';

/**
 * A Stata do-file that reads the responses CSV with every variable's label: text as text, numbers as numbers,
 * and each question of single choice as numbers labelled with its options' labels (its codes in the order of the
 * codebook; a code the codebook does not list gets the next number, labelled with itself).
 */
export function writeStataSyntax(variables: readonly SyntaxVariable[], source: SyntaxSource): string {
	const names = nameVariables(
		variables.map((variable) => variable.column),
		STATA_NAMES
	);
	const delimiter = source.separator === ';' ? ';' : ',';
	// `///` would join the next line to a comment.
	const lines = ['* Encoding: UTF-8', ...source.notes.map((note) => `* ${toOneLine(note).replace(/\/{3,}/g, '/ /')}`)];
	lines.push(
		`import delimited using ${quote(source.file)}, delimiters("${delimiter}") varnames(nonames) rowrange(2) ` +
			'stringcols(_all) bindquotes(strict) encoding("utf-8") clear',
		...names.map((name, i) => `rename v${i + 1} ${name}`)
	);
	const numbers = names.filter((_, i) => variables[i].kind === 'number');
	if (numbers.length > 0) lines.push(`destring ${numbers.join(' ')}, replace force`);
	variables.forEach((variable, i) => {
		const name = names[i];
		if (variable.values.length === 0) return;
		const numbered = variable.values.map(([code], at) => `${at + 1} ${quote(code)}`).join(' ');
		const labelled = variable.values.map(([code, label], at) => `${at + 1} ${quote(toOneLine(label) || code)}`);
		if (variable.kind === 'number') {
			lines.push(
				`label define ${name} ${variable.values.map(([code, label]) => `${code} ${quote(toOneLine(label))}`).join(' ')}, replace`
			);
		} else {
			lines.push(
				`label define ${name} ${numbered}, replace`,
				`encode ${name}, generate(${CODED}) label(${name})`,
				`label define ${name} ${labelled.join(' ')}, modify`,
				`order ${CODED}, after(${name})`,
				`drop ${name}`,
				`rename ${CODED} ${name}`
			);
		}
		lines.push(`label values ${name} ${name}`);
	});
	variables.forEach((variable, i) => {
		if (variable.label)
			lines.push(`label variable ${names[i]} ${quote(cutToBytes(toOneLine(variable.label), VARIABLE_LABEL_BYTES))}`);
	});
	lines.push('');
	return lines.join('\n');
}

/**
 * A text in Stata's compound quotes: `$` and a backquote kept from naming a macro, and a double quote followed
 * by a single one (which would end the quotes) parted by a space.
 */
function quote(text: string): string {
	return '`"' + text.replace(/[$`]/g, '\\$&').replaceAll(`"'`, `" '`) + `"'`;
}
