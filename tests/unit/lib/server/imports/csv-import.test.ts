import { describe, expect, it } from 'vitest';
import { readResponsesCsv, type CsvReading, type RowContext } from '$lib/server/imports/csv-import';
import { customQuestionSchema } from '$lib/survey/custom-question';
import {
	buildCsv,
	FIXTURE_SETTINGS,
	generateResponses,
	toCells,
	type CsvRecord
} from '../../../../helpers/responses-csv';
import { RESPONDENT } from '../../../../helpers/responses';

const NOW = new Date('2026-06-01T12:00:00Z');

const CONTEXT: RowContext = {
	definition: {
		settings: FIXTURE_SETTINGS,
		customQuestions: [
			customQuestionSchema.parse({
				code: 'heard_show',
				type: 'multiple',
				label: { en: 'Which shows did you hear?' },
				options: [
					{ code: 'drama', label: { en: 'The drama' } },
					{ code: 'debate', label: { en: 'The debate' } }
				]
			}),
			customQuestionSchema.parse({ code: 'comment', type: 'long_text', label: { en: 'Anything to add?' } })
		]
	},
	languages: ['fr', 'en'],
	fallbackLanguage: 'fr',
	linkId: 'link-baseline-exposed',
	wave: 'baseline',
	group: 'exposed',
	now: NOW,
	clusters: new Map([['v01', { id: 'cluster-v01', code: 'V01', stratum: 'north', weight: 12.5 }]]),
	panel: true,
	linkCluster: null
};

const ADULT_CELLS = toCells(RESPONDENT);

/** The file read in small pieces, so that lines and characters are cut across them. */
function* pieces(bytes: Uint8Array): Generator<Uint8Array> {
	for (let start = 0; start < bytes.byteLength; start += 7) yield bytes.subarray(start, start + 7);
}

async function read(text: string | Uint8Array, context: Partial<RowContext> = {}): Promise<CsvReading> {
	const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
	const result = await readResponsesCsv(pieces(bytes), { ...CONTEXT, ...context }, { maxRows: 50_000 });
	if (!result.ok) throw new Error(`not read: ${result.error}`);
	return result.reading;
}

function readRecords(
	records: readonly CsvRecord[],
	options: Parameters<typeof buildCsv>[1] = {},
	context: Partial<RowContext> = {}
): Promise<CsvReading> {
	return read(buildCsv(records, options), context);
}

describe('reading the file', () => {
	it.each([
		['commas', ','],
		['semicolons (KoboToolbox)', ';'],
		['tabs', '\t']
	])('finds the delimiter from the header line: %s', async (_, delimiter) => {
		const reading = await readRecords([ADULT_CELLS, { ...ADULT_CELLS, D2: '30' }], { delimiter });
		expect(reading.problems).toEqual([]);
		expect(reading.rows).toBe(2);
		expect(reading.candidates.map((candidate) => candidate.submission.core.D2)).toEqual([22, 30]);
	});

	it('drops a UTF-8 byte-order mark, takes Windows line endings, and counts lines through quoted line breaks', async () => {
		const text = buildCsv(
			[
				{ ...ADULT_CELLS, note: 'two\nlines' },
				{ ...ADULT_CELLS, D2: '9' }
			],
			{ newline: '\r\n', delimiter: ';' }
		);
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
		const reading = await read(bytes);
		expect(reading.columns[0]).toBe('C0');
		expect(reading.problems).toEqual([
			expect.objectContaining({ line: 4, column: 'D2', value: '9', code: 'out_of_range', min: 10, max: 99 })
		]);
	});

	it('takes off the quote a CSV export puts before formula-looking text, and no other', async () => {
		const comments = ['\'=HYPERLINK("http://evil.example")', "'-dk", "''@x", "'Kolda", "'-1", '=1+1', 'two\nlines'];
		const reading = await readRecords(comments.map((comment) => ({ ...ADULT_CELLS, comment })));
		expect(reading.problems).toEqual([]);
		expect(reading.candidates.map((candidate) => candidate.submission.custom.comment)).toEqual([
			'=HYPERLINK("http://evil.example")',
			'-dk',
			"'@x",
			"'Kolda",
			"'-1",
			'=1+1',
			'two\nlines'
		]);
	});

	it.each([',', ';'])('passes over blank lines and lines of delimiters alone (%s)', async (delimiter) => {
		const text = buildCsv([ADULT_CELLS], { delimiter }) + `\n${delimiter.repeat(3)}\n\n${delimiter.repeat(50)}\n`;
		expect((await read(text)).rows).toBe(1);
	});

	it.each([
		[
			'not UTF-8',
			new Uint8Array([0x43, 0x30, 0x2c, 0x44, 0x32, 0x0a, 0x79, 0x65, 0x73, 0x2c, 0xe9, 0x0a]),
			'not_utf8',
			null
		],
		['empty', new TextEncoder().encode(' \n\n'), 'empty', null],
		['a header alone', new TextEncoder().encode('C0,D2\n'), 'no_rows', null],
		['a quote never closed', new TextEncoder().encode('C0,D2\nyes,22\nyes,"30\n'), 'malformed', 3]
	])('refuses a file that is %s', async (_, bytes, error, line) => {
		expect(await readResponsesCsv(pieces(bytes), CONTEXT, { maxRows: 50_000 })).toMatchObject({
			ok: false,
			error,
			line
		});
	});
});

describe('reading a large file', () => {
	it('stops at the row limit and says the line past it, reading no further', async () => {
		const rows = Array.from({ length: 20_000 }, () => ADULT_CELLS);
		const bytes = new TextEncoder().encode(buildCsv(rows));
		let pulled = 0;
		function* counted(): Generator<Uint8Array> {
			for (let start = 0; start < bytes.byteLength; start += 4096) {
				pulled += 4096;
				yield bytes.subarray(start, start + 4096);
			}
		}
		expect(await readResponsesCsv(counted(), CONTEXT, { maxRows: 5 })).toEqual({
			ok: false,
			error: 'too_many_rows',
			line: 7
		});
		expect(pulled).toBeLessThan(bytes.byteLength / 10);
		expect(
			(await readResponsesCsv(pieces(new TextEncoder().encode(buildCsv(rows.slice(0, 5)))), CONTEXT, { maxRows: 5 })).ok
		).toBe(true);
	});

	it('keeps the first 1000 problems and counts them all', async () => {
		const reading = await readRecords(Array.from({ length: 1200 }, () => ({ ...ADULT_CELLS, D2: '150' })));
		expect(reading.problems).toHaveLength(1000);
		expect(reading.problemCount).toBe(1200);
		expect(reading.rowsWithProblems).toBe(1200);
		expect(reading.candidates).toEqual([]);
	});

	it('tells its progress in rows and bytes read', async () => {
		const bytes = new TextEncoder().encode(buildCsv(Array.from({ length: 2500 }, () => ADULT_CELLS)));
		const progress: { bytes: number; rows: number }[] = [];
		await readResponsesCsv(pieces(bytes), CONTEXT, { maxRows: 50_000, onProgress: (step) => progress.push(step) });
		expect(progress.map((step) => step.rows)).toEqual([1000, 2000, 2500]);
		expect(progress.at(-1)!.bytes).toBe(bytes.byteLength);
	});
});

describe('mapping the columns', () => {
	it('says how to export again a KoboToolbox export whose headers are the questions’ labels', async () => {
		const reading = await read(
			[
				'start,end,Do you agree to answer?,How old are you?,_id,_uuid,_submission_time,_index',
				'2026-05-04T10:00:00Z,2026-05-04T10:12:00Z,Yes,24,1,a1b2c3d4-0000-4000-8000-000000000001,2026-05-04T10:13:00,1'
			].join('\n')
		);
		expect(reading.problems.map((problem) => [problem.line, problem.column, problem.code])).toEqual([
			[1, '_uuid', 'labels_not_codes'],
			[1, 'C0', 'missing_column'],
			[1, 'D2', 'missing_column']
		]);
		expect(reading.candidates).toEqual([]);
	});

	it('names no export for a file of no answer code that comes from no tool', async () => {
		const reading = await read('name,age\nAïssatou,24');
		expect(reading.problems.map((problem) => problem.code)).toEqual(['missing_column', 'missing_column']);
	});

	it('reads KoboToolbox exports: groups in headers, 0/1 option columns and metadata left out', async () => {
		const record = {
			start: '2026-05-04T10:00:00.000+01:00',
			end: '2026-05-04T10:12:30.000+01:00',
			today: '2026-05-04',
			deviceid: 'collect:abc',
			...Object.fromEntries(
				Object.entries(ADULT_CELLS).map(([code, value]) => [
					`${code.startsWith('K') ? 'knowledge' : 'profile'}/${code}`,
					value
				])
			),
			'profile/E2/radio': '1',
			'profile/E2/school': '1',
			'profile/E2/tv': '0',
			'meta/instanceID': 'uuid:2f1c7c52-5d7a-4e83-9a55-0d7ab1f3c111',
			'formhub/uuid': 'f0e1d2c3b4a5',
			_id: '1',
			_uuid: '2f1c7c52-5d7a-4e83-9a55-0d7ab1f3c111',
			_submission_time: '2026-05-04T09:20:00',
			_validation_status: '',
			_notes: '',
			_status: 'submitted_via_web',
			_submitted_by: '',
			__version__: 'vAbC',
			_tags: '',
			_index: '1'
		};
		const reading = await readRecords([record], { delimiter: ';' });
		expect(reading.problems).toEqual([]);
		expect(reading.columns).toEqual(Object.keys(ADULT_CELLS));
		expect(
			reading.ignoredColumns.filter((column) => column.reason === 'option').map((column) => column.header)
		).toEqual(['profile/E2/radio', 'profile/E2/school', 'profile/E2/tv']);
		expect(reading.ignoredColumns.every((column) => column.reason !== 'unknown')).toBe(true);
		expect(reading.candidates[0].submission).toMatchObject({
			clientId: 'uuid:2f1c7c52-5d7a-4e83-9a55-0d7ab1f3c111',
			startedAt: '2026-05-04T09:00:00.000Z',
			submittedAt: '2026-05-04T09:12:30.000Z',
			core: { E2: ['radio', 'school'], A1: ['ngo', 'intermediary'] }
		});
	});

	it('reads ODK Central exports: `-` between groups, its own metadata', async () => {
		const record = {
			SubmissionDate: '2026-05-04T09:20:00.000Z',
			...Object.fromEntries(Object.entries(ADULT_CELLS).map(([code, value]) => [`grp-sub-${code}`, value])),
			'meta-instanceID': 'uuid:0b5e6f9a-1111-4222-8333-944455556666',
			KEY: 'uuid:other-key-000',
			SubmitterID: '5',
			SubmitterName: 'enumerator',
			AttachmentsPresent: '0',
			AttachmentsExpected: '0',
			Status: '',
			ReviewState: '',
			DeviceID: 'collect:xyz',
			Edits: '0',
			FormVersion: '3'
		};
		const reading = await readRecords([record]);
		expect(reading.problems).toEqual([]);
		expect(reading.ignoredColumns.map((column) => column.reason)).toEqual(Array(9).fill('metadata'));
		expect(reading.candidates[0].submission).toMatchObject({
			clientId: 'uuid:0b5e6f9a-1111-4222-8333-944455556666',
			startedAt: null,
			submittedAt: '2026-05-04T09:20:00.000Z'
		});
	});

	it('takes core ids in any case, custom codes only exactly; lists unknown names as left out', async () => {
		const lower = Object.fromEntries(Object.entries(ADULT_CELLS).map(([code, value]) => [code.toLowerCase(), value]));
		const reading = await readRecords([{ ...lower, heard_show: 'drama debate', Heard_Show: 'drama', remarks: 'kind' }]);
		expect(reading.problems).toEqual([]);
		expect(reading.columns).toContain('E3_P');
		expect(reading.ignoredColumns).toEqual([
			{ header: 'Heard_Show', reason: 'unknown' },
			{ header: 'remarks', reason: 'unknown' }
		]);
		expect(reading.candidates[0].submission.custom).toEqual({ heard_show: ['drama', 'debate'] });
	});

	it('refuses a column given twice, and says once that consent or age is missing', async () => {
		const { D2, ...withoutAge } = ADULT_CELLS;
		expect(D2).toBe('22');
		const reading = await readRecords([{ ...withoutAge, 'knowledge/K1': 'true' }, withoutAge]);
		expect(reading.problems).toEqual([
			expect.objectContaining({ line: 1, column: 'knowledge/K1', code: 'duplicate_column' }),
			expect.objectContaining({ line: 1, column: 'D2', code: 'missing_column' })
		]);
		expect(reading.candidates).toEqual([]);
	});
});

describe('turning rows into responses', () => {
	it('names every problem by its line, column and value, with the limits a number had to keep', async () => {
		const long = 'x'.repeat(60);
		const reading = await readRecords([
			ADULT_CELLS,
			{ ...ADULT_CELLS, D2: '150', K1: 'maybe', E2: 'radio radio' },
			{ ...ADULT_CELLS, D1: long }
		]);
		expect(reading.candidates.map((candidate) => candidate.line)).toEqual([2]);
		expect(
			reading.problems.map(({ line, column, value, code, min, max }) => ({ line, column, value, code, min, max }))
		).toEqual([
			{ line: 3, column: 'D2', value: '150', code: 'out_of_range', min: 10, max: 99 },
			{ line: 3, column: 'E2', value: 'radio radio', code: 'duplicate', min: null, max: null },
			{ line: 3, column: 'K1', value: 'maybe', code: 'not_an_option', min: null, max: null },
			{ line: 4, column: 'D1', value: `${'x'.repeat(39)}…`, code: 'not_an_option', min: null, max: null }
		]);
	});

	it('splits E2 and A1 on any white space, and allows missing answers but not consent or age', async () => {
		const { K2, ...withoutK2 } = ADULT_CELLS;
		expect(K2).toBe('false');
		const reading = await readRecords([
			{ ...withoutK2, E2: ' radio \t school ', A1: 'dk' },
			{ ...withoutK2, C0: '' },
			{ ...withoutK2, D2: '' }
		]);
		expect(reading.candidates.map((candidate) => candidate.submission.core)).toEqual([
			expect.objectContaining({ E2: ['radio', 'school'], A1: ['dk'] })
		]);
		expect(reading.candidates[0].submission.core).not.toHaveProperty('K2');
		expect(reading.problems.map(({ line, column, code }) => `${line} ${column} ${code}`)).toEqual([
			'3 C0 required',
			'4 D2 required'
		]);
	});

	it('counts a refusal and a respondent under 15 as endings, as the survey page does', async () => {
		const reading = await readRecords(
			[
				{ C0: 'no', D2: '' },
				{ C0: 'yes', D2: '12' },
				{ C0: 'no', D2: '30' }
			],
			{ header: ['C0', 'D2', 'D1'] }
		);
		expect(reading.candidates.map((candidate) => candidate.submission.outcome)).toEqual(['refused', 'not_eligible']);
		expect(reading.problems).toEqual([expect.objectContaining({ line: 4, column: 'D2', code: 'must_be_absent' })]);
	});

	it('refuses values beyond the header', async () => {
		const text = buildCsv([ADULT_CELLS]) + `${Object.values(ADULT_CELLS).join(',')},surplus\n`;
		expect((await read(text)).problems).toEqual([
			expect.objectContaining({ line: 3, column: null, value: 'surplus', code: 'extra_values' })
		]);
	});

	it.each([
		['the row’s own when the file has it', { language: 'en' }, {}, 'en', []],
		['the row’s own in any case', { language: 'EN' }, {}, 'en', []],
		['the chosen language for an empty cell', { language: '' }, {}, 'fr', []],
		['a language the survey does not offer', { language: 'pt' }, {}, null, ['language_not_offered']],
		['no language at all', { language: '' }, { fallbackLanguage: null }, null, ['language_missing']]
	] as const)('language: %s', async (_, cells, context, language, codes) => {
		const reading = await readRecords([{ ...ADULT_CELLS, ...cells }], {}, context);
		expect(reading.problems.map((problem) => problem.code)).toEqual(codes);
		expect(reading.candidates[0]?.submission.language ?? null).toBe(language);
	});
});

describe('times', () => {
	it.each([
		[
			'our own columns first',
			{
				started_at: '2026-05-04T10:00:00Z',
				start: '2026-05-04T08:00:00Z',
				submitted_at: '2026-05-04T10:05:00Z',
				end: '2026-05-04T11:00:00Z'
			},
			'2026-05-04T10:00:00.000Z',
			'2026-05-04T10:05:00.000Z'
		],
		[
			'KoboToolbox’s server time without an offset, in UTC',
			{ _submission_time: '2026-05-04T09:20:01' },
			null,
			'2026-05-04T09:20:01.000Z'
		],
		['a spreadsheet’s date and time', { end: '2026-05-04 10:30' }, null, '2026-05-04T10:30:00.000Z'],
		['a date alone', { submitted_at: '2026-05-04' }, null, '2026-05-04T00:00:00.000Z'],
		[
			'offsets written without a colon',
			{ start: '2026-05-04T10:00:00+0100', end: '2026-05-04T10:30:00-0130' },
			'2026-05-04T09:00:00.000Z',
			'2026-05-04T12:00:00.000Z'
		],
		['nothing: submitted now, start unknown', {}, null, NOW.toISOString()],
		[
			'an empty cell in a better column, the next one given',
			{ submitted_at: '', end: '2026-05-04T10:30:00Z' },
			null,
			'2026-05-04T10:30:00.000Z'
		]
	])('reads %s', async (_, cells, startedAt, submittedAt) => {
		const reading = await readRecords([{ ...ADULT_CELLS, ...cells }]);
		expect(reading.problems).toEqual([]);
		expect(reading.candidates[0].submission).toMatchObject({ startedAt, submittedAt });
	});

	it.each([
		['a time that is not ISO 8601', { end: '04/05/2026 10:30' }, 'end', 'timestamp_invalid'],
		['a day that does not exist', { submitted_at: '2026-02-30T10:00:00Z' }, 'submitted_at', 'timestamp_invalid'],
		['a submission in the future', { submitted_at: '2026-06-02T12:00:00Z' }, 'submitted_at', 'submitted_in_future'],
		[
			'a start after the end',
			{ start: '2026-05-04T11:00:00Z', end: '2026-05-04T10:00:00Z' },
			'start',
			'started_after_submitted'
		]
	])('refuses %s', async (_, cells, column, code) => {
		const reading = await readRecords([{ ...ADULT_CELLS, ...cells }]);
		expect(reading.problems).toEqual([expect.objectContaining({ line: 2, column, code })]);
	});
});

describe('submission ids', () => {
	it.each([
		['client_id before everything', ['client_id', 'meta/instanceID', 'KEY', '_uuid'], 'client_id'],
		['instanceID before KEY and _uuid', ['_uuid', 'KEY', 'meta-instanceID'], 'meta-instanceID'],
		['KEY before _uuid', ['_uuid', 'KEY'], 'KEY'],
		['_uuid last', ['_uuid'], '_uuid']
	])('takes %s', async (_, columns, chosen) => {
		const ids = Object.fromEntries(
			columns.map((column) => [column, `id-from-${column.toLowerCase().replace(/[^a-z]/g, '')}`])
		);
		const reading = await readRecords([{ ...ids, ...ADULT_CELLS }]);
		expect(reading.candidates[0].submission.clientId).toBe(ids[chosen]);
	});

	it('refuses an id that is not one, and the same id twice', async () => {
		const reading = await readRecords([
			{ client_id: 'short', ...ADULT_CELLS },
			{ client_id: 'uuid:same-0001', ...ADULT_CELLS },
			{ client_id: 'uuid:same-0001', ...ADULT_CELLS, D2: '40' }
		]);
		expect(reading.problems).toEqual([
			expect.objectContaining({ line: 2, column: 'client_id', value: 'short', code: 'client_id_invalid' }),
			expect.objectContaining({ line: 4, column: 'client_id', code: 'client_id_repeated', firstLine: 3 })
		]);
	});

	it('makes ids from the rows’ content: the same again, in any order, identical rows apart, another link another id', async () => {
		const records = generateResponses(5).map(({ 'meta/instanceID': _, ...cells }) => cells);
		const rows = [...records, records[1]];
		const ids = (reading: CsvReading) => reading.candidates.map((candidate) => candidate.submission.clientId);
		const first = ids(await readRecords(rows));
		expect(new Set(first).size).toBe(6);
		for (const id of first) expect(id).toMatch(/^csv-[0-9a-f]{32}$/);
		expect(ids(await readRecords(rows))).toEqual(first);
		const reversed = ids(await readRecords([...rows].reverse(), { header: Object.keys(rows[0]).reverse() }));
		expect(new Set(reversed)).toEqual(new Set(first));
		// The same answers on paper, typed in again with another language chosen, are the same responses.
		expect(ids(await readRecords(rows, {}, { fallbackLanguage: 'en' }))).toEqual(first);
		expect(ids(await readRecords(rows, {}, { linkId: 'link-endline-exposed' })).some((id) => first.includes(id))).toBe(
			false
		);
	});
});

describe('reading the sampling design’s columns', () => {
	it('gives each row its declared cluster, its own weight (a decimal comma too) and its panel code', async () => {
		const reading = await readRecords([
			{ ...ADULT_CELLS, cluster: 'v01', stratum: 'north', weight: '12,5', panel_id: 'P-0001' },
			{ ...ADULT_CELLS, D2: '30', cluster: '', stratum: '', weight: '', panel_id: '' }
		]);
		expect(reading.problems).toEqual([]);
		expect(reading.candidates.map((candidate) => candidate.submission.design)).toEqual([
			{
				cluster: { id: 'cluster-v01', code: 'V01', stratum: 'north', weight: 12.5 },
				weight: 12.5,
				panelCode: 'P-0001'
			},
			undefined
		]);
	});

	it.each([
		[{ cluster: 'V99' }, 'cluster', 'cluster_unknown'],
		[{ cluster: 'V01', stratum: 'south' }, 'stratum', 'stratum_mismatch'],
		[{ stratum: 'north' }, 'stratum', 'stratum_mismatch'],
		[{ weight: '0' }, 'weight', 'weight_invalid'],
		[{ weight: 'heavy' }, 'weight', 'weight_invalid'],
		[{ weight: '1e200' }, 'weight', 'weight_invalid'],
		[{ weight: '1e-320' }, 'weight', 'weight_invalid'],
		[{ weight: '1000000001' }, 'weight', 'weight_invalid'],
		[{ panel_id: 'Aminata' }, 'panel_id', 'panel_code_invalid']
	])('makes %o a problem of its line', async (cells, column, code) => {
		const reading = await readRecords([{ ...ADULT_CELLS, ...cells }]);
		expect(reading.problems).toEqual([expect.objectContaining({ line: 2, column, code })]);
		expect(reading.candidates).toEqual([]);
	});

	it('keeps the rows of a cluster’s link in that cluster: another cluster is a problem of its line', async () => {
		const v02 = { id: 'cluster-v02', code: 'V02', stratum: 'north', weight: 8 };
		const clusters = new Map([...CONTEXT.clusters, ['v02', v02]]);
		const reading = await readRecords(
			[
				{ ...ADULT_CELLS, cluster: 'v02' },
				{ ...ADULT_CELLS, D2: '30', cluster: 'V01' }
			],
			{},
			{ clusters, linkCluster: v02 }
		);
		expect(reading.problems).toEqual([
			expect.objectContaining({ line: 3, column: 'cluster', code: 'cluster_not_link' })
		]);
	});

	it('never puts a row in a wave or group it does not name: a row of another is a problem of its line', async () => {
		const reading = await readRecords([
			{ ...ADULT_CELLS, wave: 'baseline', group: 'exposed' },
			{ ...ADULT_CELLS, D2: '30', wave: 'Endline', group: 'exposed' },
			{ ...ADULT_CELLS, D2: '31', wave: 'baseline', group: 'comparison' },
			{ ...ADULT_CELLS, D2: '32', wave: '', group: '' },
			// Another tool's own `group` question: not one of Mesure's groups, left alone.
			{ ...ADULT_CELLS, D2: '33', wave: 'baseline', group: 'A' }
		]);
		expect(reading.problems).toEqual([
			expect.objectContaining({ line: 3, column: 'wave', value: 'Endline', code: 'wave_not_link' }),
			expect.objectContaining({ line: 4, column: 'group', value: 'comparison', code: 'group_not_link' })
		]);
		expect(reading.candidates.map((candidate) => candidate.line)).toEqual([2, 5, 6]);
		expect(reading.ignoredColumns.map((column) => column.header)).not.toContain('wave');
	});

	it('refuses a panel code twice in a file, and any panel code for a campaign that follows no panel', async () => {
		const twice = await readRecords([
			{ ...ADULT_CELLS, panel_id: 'P-0001' },
			{ ...ADULT_CELLS, D2: '30', panel_id: 'P-0001' }
		]);
		expect(twice.problems).toEqual([
			expect.objectContaining({ line: 3, column: 'panel_id', code: 'panel_code_repeated', firstLine: 2 })
		]);
		const off = await readRecords([{ ...ADULT_CELLS, panel_id: 'P-0001' }], {}, { panel: false });
		expect(off.problems).toEqual([expect.objectContaining({ code: 'panel_off' })]);
		// Stored already in the wave and group by another response: a problem of its line, found by a dry run too.
		const holders = new Map([['P-0001', 'someone-else']]);
		const taken = await readRecords([{ ...ADULT_CELLS, panel_id: 'p-0001' }], {}, { panelHolders: holders });
		expect(taken.problems).toEqual([
			expect.objectContaining({ line: 2, column: 'panel_id', value: 'P-0001', code: 'panel_code_taken' })
		]);
		const own = await readRecords([{ ...ADULT_CELLS, panel_id: 'P-0001' }]);
		const clientId = own.candidates[0].submission.clientId;
		const again = await readRecords(
			[{ ...ADULT_CELLS, panel_id: 'P-0001' }],
			{},
			{
				panelHolders: new Map([['P-0001', clientId]])
			}
		);
		expect(again.problems).toEqual([]);
	});
});
