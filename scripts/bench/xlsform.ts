// `npm run bench:xlsform [-- --sizes 1000,10000,60000 --variants normal,deep,…]`: XLSForm workbooks made in the
// run, each read by the importer (as an upload is, from the .xlsx bytes) at growing sizes. `normal` is the baseline,
// a form of N plain questions with a condition and a constraint each; the others are what a hostile file can hold:
// a `relevant` of N nested parentheses, N questions whose relevant and constraint nest as deep as allowed (100),
// a relevant of N `or` terms, N rows under N/4 label columns, N nested groups with a
// condition around N questions, the same with a condition of its own each, a choice list of N choices, N questions whose label is too long to be taken. Linear time: in each variant the
// time per unit at the largest size is within 3 times that at the smallest, measured in the same run. `vs normal` is
// the time over the baseline's at the same N.
import ExcelJS from 'exceljs';
import { parseArgs } from 'node:util';
import { importXlsForm } from '../../src/lib/server/xlsform';
import { decimal, count, table } from './table.js';

const MOST_GROWTH = 3;

type Rows = (string | number)[][];

interface Variant {
	name: string;
	/** What one unit of N is. */
	unit: string;
	build(size: number): { survey: Rows; choices?: Rows };
}

const HEADER = ['type', 'name', 'label', 'relevant', 'constraint'];

const VARIANTS: Variant[] = [
	{
		name: 'normal',
		unit: 'question',
		build: (size) => ({
			survey: [
				HEADER,
				...Array.from({ length: size }, (_, i) => [
					'integer',
					`q${i}`,
					`Question ${i}`,
					i === 0 ? '' : `\${q${i - 1}} > 3`,
					'. >= 0 and . <= 120'
				])
			]
		})
	},
	{
		name: 'deep',
		unit: 'parenthesis',
		build: (size) => ({
			survey: [
				HEADER,
				['text', 'a', 'A', '', ''],
				['text', 'b', 'B', '('.repeat(size) + "${a} = 'x'" + ')'.repeat(size), '']
			]
		})
	},
	{
		name: 'deepest',
		unit: 'question',
		build: (size) => ({
			survey: [
				HEADER,
				['text', 'a', 'A', '', ''],
				...Array.from({ length: size }, (_, i) => [
					'integer',
					`q${i}`,
					`Question ${i}`,
					'('.repeat(100) + "${a} = 'x'" + ')'.repeat(100),
					'('.repeat(99) + '. >= 0 and . <= 120' + ')'.repeat(99)
				])
			]
		})
	},
	{
		name: 'terms',
		unit: 'or term',
		build: (size) => ({
			survey: [
				HEADER,
				['text', 'a', 'A', '', ''],
				['text', 'b', 'B', Array.from({ length: size }, () => "${a}='x'").join(' or '), '']
			]
		})
	},
	{
		name: 'wide',
		unit: 'row (and a quarter of a label column)',
		build: (size) => {
			const columns = Array.from({ length: Math.ceil(size / 4) }, (_, i) => `label::en-${i}`);
			return {
				survey: [[...HEADER, ...columns], ...Array.from({ length: size }, (_, i) => ['text', `q${i}`, `Question ${i}`])]
			};
		}
	},
	{
		name: 'groups',
		unit: 'group',
		build: (size) => ({
			survey: [
				HEADER,
				['text', 'a', 'A', '', ''],
				...Array.from({ length: size }, (_, i) => ['begin group', `g${i}`, '', "${a} = 'x'", '']),
				...Array.from({ length: size }, (_, i) => ['text', `q${i}`, `Question ${i}`, '', '']),
				...Array.from({ length: size }, () => ['end group', '', '', '', ''])
			]
		})
	},
	{
		// Each group a condition of its own: joined as the groups open, up to what a condition may hold.
		name: 'conditions',
		unit: 'group',
		build: (size) => ({
			survey: [
				HEADER,
				['text', 'a', 'A', '', ''],
				...Array.from({ length: size }, (_, i) => ['begin group', `g${i}`, '', `\${a} != 'x${i}'`, '']),
				...Array.from({ length: size }, (_, i) => ['text', `q${i}`, `Question ${i}`, '', '']),
				...Array.from({ length: size }, () => ['end group', '', '', '', ''])
			]
		})
	},
	{
		name: 'choices',
		unit: 'choice',
		build: (size) => ({
			survey: [HEADER, ['select_one places', 'place', 'Where?', '', '']],
			choices: [
				['list_name', 'name', 'label'],
				...Array.from({ length: size }, (_, i) => ['places', `p${i}`, `Place ${i}`])
			]
		})
	},
	{
		name: 'labels',
		unit: 'question',
		build: (size) => ({
			survey: [HEADER, ...Array.from({ length: size }, (_, i) => ['text', `q${i}`, 'x'.repeat(2001), '', ''])]
		})
	}
];

async function buildWorkbook(sheets: { survey: Rows; choices?: Rows }): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	workbook.addWorksheet('survey').addRows(sheets.survey);
	workbook.addWorksheet('choices').addRows(sheets.choices ?? [['list_name', 'name', 'label']]);
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The median of three reads, or the one read when it took over 2 s. */
async function timeImport(bytes: Uint8Array): Promise<{ ms: number; outcome: string }> {
	const times: number[] = [];
	let outcome = '';
	for (let run = 0; run < 3; run++) {
		const start = performance.now();
		const result = await importXlsForm(bytes, { languages: ['en'] });
		times.push(performance.now() - start);
		outcome = result.ok
			? `${result.questions.length} questions, ${result.problems.length} problems`
			: `refused: ${result.error}`;
		if (times[0] > 2000) break;
	}
	times.sort((a, b) => a - b);
	return { ms: times[Math.floor((times.length - 1) / 2)], outcome };
}

function readOptions(): { sizes: number[]; variants: Variant[] } {
	const { values } = parseArgs({
		options: {
			sizes: { type: 'string', default: '1000,10000,60000' },
			variants: { type: 'string', default: VARIANTS.map((v) => v.name).join(',') }
		},
		strict: true
	});
	const sizes = values.sizes.split(',').map(Number);
	const variants = values.variants.split(',').map((name) => VARIANTS.find((variant) => variant.name === name));
	if (sizes.some((size) => !Number.isInteger(size) || size < 1) || variants.some((variant) => !variant)) {
		console.error(
			`usage: npm run bench:xlsform -- [--sizes 1000,10000,60000] [--variants ${VARIANTS.map((v) => v.name).join(',')}]`
		);
		process.exit(2);
	}
	return { sizes: [...sizes].sort((a, b) => a - b), variants: variants as Variant[] };
}

const { sizes, variants } = readOptions();
const rows: string[][] = [];
const failures: string[] = [];
/** The baseline's time at each size, when it is run (first). */
const normal = new Map<number, number>();
for (const variant of [...variants].sort((a, b) => Number(b.name === 'normal') - Number(a.name === 'normal'))) {
	let first: number | null = null;
	for (const size of sizes) {
		const bytes = await buildWorkbook(variant.build(size));
		const { ms, outcome } = await timeImport(bytes);
		const perUnit = ms / size;
		first ??= perUnit;
		const growth = perUnit / first;
		if (variant.name === 'normal') normal.set(size, ms);
		const baseline = normal.get(size);
		const vsNormal = baseline === undefined ? '–' : decimal(ms / baseline, 2);
		rows.push([
			variant.name,
			count(size),
			count(bytes.byteLength),
			decimal(ms, 0),
			decimal(perUnit * 1000, 1),
			decimal(growth, 2),
			vsNormal,
			outcome
		]);
		if (growth > MOST_GROWTH)
			failures.push(`${variant.name}: ${decimal(growth, 1)} times the time per ${variant.unit} at ${count(size)}`);
	}
}
console.log(
	table(
		[
			{ title: 'workbook' },
			{ title: 'N', right: true },
			{ title: 'bytes', right: true },
			{ title: 'ms', right: true },
			{ title: 'µs per unit', right: true },
			{ title: 'growth', right: true },
			{ title: 'vs normal', right: true },
			{ title: 'result' }
		],
		rows
	)
);
if (failures.length > 0) {
	console.error(
		`\nNot linear (budget: at most ${MOST_GROWTH} times the time per unit of the smallest size):\n${failures.join('\n')}`
	);
	process.exit(1);
}
