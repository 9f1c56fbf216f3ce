import type { CustomQuestion } from '$lib/survey/custom-question';
import type { TextReader } from './texts';
import type { ImportProblem } from './types';
import type { Sheet } from './workbook';

export type Option = CustomQuestion['options'][number];

/** What customQuestionSchema accepts as an option code. */
const OPTION_CODE = /^[A-Za-z0-9_.-]{1,64}$/;

export interface ChoiceLists {
	/** Exact list name first, then regardless of case; null when the form has no such list. */
	find(name: string): Option[] | null;
}

/** Reads the choices sheet; bad or repeated choice names are reported and left out of their list. */
export function readChoices(sheet: Sheet | null, readText: TextReader, problems: ImportProblem[]): ChoiceLists {
	const lists = new Map<string, Option[]>();
	for (const row of sheet?.rows ?? []) {
		const list = row.cells.get('list_name');
		const code = row.cells.get('name');
		if (!list) continue;
		const report = (reason: ImportProblem['reason'], detail: string) =>
			problems.push({ sheet: 'choices', row: row.number, column: 'name', reason, detail });
		const options = lists.get(list) ?? [];
		lists.set(list, options);
		if (!code || !OPTION_CODE.test(code)) {
			report('invalid_name', `choice “${code ?? ''}” of list ${list}: a choice name is 1 to 64 letters, digits, _ . or -`);
		} else if (options.some((option) => option.code === code)) {
			report('duplicate_name', `choice “${code}” appears twice in list ${list}: the second is left out`);
		} else {
			options.push({ code, label: readText(row, 'label') });
		}
	}
	return {
		find(name) {
			if (lists.has(name)) return lists.get(name)!;
			const lower = name.toLowerCase();
			const match = [...lists.keys()].find((key) => key.toLowerCase() === lower);
			return match === undefined ? null : lists.get(match)!;
		}
	};
}
