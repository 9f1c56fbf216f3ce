import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importResponsesCsv } from '$lib/server/imports/import-service';
import type { CollectionLink } from '$lib/server/surveys/survey';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { setUpSahelInfo } from '../../../../helpers/fixtures';
import { publishRosterCampaign } from '../../../../helpers/repeat-survey';
import { RESPONDENT } from '../../../../helpers/responses';
import { buildCsv, toCells, type CsvRecord } from '../../../../helpers/responses-csv';

const NOW = new Date('2026-06-01T12:00:00Z');
const CORE = toCells(RESPONDENT);

/** Two members written out column by column (with a 0/1 option column, as an export with `multiple=columns` has). */
const TWO_MEMBERS: CsvRecord = {
	...CORE,
	client_id: 'household-0001',
	members: '2',
	'members.1.name': 'Awa',
	'members.1.age': '34',
	'members.1.likes': 'fm tv',
	'members.1.likes/fm': '1',
	'members.2.name': 'Moussa',
	'members.2.age': '3',
	comment: 'deux'
};
const NONE: CsvRecord = { ...CORE, client_id: 'household-0002', members: '0' };

describe.each(DIALECTS)('importing repeat groups from CSV on %s', (dialect) => {
	let t: TestDatabase;
	let owner: string;
	let campaignId: string;
	let link: CollectionLink;

	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		owner = (await setUpSahelInfo(t.db)).user.id;
		const published = await publishRosterCampaign(t.db, owner);
		campaignId = published.campaignId;
		link = published.links.find((candidate) => candidate.wave === 'baseline' && candidate.group === 'exposed')!;
	});
	afterEach(async () => t.close());

	const run = (records: readonly CsvRecord[]) =>
		importResponsesCsv(t.db, owner, campaignId, { linkId: link.id }, new TextEncoder().encode(buildCsv(records)), {
			language: 'fr',
			dryRun: false,
			now: NOW
		});

	const stored = async () =>
		(await t.db.selectFrom('responses').select(['client_id', 'custom_answers']).orderBy('client_id').execute()).map(
			(row) => [row.client_id, JSON.parse(row.custom_answers) as Record<string, unknown>]
		);

	it('reads group.instance.member columns as the instances’ answers, the group’s column as their number', async () => {
		const report = await run([TWO_MEMBERS, NONE]);
		expect(report.problems).toEqual([]);
		expect(report.columns).toEqual(expect.arrayContaining(['members', 'members.1.age', 'members.2.name']));
		expect(report.ignoredColumns).toContainEqual({ header: 'members.1.likes/fm', reason: 'option' });
		expect(report).toMatchObject({ imported: true, toImport: 2 });
		expect(await stored()).toEqual([
			[
				'household-0001',
				{
					members: [
						{ name: 'Awa', age: 34, likes: ['fm', 'tv'] },
						{ name: 'Moussa', age: 3 }
					],
					comment: 'deux'
				}
			],
			['household-0002', { members: [] }]
		]);
	});

	it('names the column of an instance’s wrong answer, and imports nothing', async () => {
		const report = await run([{ ...TWO_MEMBERS, 'members.2.age': '300' }, NONE]);
		expect(report.problems).toEqual([
			expect.objectContaining({ line: 2, column: 'members.2.age', value: '300', code: 'out_of_range' })
		]);
		expect(report.imported).toBe(false);
		expect(await stored()).toEqual([]);
	});

	it('leaves out a member’s bare code and an instance of a group it is not in, as unknown columns', async () => {
		const report = await run([{ ...NONE, age: '3', 'pets.1.age': '2' }]);
		expect(report.ignoredColumns).toEqual(
			expect.arrayContaining([
				{ header: 'age', reason: 'unknown' },
				{ header: 'pets.1.age', reason: 'unknown' }
			])
		);
		expect(report).toMatchObject({ problems: [], imported: true });
	});
});
