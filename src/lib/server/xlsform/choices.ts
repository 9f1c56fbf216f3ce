import { CHOICE_SHEET_COLUMN, type CustomQuestion } from '$lib/survey/custom-question';
import type { TextReader } from './texts';
import type { ImportProblem } from './types';
import type { Sheet } from './workbook';

export type Option = CustomQuestion['options'][number];

/** What customQuestionSchema accepts as an option code. */
const OPTION_CODE = /^[A-Za-z0-9_.-]{1,64}$/;
/** What it accepts as the name of an option's column; the choices sheet's own columns are not one. */
const COLUMN_NAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/;

/** The cells a choice filter may read (`country` in `country = ${country}`), as many as an option may keep. */
function readColumns(cells: ReadonlyMap<string, string>): Record<string, string> | undefined {
	const columns = [...cells].filter(
		([name, value]) => COLUMN_NAME.test(name) && !CHOICE_SHEET_COLUMN.test(name) && value.length <= 200
	);
	return columns.length > 0 ? Object.fromEntries(columns.slice(0, 20)) : undefined;
}

export interface ChoiceLists {
	/** Exact list name first, then regardless of case; null when the form has no such list. */
	find(name: string): Option[] | null;
}

/** Reads the choices sheet; bad or repeated choice names are reported and left out of their list. */
export function readChoices(sheet: Sheet | null, readText: TextReader, problems: ImportProblem[]): ChoiceLists {
	const lists = new Map<string, Option[]>();
	const codes = new Map<string, Set<string>>();
	/** The first list of each name regardless of case, so that a look-up does not go through every list. */
	const byLowerCase = new Map<string, Option[]>();
	for (const row of sheet?.rows ?? []) {
		const list = row.cells.get('list_name');
		const code = row.cells.get('name');
		if (!list) continue;
		const report = (reason: ImportProblem['reason'], detail: string) =>
			problems.push({ sheet: 'choices', row: row.number, column: 'name', reason, detail });
		let options = lists.get(list);
		if (!options) {
			options = [];
			lists.set(list, options);
			codes.set(list, new Set());
			if (!byLowerCase.has(list.toLowerCase())) byLowerCase.set(list.toLowerCase(), options);
		}
		const taken = codes.get(list)!;
		if (!code || !OPTION_CODE.test(code)) {
			report(
				'invalid_name',
				`choice “${code ?? ''}” of list ${list}: a choice name is 1 to 64 letters, digits, _ . or -`
			);
		} else if (taken.has(code)) {
			report('duplicate_name', `choice “${code}” appears twice in list ${list}: the second is left out`);
		} else {
			taken.add(code);
			const columns = readColumns(row.cells);
			options.push({ code, label: readText(row, 'label'), ...(columns && { columns }) });
		}
	}
	return {
		find(name) {
			return lists.get(name) ?? byLowerCase.get(name.toLowerCase()) ?? null;
		}
	};
}
