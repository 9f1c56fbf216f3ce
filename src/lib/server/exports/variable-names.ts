/** What a statistics package takes as a variable's name. */
export interface NameRules {
	/** Longest name, in bytes of UTF-8. */
	maxBytes: number;
	/** A character a name may hold; others become `_`. */
	allowed: RegExp;
	/** A character a name may begin with; a name beginning otherwise gets `v` before it. */
	first: RegExp;
	/** Names taken by the language itself, in lower case. */
	reserved: ReadonlySet<string>;
	/** Names the package would read as a command when they begin a line, in lower case. */
	commands?: RegExp;
	/** Whether `Age` and `age` are one name. */
	caseInsensitive: boolean;
}

export const SPSS_NAMES: NameRules = {
	maxBytes: 64,
	allowed: /[A-Za-z0-9_.]/,
	first: /[A-Za-z]/,
	reserved: new Set(['all', 'and', 'by', 'eq', 'ge', 'gt', 'le', 'lt', 'ne', 'not', 'or', 'to', 'with']),
	// COMMENT and DOCUMENT as SPSS abbreviates them: their text runs to the end of the command.
	commands: /^(comm(e(nt?)?)?|doc(u(m(e(nt?)?)?)?)?)$/,
	caseInsensitive: true
};

export const STATA_NAMES: NameRules = {
	maxBytes: 32,
	allowed: /[A-Za-z0-9_]/,
	first: /[A-Za-z]/,
	reserved: new Set([
		'_all',
		'_b',
		'byte',
		'_coef',
		'_cons',
		'double',
		'float',
		'if',
		'in',
		'int',
		'long',
		'_n',
		'_pi',
		'_pred',
		'_rc',
		'_skip',
		'str',
		'strl',
		'using',
		'with'
	]),
	caseInsensitive: false
};

/**
 * Each column's name as the package takes it, in order: its own when valid, else with each other character as
 * `_`, `v` before a name that does not begin with a letter, cut to the longest a name may be; `_2`, `_3`… after
 * one already taken (the package's own words included).
 */
export function nameVariables(columns: readonly string[], rules: NameRules): string[] {
	const taken = new Set<string>();
	const keyOf = (name: string) => (rules.caseInsensitive ? name.toLowerCase() : name);
	const isFree = (name: string) =>
		!taken.has(keyOf(name)) &&
		!rules.reserved.has(name.toLowerCase()) &&
		!(rules.commands?.test(name.toLowerCase()) ?? false);
	return columns.map((column) => {
		let base = [...column].map((character) => (rules.allowed.test(character) ? character : '_')).join('');
		if (!rules.first.test(base.charAt(0))) base = `v${base}`;
		// Only ASCII is allowed: a character is a byte.
		base = base.slice(0, rules.maxBytes).replace(/\.+$/, '');
		let name = base;
		for (let n = 2; !isFree(name); n++) name = `${base.slice(0, rules.maxBytes - String(n).length - 1)}_${n}`;
		taken.add(keyOf(name));
		return name;
	});
}
