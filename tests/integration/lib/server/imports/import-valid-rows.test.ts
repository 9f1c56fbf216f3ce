import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rebuildIndicatorSums } from '$lib/server/indicators/sums';
import { readDataVersion } from '$lib/server/indicators/versions';
import {
	exportLeftOutRows,
	importResponsesCsv,
	type ImportReport,
	type ResponsesImport
} from '$lib/server/imports/import-service';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { setUpSahelInfo } from '../../../../helpers/fixtures';
import { publishCampaign, type PublishedCampaign } from '../../../../helpers/responses';
import { buildCsv, generateResponses, type CsvRecord } from '../../../../helpers/responses-csv';

const NOW = new Date('2026-06-01T12:00:00Z');
const encode = (records: readonly CsvRecord[]) => new TextEncoder().encode(buildCsv(records));

/** 60 rows of which 3 have problems: lines 6 (D2), 21 (K1) and 42 (language), the header being line 1. */
function sixtyWithThreeBad(): Record<string, string>[] {
	const records = generateResponses(60);
	records[4] = { ...records[4], D2: '210' };
	records[19] = { ...records[19], K1: 'maybe' };
	records[40] = { ...records[40], language: 'de' };
	return records;
}
const BAD_LINES = [6, 21, 42];

describe.each(DIALECTS)('importing only the valid rows of a CSV on %s', (dialect) => {
	let t: TestDatabase;
	let ownerId: string;
	let published: PublishedCampaign;

	const run = (bytes: Uint8Array, options: Partial<ResponsesImport> = {}): Promise<ImportReport> =>
		importResponsesCsv(t.db, ownerId, published.campaignId, { wave: 'baseline', group: 'exposed' }, bytes, {
			language: 'fr',
			dryRun: false,
			now: NOW,
			...options
		});
	const storedIds = async () =>
		(await t.db.selectFrom('responses').select('client_id').orderBy('client_id').execute()).map((row) => row.client_id);
	/**
	 * Every row of sums (in all and by level), as text in one order, numbers as numbers whatever the driver gives:
	 * to 9 decimals, as decimals added in another order may differ in their last bits.
	 */
	const readSums = async () =>
		[
			...(await t.db.selectFrom('indicator_sums').selectAll().execute()),
			...(await t.db.selectFrom('indicator_level_sums').selectAll().execute())
		]
			.map((row) =>
				JSON.stringify(
					Object.entries(row).map(([column, value]) => [
						column,
						typeof value === 'number' || (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value))
							? Number(Number(value).toFixed(9))
							: value
					])
				)
			)
			.sort();

	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		ownerId = (await setUpSahelInfo(t.db)).user.id;
		published = await publishCampaign(t.db, ownerId, { startDate: '2026-03-01', endDate: '2026-06-30' });
	});
	afterEach(async () => t.close());

	it('writes nothing without skipInvalid, and exactly the valid rows with it, the sums as a rebuild makes them', async () => {
		const bytes = encode(sixtyWithThreeBad());
		const version = await readDataVersion(t.db, published.campaignId);
		const refused = await run(bytes);
		expect(refused).toMatchObject({ imported: false, toImport: 0, rowsWithProblems: 3, leftOutCount: 3 });
		expect(await storedIds()).toEqual([]);
		expect(await readSums()).toEqual([]);
		expect(await readDataVersion(t.db, published.campaignId)).toBe(version);

		const dry = await run(bytes, { dryRun: true, skipInvalid: true });
		expect(dry).toMatchObject({ imported: false, toImport: 57, leftOutCount: 3, problemCount: 3 });
		expect(dry.leftOut.map((row) => [row.line, row.problems.map((problem) => problem.code)])).toEqual([
			[6, ['out_of_range']],
			[21, ['not_an_option']],
			[42, ['language_not_offered']]
		]);
		expect(await storedIds()).toEqual([]);

		const done = await run(bytes, { skipInvalid: true });
		expect(done).toMatchObject({ imported: true, toImport: 57, alreadyImported: 0, leftOutCount: 3 });
		const valid = generateResponses(60)
			.filter((_, index) => !BAD_LINES.includes(index + 2))
			.map((record) => record['meta/instanceID'])
			.sort();
		expect(await storedIds()).toEqual(valid);
		expect(await readDataVersion(t.db, published.campaignId)).toBeGreaterThan(version);
		const kept = await readSums();
		const respondents = await t.db
			.selectFrom('indicator_sums')
			.select((eb) => eb.fn.sum<number>('respondents').as('all'))
			.executeTakeFirstOrThrow();
		expect(Number(respondents.all)).toBe(57);
		await rebuildIndicatorSums(t.db, published.campaignId);
		expect(await readSums()).toEqual(kept);

		expect(await run(bytes, { skipInvalid: true })).toMatchObject({ alreadyImported: 57, toImport: 0, imported: true });
		expect((await storedIds()).length).toBe(57);
	});

	it('imports no row while the header has a problem, even when asked for the valid rows', async () => {
		const records = sixtyWithThreeBad().map((record) => ({ ...record, k1: record.K1 }));
		const report = await run(encode(records), { skipInvalid: true });
		expect(report).toMatchObject({ imported: false, toImport: 0 });
		expect(report.problems[0]).toMatchObject({ line: 1, column: 'k1', code: 'duplicate_column' });
		expect(await storedIds()).toEqual([]);
	});

	it('takes rows dated outside the campaign’s dates, and counts and names them', async () => {
		const submitted = ['2026-02-28T23:59:00Z', '2026-03-01T00:00:00Z', '2026-06-30T23:59:59Z', '2026-07-01', '', ''];
		const records: Record<string, string>[] = generateResponses(6).map((record, index) => ({
			...record,
			submitted_at: submitted[index]
		}));
		records[5] = { ...records[5], D2: '9000' };
		const bytes = encode(records);
		// A row without a time is dated at its import: after the campaign's end here.
		const now = new Date('2026-07-15T09:00:00Z');
		const outside = { startDate: '2026-03-01', endDate: '2026-06-30', count: 3, lines: [2, 5, 6] };
		const dry = await run(bytes, { dryRun: true, skipInvalid: true, now });
		expect(dry.outsideDates).toEqual(outside);
		const done = await run(bytes, { skipInvalid: true, now });
		expect(done).toMatchObject({ toImport: 5, leftOutCount: 1, outsideDates: outside });
		expect((await storedIds()).length).toBe(5);
		expect(await run(bytes, { skipInvalid: true, now })).toMatchObject({ toImport: 0, outsideDates: { count: 0 } });
	});

	it('gives the left-out rows as a CSV that imports as it is, its reason column left out', async () => {
		const records = sixtyWithThreeBad();
		records[19] = { ...records[19], remark: '=HYPERLINK("http://evil.example")' };
		const { csv, rows } = await exportLeftOutRows(
			t.db,
			ownerId,
			published.campaignId,
			{ wave: 'baseline', group: 'exposed' },
			encode(records),
			{ language: 'fr', locale: 'fr', now: NOW }
		);
		expect(rows).toBe(3);
		expect(csv.startsWith('\uFEFF_pourquoi_écartée,meta/instanceID,')).toBe(true);
		const lines = csv.slice(1).trimEnd().split('\r\n');
		expect(lines).toHaveLength(4);
		expect(lines[1]).toMatch(/^"?Ligne 6\. D2 : Merci de donner un nombre de 10 à 99\./);
		expect(lines[2]).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
		expect(lines[3]).toMatch(/^"?Ligne 42\. language : /);

		const again = await run(new TextEncoder().encode(csv), { dryRun: true, skipInvalid: true });
		expect(again.ignoredColumns).toContainEqual({ header: '_pourquoi_écartée', reason: 'metadata' });
		expect(again.leftOut.map((row) => row.line)).toEqual([2, 3, 4]);
		const corrected = csv.replace(',210,', ',21,').replace(',maybe,', ',true,').replace(',de', ',fr');
		expect(await run(new TextEncoder().encode(corrected))).toMatchObject({ imported: true, toImport: 3 });
		expect((await storedIds()).length).toBe(3);
	});
});
