import type { SyntaxVariable } from './syntax-variables';
import { cutToBytes, splitToBytes, toOneLine } from './syntax-text';
import { nameVariables, SPSS_NAMES } from './variable-names';

/** The CSV file a syntax reads, as it was downloaded, and what is said about it at the top. */
export interface SyntaxSource {
	file: string;
	separator: ',' | ';';
	/** Lines said at the top (where the file comes from, the labels' language). */
	notes: readonly string[];
}

// SPSS cuts longer labels, with a warning.
const VARIABLE_LABEL_BYTES = 255;
const VALUE_LABEL_BYTES = 120;
/** A quoted text is written in pieces of this many bytes at most, joined with `+`: lines stay short. */
const PIECE_BYTES = 60;

/**
 * SPSS syntax (which PSPP runs too) that reads the responses CSV into a data set with every variable's label
 * and each code's: text as text (codes keep their leading zeros), numbers as numbers.
 */
export function writeSpssSyntax(variables: readonly SyntaxVariable[], source: SyntaxSource): string {
	const names = nameVariables(
		variables.map((variable) => variable.column),
		SPSS_NAMES
	);
	const lines = ['* Encoding: UTF-8.', ...source.notes.map((note) => `* ${toOneLine(note).replace(/\.*$/, '')}.`)];
	lines.push(
		'GET DATA',
		'  /TYPE=TXT',
		`  /FILE=${quote(source.file)}`,
		"  /ENCODING='UTF8'",
		'  /ARRANGEMENT=DELIMITED',
		'  /DELCASE=LINE',
		'  /FIRSTCASE=2',
		`  /DELIMITERS=${quote(source.separator)}`,
		`  /QUALIFIER='"'`,
		'  /VARIABLES=',
		...variables.map((variable, i) => `    ${names[i]} ${formatOf(variable)}`),
		'.'
	);
	const labelled = variables.flatMap((variable, i) => (variable.label ? [{ variable, name: names[i] }] : []));
	if (labelled.length > 0)
		lines.push(
			'VARIABLE LABELS',
			...labelled.map(
				({ variable, name }, i) =>
					`  ${i > 0 ? '/' : ''}${name} ${quote(cutToBytes(toOneLine(variable.label), VARIABLE_LABEL_BYTES))}`
			),
			'.'
		);
	const coded = variables.flatMap((variable, i) => (variable.values.length > 0 ? [{ variable, name: names[i] }] : []));
	if (coded.length > 0) {
		lines.push('VALUE LABELS');
		coded.forEach(({ variable, name }, i) => {
			lines.push(`  ${i > 0 ? '/' : ''}${name}`);
			for (const [code, label] of variable.values)
				lines.push(
					`    ${variable.kind === 'number' ? code : quote(code)} ${quote(cutToBytes(toOneLine(label), VALUE_LABEL_BYTES))}`
				);
		});
		lines.push('.');
	}
	lines.push('EXECUTE.', '');
	return lines.join('\n');
}

function formatOf(variable: SyntaxVariable): string {
	return variable.kind === 'number' ? `F20.${variable.decimals}` : `A${Math.max(1, variable.width)}`;
}

/** A quoted text, its quotes doubled, in pieces joined with `+` when long. */
function quote(text: string): string {
	return splitToBytes(text, PIECE_BYTES)
		.map((piece) => `'${piece.replaceAll("'", "''")}'`)
		.join(' +\n      ');
}
