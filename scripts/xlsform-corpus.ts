// `npm run xlsform:corpus [-- DIR]`: every XLSForm workbook (.xlsx, .xls) of a folder (by default pyxform's, kept in
// tests/fixtures/xlsform/pyxform) imported as an upload is: per workbook, its question rows (groups aside), how many
// came through as questions and how many were left out, by reason; then the share of all question rows taken in.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importXlsForm } from '../src/lib/server/xlsform';
import { loadWorkbook, readSheet } from '../src/lib/server/xlsform/workbook';
import { count, decimal, table } from './bench/table.js';

// Groups, repeats and loops (`begin loop over list`): what holds questions, not one.
const STRUCTURE = /^(begin|end)[ _](group|repeat|loop)\b/;
const dir = process.argv[2] ?? join(import.meta.dirname, '../tests/fixtures/xlsform/pyxform');
const names = readdirSync(dir)
	.filter((name) => /\.xlsx?$/.test(name))
	.sort();
const lines: string[][] = [];
const reasons = new Map<string, number>();
let allRows = 0;
let allTaken = 0;
for (const name of names) {
	const bytes = new Uint8Array(readFileSync(join(dir, name)));
	const result = await importXlsForm(bytes, { languages: ['en', 'fr'] });
	if (!result.ok) {
		lines.push([name, '', '', `refused: ${result.error}`]);
		continue;
	}
	const loaded = await loadWorkbook(bytes);
	const survey = loaded.ok ? readSheet(loaded.sheets.survey, 'survey') : null;
	const rows = (survey?.rows ?? []).filter((row) => {
		const type = row.cells.get('type')?.trim().toLowerCase().replace(/\s+/g, ' ') ?? '';
		return type !== '' && !STRUCTURE.test(type);
	});
	const codes = new Set(result.questions.map((question) => question.code));
	const taken = rows.filter((row) => codes.has((row.cells.get('name') ?? '').toLowerCase())).length;
	const why = new Map<string, number>();
	for (const problem of result.problems) {
		if (problem.sheet !== 'survey') continue;
		why.set(problem.reason, (why.get(problem.reason) ?? 0) + 1);
		reasons.set(problem.reason, (reasons.get(problem.reason) ?? 0) + 1);
	}
	allRows += rows.length;
	allTaken += taken;
	lines.push([name, count(rows.length), count(taken), [...why].map(([reason, n]) => `${reason} ${n}`).join(', ')]);
}
console.log(
	table(
		[
			{ title: 'workbook' },
			{ title: 'question rows', right: true },
			{ title: 'taken in', right: true },
			{ title: 'problems named (survey sheet)' }
		],
		lines
	)
);
console.log(
	`\n${names.length} workbooks, ${count(allRows)} question rows, ${count(allTaken)} taken in (${decimal((100 * allTaken) / Math.max(1, allRows), 1)}%)`
);
console.log(
	`problems named, by reason: ${[...reasons]
		.sort((a, b) => b[1] - a[1])
		.map(([r, n]) => `${r} ${n}`)
		.join(', ')}`
);
