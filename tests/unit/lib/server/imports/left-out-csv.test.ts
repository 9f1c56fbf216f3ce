import { describe, expect, it } from 'vitest';
import { planColumns } from '$lib/server/imports/csv-columns';
import { readResponsesCsv, type RowContext } from '$lib/server/imports/csv-import';
import type { ImportProblem } from '$lib/server/imports/csv-rows';
import { writeLeftOutCsv } from '$lib/server/imports/left-out-csv';
import { LOCALES, translator } from '$lib/server/i18n/catalogues';
import { FIXTURE_SETTINGS } from '../../../../helpers/responses-csv';

const problem = (code: ImportProblem['code'], column: string | null, extra: Partial<ImportProblem> = {}) => ({
	line: 2,
	column,
	value: '',
	code,
	min: null,
	max: null,
	firstLine: null,
	...extra
});

/** The written file's records, the byte-order mark taken off. */
const recordsOf = (csv: string): string[] => {
	expect(csv.startsWith('\uFEFF')).toBe(true);
	return csv.slice(1).trimEnd().split('\r\n');
};

describe('writeLeftOutCsv', () => {
	it.each([
		{
			case: 'a row with one problem in a column',
			header: ['C0', 'D2'],
			cells: ['yes', '210'],
			problems: [problem('out_of_range', 'D2', { min: 10, max: 99 })],
			record: 'Line 2. D2: Please give a number from 10 to 99.,yes,210'
		},
		{
			case: 'a problem of the whole row, then one of a column, separated',
			header: ['C0', 'D2'],
			cells: ['yes', '21', 'surplus'],
			problems: [problem('extra_values', null), problem('required', 'C0')],
			record:
				'Line 2. This row has more values than the header has columns. | C0: Please answer this question.,yes,21,surplus'
		},
		{
			case: 'formula-looking cells behind a quote, quotes doubled',
			header: ['C0', 'note'],
			cells: ['=1+2', '@SUM("A1")'],
			problems: [problem('not_an_option', 'C0')],
			record: `Line 2. C0: Please choose one of the answers given.,'=1+2,"'@SUM(""A1"")"`
		},
		{
			case: 'a cell with a line break or a semicolon quoted whole',
			header: ['C0', 'note'],
			cells: ['yes', 'first\nsecond; third'],
			problems: [problem('language_missing', 'language')],
			record:
				'"Line 2. language: The language is missing: give it, or choose one for the whole file.",yes,"first\nsecond; third"'
		},
		{
			case: 'the reason column of an earlier download replaced, in any of the languages',
			header: ['_pourquoi_écartée', 'C0', 'D2'],
			cells: ['Ligne 9. …', 'yes', '210'],
			problems: [problem('out_of_range', 'D2', { min: 10, max: 99 })],
			record: 'Line 2. D2: Please give a number from 10 to 99.,yes,210'
		}
	])('$case', ({ header, cells, problems, record }) => {
		const written = recordsOf(writeLeftOutCsv(header, [{ line: 2, cells, problems }], 'en'));
		expect(written[0]).toBe(['_why_left_out', ...header.filter((name) => !name.startsWith('_'))].join(','));
		expect(written.slice(1).join('\r\n')).toBe(record);
	});

	it('says at most ten problems of a row, then how many more', () => {
		const header = Array.from({ length: 12 }, (_, index) => `K${index + 1}`);
		const problems = header.map((column) => problem('not_an_option', column));
		const [, record] = recordsOf(writeLeftOutCsv(header, [{ line: 7, cells: header, problems }], 'fr'));
		expect(record).toMatch(/^"?Ligne 7\. K1 : .* \| K10 : [^|]*\| Et 2 autres problèmes\./);
		expect(record).not.toContain('K11 :');
	});

	it.each(LOCALES.map((locale) => locale.code))(
		'names its reason column in %s so that the import leaves it out as metadata',
		(code) => {
			const name = translator(code)('imports.left_out.column');
			const plan = planColumns([name, 'C0', 'D2'], { settings: FIXTURE_SETTINGS, customQuestions: [] });
			expect(plan.ignored).toEqual([{ header: name, reason: 'metadata' }]);
			expect(plan.answers.map((column) => column.code)).toEqual(['C0', 'D2']);
		}
	);
});

describe('a reading for the left-out rows', () => {
	const context: RowContext = {
		definition: { settings: FIXTURE_SETTINGS, customQuestions: [] },
		languages: ['en'],
		fallbackLanguage: 'en',
		linkId: 'link',
		wave: 'baseline',
		group: 'exposed',
		now: new Date('2026-06-01T12:00:00Z'),
		clusters: new Map(),
		panel: false,
		linkCluster: null
	};

	it('writes every row with problems, a row’s extra values still past the header, and keeps no row to store', async () => {
		const text = `_why_left_out,C0,D2\nold reason,yes,210,surplus\nfine,yes,30\n${'x,yes,7\n'.repeat(1500)}`;
		const result = await readResponsesCsv([new TextEncoder().encode(text)], context, {
			maxRows: 2000,
			leftOutCsv: { locale: 'en' }
		});
		if (!result.ok) throw new Error(result.error);
		const { reading } = result;
		expect(reading).toMatchObject({ rowsWithProblems: 1501, candidates: [] });
		expect(reading.leftOut).toHaveLength(1000);
		const records = recordsOf(reading.leftOutCsv!);
		expect(records).toHaveLength(1502);
		expect(records[0]).toBe('_why_left_out,C0,D2');
		expect(records[1]).toMatch(
			/^"?Line 2\. This row has more values than the header has columns\. \| D2: .*"?,yes,210,surplus$/
		);
		expect(records[1501]).toMatch(/^"?Line 1503\. .*,yes,7$/);
	});
});
