import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeCampaign, createCampaign } from '$lib/server/campaigns/service';
import { insertMembership } from '$lib/server/organisations/repository';
import { createOrganisation } from '$lib/server/organisations/service';
import { importResponsesCsv, type ImportReport, type ResponsesImport } from '$lib/server/imports/import-service';
import { publishSurvey } from '$lib/server/surveys/service';
import type { CollectionLink } from '$lib/server/surveys/survey';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { campaignInput, createUser, setUpSahelInfo } from '../../../../helpers/fixtures';
import { buildCsv, generateResponses, toCells, type CsvRecord } from '../../../../helpers/responses-csv';
import { RESPONDENT } from '../../../../helpers/responses';
import { countByLink } from '$lib/server/responses/repository';
import { exportResponsesCsv } from '$lib/server/exports/responses-csv';

const NOW = new Date('2026-06-01T12:00:00Z');
const ADULT_CELLS = toCells(RESPONDENT);
const encode = (records: readonly CsvRecord[], options: Parameters<typeof buildCsv>[1] = {}) =>
	new TextEncoder().encode(buildCsv(records, options));

describe.each(DIALECTS)('importing responses from CSV on %s', (dialect) => {
	let t: TestDatabase;
	let owner: string;
	let editor: string;
	let viewer: string;
	let enumerator: string;
	let outsider: string;
	let campaignId: string;
	let baseline: CollectionLink;
	let endline: CollectionLink;

	const run = (
		actor: string,
		bytes: Uint8Array,
		options: Partial<ResponsesImport> = {},
		link: CollectionLink = baseline
	): Promise<ImportReport> =>
		importResponsesCsv(t.db, actor, campaignId, { linkId: link.id }, bytes, {
			language: 'fr',
			dryRun: false,
			now: NOW,
			...options
		});

	/** Responses stored, or endings counted (a refusal followed by the same respondent's answers no longer counts). */
	const count = async (what: 'responses' | 'survey_endings', link: CollectionLink = baseline) => {
		const counts = (await countByLink(t.db, campaignId)).get(link.id);
		return what === 'responses' ? (counts?.responses ?? 0) : (counts?.refused ?? 0) + (counts?.notEligible ?? 0);
	};

	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		const setup = await setUpSahelInfo(t.db);
		owner = setup.user.id;
		const member = async (role: 'editor' | 'viewer' | 'enumerator') => {
			const id = (await createUser(t.db, role)).id;
			await insertMembership(t.db, {
				organisationId: setup.organisation.id,
				userId: id,
				role,
				createdAt: new Date().toISOString()
			});
			return id;
		};
		editor = await member('editor');
		viewer = await member('viewer');
		enumerator = await member('enumerator');
		outsider = (await createUser(t.db, 'outsider')).id;
		await createOrganisation(t.db, outsider, { name: 'Elsewhere', type: 'ngo' });
		const input = campaignInput({
			signatureMessages: [
				{ fr: 'La mer ne pardonne pas.', en: 'The sea does not forgive.' },
				{ fr: 'Le passeur ment.', en: 'The smuggler lies.' }
			]
		});
		campaignId = (await createCampaign(t.db, owner, input)).id;
		const { links } = await publishSurvey(t.db, owner, campaignId);
		baseline = links.find((link) => link.wave === 'baseline' && link.group === 'exposed')!;
		endline = links.find((link) => link.wave === 'endline' && link.group === 'exposed')!;
	});
	afterEach(async () => t.close());

	it('reports a dry run without writing, imports 1,000 rows at once, and adds nothing the second time', async () => {
		const bytes = encode(generateResponses(1000), { delimiter: ';' });
		const dry = await run(editor, bytes, { dryRun: true });
		expect(dry).toMatchObject({
			rows: 1000,
			problems: [],
			problemCount: 0,
			alreadyImported: 0,
			toImport: 1000,
			imported: false
		});
		expect(await count('responses')).toBe(0);

		const first = await run(editor, bytes);
		expect(first).toMatchObject({ rows: 1000, toImport: 1000, alreadyImported: 0, imported: true });
		expect(await count('responses')).toBe(1000);

		const stored = await t.db
			.selectFrom('responses')
			.selectAll()
			.where('client_id', '=', 'uuid:row-000007')
			.executeTakeFirstOrThrow();
		expect(stored).toMatchObject({
			channel: 'import',
			wave: 'baseline',
			group_name: 'exposed',
			language: 'fr',
			collected_by_user_id: null,
			d2: 25,
			e2: 'radio school',
			submitted_at: NOW.toISOString()
		});
		expect(stored.score_knw1m).not.toBeNull();

		const again = await run(owner, bytes);
		expect(again).toMatchObject({ rows: 1000, alreadyImported: 1000, toImport: 0, imported: true });
		expect(await run(owner, bytes, { dryRun: true })).toMatchObject({ alreadyImported: 1000, toImport: 0 });
		expect(await count('responses')).toBe(1000);
	});

	it('imports nothing while any row has a problem', async () => {
		const records = generateResponses(20);
		records[13] = { ...records[13], D2: 'twenty' };
		const report = await run(editor, encode(records));
		expect(report).toMatchObject({ imported: false, toImport: 0, rowsWithProblems: 1, problemCount: 1 });
		expect(report.problems).toEqual([
			expect.objectContaining({ line: 15, column: 'D2', value: 'twenty', code: 'not_an_integer' })
		]);
		expect(await count('responses')).toBe(0);
	});

	it('counts refusals and respondents under 15 once, and takes a whole response that follows a refusal', async () => {
		const header = Object.keys(ADULT_CELLS);
		const records = [{ C0: 'no' }, { C0: 'yes', D2: '13' }, ADULT_CELLS];
		const first = await run(editor, encode(records, { header }));
		expect(first).toMatchObject({ rows: 3, refusals: 1, notEligible: 1, toImport: 3, alreadyImported: 0 });
		expect(await count('responses')).toBe(1);
		expect(await count('survey_endings')).toBe(2);
		expect(await run(editor, encode([...records].reverse(), { header }))).toMatchObject({
			alreadyImported: 3,
			toImport: 0
		});
		expect(await count('survey_endings')).toBe(2);

		// Paper forms with ids: a respondent who first refused, then agreed, is one response.
		await run(editor, encode([{ client_id: 'paper-form-0042', C0: 'no' }], { header: ['client_id', ...header] }));
		expect(await count('survey_endings')).toBe(3);
		const agreed = await run(editor, encode([{ client_id: 'paper-form-0042', ...ADULT_CELLS }]));
		expect(agreed).toMatchObject({ toImport: 1, alreadyImported: 0 });
		expect(await count('survey_endings')).toBe(2);
		expect(await count('responses')).toBe(2);
	});

	it('keeps the same rows apart in another wave, but one submission id once per campaign', async () => {
		const plain = encode([ADULT_CELLS, ADULT_CELLS]);
		await run(editor, plain);
		expect(await run(editor, plain, {}, endline)).toMatchObject({ toImport: 2, alreadyImported: 0 });
		expect(await count('responses', endline)).toBe(2);

		const withIds = encode(generateResponses(3, 'uuid:kobo'));
		await run(editor, withIds);
		expect(await run(editor, withIds, {}, endline)).toMatchObject({ toImport: 0, alreadyImported: 3 });
	});

	it('never puts an exported row of another wave in the link’s: refused, or left out when chosen', async () => {
		await run(editor, encode([ADULT_CELLS, { ...ADULT_CELLS, D2: '30' }]));
		await run(editor, encode([{ ...ADULT_CELLS, D2: '40' }]), {}, endline);
		const exported = await exportResponsesCsv(t.db, owner, campaignId, { hxl: false });
		const bytes = new Uint8Array(await new Response(exported.stream).arrayBuffer());

		const refused = await run(editor, bytes, {}, endline);
		expect(refused.imported).toBe(false);
		expect(refused.problems).toEqual(
			expect.arrayContaining([expect.objectContaining({ column: 'wave', value: 'baseline', code: 'wave_not_link' })])
		);
		expect(refused.problems.filter((problem) => problem.code === 'wave_not_link')).toHaveLength(2);
		expect(await count('responses', endline)).toBe(1);

		const kept = await run(editor, bytes, { skipInvalid: true }, endline);
		expect(kept).toMatchObject({ imported: true, alreadyImported: 1 });
		expect(await count('responses', endline)).toBe(1);
		expect(await count('responses')).toBe(2);
	});

	it('finds the link by wave and group, as the API names it', async () => {
		const report = await importResponsesCsv(
			t.db,
			editor,
			campaignId,
			{ wave: 'endline', group: 'comparison' },
			encode([ADULT_CELLS]),
			{ language: 'en', dryRun: false, now: NOW }
		);
		expect(report.imported).toBe(true);
		const stored = await t.db
			.selectFrom('responses')
			.select(['wave', 'group_name', 'language'])
			.executeTakeFirstOrThrow();
		expect(stored).toEqual({ wave: 'endline', group_name: 'comparison', language: 'en' });
		await expect(
			importResponsesCsv(t.db, editor, campaignId, { wave: 'followup', group: 'exposed' }, encode([ADULT_CELLS]), {
				language: null,
				dryRun: true
			})
		).rejects.toMatchObject({ code: 'not_found', messageKey: 'errors.link_not_found' });
	});

	it('lets owners and editors import, refuses other members (403) and hides the campaign from outsiders (404)', async () => {
		const bytes = encode([ADULT_CELLS]);
		await expect(run(viewer, bytes, { dryRun: true })).rejects.toMatchObject({ code: 'forbidden' });
		await expect(run(enumerator, bytes)).rejects.toMatchObject({ code: 'forbidden' });
		await expect(run(outsider, bytes)).rejects.toMatchObject({
			code: 'not_found',
			messageKey: 'errors.campaign_not_found'
		});
		await expect(
			importResponsesCsv(t.db, editor, campaignId, { linkId: 'aaaaaaaaaaaaaaaaaaaaaaaa' }, bytes, {
				language: 'fr',
				dryRun: true
			})
		).rejects.toMatchObject({ code: 'not_found', messageKey: 'errors.link_not_found' });
		expect((await run(owner, bytes, { dryRun: true })).toImport).toBe(1);
		await closeCampaign(t.db, owner, campaignId);
		await expect(run(owner, bytes)).rejects.toMatchObject({ code: 'conflict', messageKey: 'errors.campaign_closed' });
		expect(await count('responses')).toBe(0);
	});

	it('needs a language the survey offers when the file does not say it', async () => {
		const bytes = encode([ADULT_CELLS]);
		await expect(run(editor, bytes, { language: 'pt' })).rejects.toMatchObject({
			messageKey: 'errors.language_not_offered',
			field: 'language'
		});
		await expect(run(editor, bytes, { language: null })).rejects.toMatchObject({
			messageKey: 'errors.csv_language_required',
			field: 'language'
		});
		const withLanguage = encode([{ ...ADULT_CELLS, language: 'en' }]);
		expect(await run(editor, withLanguage, { language: null })).toMatchObject({ toImport: 1 });
	});

	it('refuses a file it cannot read, or no file at all, and writes nothing', async () => {
		await expect(run(editor, new Uint8Array())).rejects.toMatchObject({
			code: 'bad_request',
			messageKey: 'errors.csv_body_missing'
		});
		await expect(run(editor, new Uint8Array(5 * 1024 * 1024 + 1).fill(0x41))).rejects.toMatchObject({
			messageKey: 'errors.csv_too_large'
		});
		await expect(run(editor, new Uint8Array([0x43, 0x30, 0x0a, 0xff, 0x0a]))).rejects.toMatchObject({
			code: 'invalid',
			messageKey: 'errors.csv_not_utf8',
			field: 'file'
		});
		await expect(run(editor, new TextEncoder().encode('C0,D2\nyes,"22\n'))).rejects.toMatchObject({
			messageKey: 'errors.csv_malformed',
			// The line's number as the file counts its lines, never grouped as a quantity would be (1503, not 1,503).
			params: { line: '2' }
		});
		expect(await count('responses')).toBe(0);
	});
});
