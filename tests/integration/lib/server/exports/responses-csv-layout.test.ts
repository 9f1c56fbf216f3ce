import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { afterCampaign, BASELINE_PROFILE, insertSyntheticResponses } from '$lib/server/demo/synthetic';
import { buildCodebook } from '$lib/server/exports/codebook-csv';
import { exportResponsesCsv, type CsvLayout } from '$lib/server/exports/responses-csv';
import { LABEL_SEPARATOR } from '$lib/server/exports/value-labels';
import { importResponsesCsv } from '$lib/server/imports/import-service';
import { findCollectTarget } from '$lib/server/responses/target';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { setUpSahelInfo } from '../../../../helpers/fixtures';
import { publishCampaign, type PublishedCampaign } from '../../../../helpers/responses';

const COUNT = 40;

describe.each(DIALECTS)('responses as CSV laid out for a spreadsheet on %s', (dialect) => {
	let t: TestDatabase;
	let owner: string;
	let published: PublishedCampaign;

	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		owner = (await setUpSahelInfo(t.db)).user.id;
		published = await publishCampaign(t.db, owner);
		const target = await findCollectTarget(t.db, published.link('endline', 'exposed').token);
		await insertSyntheticResponses(t.db, target!, {
			count: COUNT,
			profile: afterCampaign(BASELINE_PROFILE, 1),
			seed: 5,
			submittedOn: '2026-11-01'
		});
	});
	afterEach(async () => t.close());

	async function exportAs(layout: CsvLayout): Promise<{ text: string; records: Record<string, string>[] }> {
		const exported = await exportResponsesCsv(t.db, owner, published.campaignId, { hxl: false, layout });
		const text = (await new Response(exported.stream).text()).replace(/^\uFEFF/, '');
		return { text, records: parse(text, { columns: true, delimiter: layout.separator }) };
	}

	it('separates with ; and gives each option of a multiple choice a 0/1 column after its list', async () => {
		const plain = await exportAs({ separator: ',', optionColumns: false });
		const wide = await exportAs({ separator: ';', optionColumns: true });
		expect(wide.records).toHaveLength(COUNT);
		const header = wide.text.split('\r\n')[0].split(';');
		const e2 = header.indexOf('E2');
		expect(header.slice(e2, e2 + 3)).toEqual(['E2', 'E2/radio', 'E2/tv']);
		expect(Object.keys(plain.records[0])).not.toContain('E2/radio');
		wide.records.forEach((record, i) => {
			// The same responses in the same order, each answer as in the plain export.
			for (const [code, value] of Object.entries(plain.records[i])) expect(record[code]).toBe(value);
			const chosen = new Set(record.E2.split(' ').filter(Boolean));
			for (const option of ['radio', 'tv', 'school'])
				expect(record[`E2/${option}`]).toBe(record.E2 === '' ? '' : chosen.has(option) ? '1' : '0');
		});
		expect(wide.records.some((record) => record['E2/radio'] === '1')).toBe(true);
		expect(wide.records.some((record) => record['E2/radio'] === '0')).toBe(true);
	});

	it('imports back as it was exported: the option columns left out, the lists read', async () => {
		const { text } = await exportAs({ separator: ';', optionColumns: true });
		const other = await publishCampaign(t.db, owner);
		const report = await importResponsesCsv(
			t.db,
			owner,
			other.campaignId,
			{ wave: 'endline', group: 'exposed' },
			new TextEncoder().encode(text),
			{ language: null, dryRun: true }
		);
		expect(report.problems).toEqual([]);
		expect(report.toImport).toBe(COUNT);
		expect(report.ignoredColumns.filter((column) => column.reason === 'option').length).toBeGreaterThan(5);
	});

	it('gives the answers as their labels in a language of the campaign, a multiple choice’s joined', async () => {
		const codes = await exportAs({ separator: ',', optionColumns: false });
		const labelled = await exportAs({ separator: ',', optionColumns: false, labels: 'en' });
		expect(Object.keys(labelled.records[0])).toEqual(Object.keys(codes.records[0]));
		const codebook = await buildCodebook(t.db, owner, published.campaignId, 'en');
		const labelOf = (variable: string, value: string) =>
			codebook.rows.find((row) => row[0] === variable && row[3] === value)?.[4];
		labelled.records.forEach((record, i) => {
			const plain = codes.records[i];
			expect(record.client_id).toBe(plain.client_id);
			expect(record.K1).toBe(plain.K1 === '' ? '' : labelOf('K1', plain.K1));
			expect(record.E2).toBe(
				plain.E2.split(' ')
					.filter(Boolean)
					.map((code) => labelOf('E2', code))
					.join(LABEL_SEPARATOR)
			);
		});
		// Labels, not codes: at least some answers read otherwise.
		expect(labelled.records.some((record, i) => record.E2 !== '' && record.E2 !== codes.records[i].E2)).toBe(true);
		expect(labelled.records.some((record, i) => record.K1 !== '' && record.K1 !== codes.records[i].K1)).toBe(true);
	});

	it('refuses a language the campaign does not have, before anything is exported', async () => {
		const audited = () =>
			t.db
				.selectFrom('audit_events')
				.select((eb) => eb.fn.countAll<number>().as('n'))
				.executeTakeFirstOrThrow();
		const before = Number((await audited()).n);
		await expect(
			exportResponsesCsv(t.db, owner, published.campaignId, {
				hxl: false,
				layout: { separator: ',', optionColumns: false, labels: 'de' }
			})
		).rejects.toMatchObject({ code: 'invalid', messageKey: 'errors.csv_labels_language' });
		expect(Number((await audited()).n)).toBe(before);
	});
});
