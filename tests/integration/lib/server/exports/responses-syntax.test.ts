import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertSyntheticResponses, BASELINE_PROFILE } from '$lib/server/demo/synthetic';
import { exportResponsesCsv, type CsvLayout } from '$lib/server/exports/responses-csv';
import { exportResponsesSyntax } from '$lib/server/exports/responses-syntax';
import { findCollectTarget } from '$lib/server/responses/target';
import { writeResponse } from '$lib/server/responses/writer';
import { addCustomQuestions, publishSurvey } from '$lib/server/surveys/service';
import { customQuestionSchema } from '$lib/survey/custom-question';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { setUpSahelInfo } from '../../../../helpers/fixtures';
import { publishableCampaignInput, RESPONDENT } from '../../../../helpers/responses';
import { createCampaign } from '$lib/server/campaigns/service';

const NOW = new Date('2026-11-20T10:00:00.000Z');

const QUESTIONS = [
	{ code: 'comment', type: 'long_text', label: { fr: 'Un commentaire ?', en: 'Any comment?' } },
	{ code: 'household', type: 'integer', label: { fr: 'Personnes au foyer', en: 'People at home' }, min: 1, max: 40 },
	{ code: 'spent', type: 'decimal', label: { fr: 'Dépensé (FCFA)', en: 'Spent (CFA)' }, min: 0, max: 100000 },
	{
		code: 'heard',
		type: 'multiple',
		label: { fr: 'Entendu où ?', en: 'Heard where?' },
		options: [
			{ code: 'fm', label: { fr: 'Radio « FM »', en: 'Radio ‘FM’' } },
			{ code: 'mosque', label: { fr: 'À la mosquée', en: 'At the mosque' } }
		]
	},
	{
		code: 'liked',
		type: 'single',
		label: { fr: 'L’avez-vous aimé ?', en: 'Did you like it?' },
		options: [
			{ code: '01', label: { fr: 'Oui, l’« émission »', en: 'Yes, the ‘show’' } },
			{ code: '02', label: { fr: 'Non', en: 'No' } }
		]
	}
].map((question) => customQuestionSchema.parse({ required: false, ...question }));

/**
 * What PSPP (GNU's free SPSS, `apt-get install pspp`) says running the syntax in `dir`: its messages, then its
 * listing (the tables asked for).
 */
function runPspp(dir: string, syntax: string): string {
	writeFileSync(join(dir, 'read.sps'), syntax);
	const run = spawnSync('pspp', ['read.sps', '-O', 'format=txt', '-o', 'listing.txt'], { cwd: dir, encoding: 'utf8' });
	if (run.error) throw run.error;
	return `${run.stdout}${run.stderr}\n${readFileSync(join(dir, 'listing.txt'), 'utf8')}`;
}

describe.each(DIALECTS)('SPSS and Stata syntax for the responses CSV on %s', (dialect) => {
	let t: TestDatabase;
	let owner: string;
	let campaignId: string;
	let dir: string;

	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		owner = (await setUpSahelInfo(t.db)).user.id;
		campaignId = (await createCampaign(t.db, owner, publishableCampaignInput({ title: 'Sénégal 2026' }))).id;
		await addCustomQuestions(t.db, owner, campaignId, QUESTIONS);
		const { links } = await publishSurvey(t.db, owner, campaignId);
		const target = (await findCollectTarget(t.db, links[0].token))!;
		await writeResponse(t.db, {
			target,
			submission: {
				clientId: 'with-custom-answers',
				language: 'fr',
				startedAt: '2026-11-20T09:50:00.000Z',
				submittedAt: NOW.toISOString(),
				outcome: 'complete',
				core: RESPONDENT,
				custom: {
					comment: 'Première ligne,\nseconde « ligne », avec "guillemets"',
					household: 7,
					spent: 1250.5,
					heard: ['fm', 'mosque'],
					liked: '01'
				}
			},
			context: { channel: 'api', collectorId: owner, now: NOW },
			address: '127.0.0.1'
		});
		await insertSyntheticResponses(t.db, target, {
			count: 9,
			profile: BASELINE_PROFILE,
			seed: 4,
			submittedOn: '2026-11-19'
		});
		dir = mkdtempSync(join(tmpdir(), 'mesure-syntax-'));
	});
	afterEach(async () => {
		rmSync(dir, { recursive: true, force: true });
		await t.close();
	});

	async function saveCsv(layout: CsvLayout): Promise<string> {
		const exported = await exportResponsesCsv(t.db, owner, campaignId, { hxl: false, layout }, NOW);
		writeFileSync(join(dir, exported.filename), Buffer.from(await new Response(exported.stream).arrayBuffer()));
		return exported.filename;
	}

	it('reads the CSV for SPSS in PSPP with every label, codes as text and numbers as numbers', async () => {
		const file = await saveCsv({ separator: ',', optionColumns: false, lineBreaks: 'space' });
		const syntax = await exportResponsesSyntax(
			t.db,
			owner,
			campaignId,
			{ tool: 'spss', language: 'en', layout: { separator: ',', optionColumns: false } },
			NOW
		);
		expect(syntax.filename).toBe(file.replace(/\.csv$/, '.sps'));
		expect(syntax.body).toContain(`/FILE='${file}'`);
		const output = runPspp(
			dir,
			`${syntax.body}SAVE TRANSLATE /OUTFILE='labels.csv' /TYPE=CSV /FIELDNAMES /CELLS=LABELS /REPLACE.\n` +
				`SAVE TRANSLATE /OUTFILE='values.csv' /TYPE=CSV /FIELDNAMES /CELLS=VALUES /REPLACE.\n` +
				`DISPLAY LABELS.\nDISPLAY VARIABLES.\n`
		);
		const listing = output.slice(output.indexOf('\n'));
		expect(output).not.toMatch(/warning|error/i);
		const labels = parse(readFileSync(join(dir, 'labels.csv')), { columns: true }) as Record<string, string>[];
		const values = parse(readFileSync(join(dir, 'values.csv')), { columns: true }) as Record<string, string>[];
		expect(values).toHaveLength(10);
		const mine = values.findIndex((row) => row.client_id.trim() === 'with-custom-answers');
		// `comment` begins SPSS's COMMENT command: `comment_2`.
		expect(values[mine].comment_2.trim()).toBe('Première ligne, seconde « ligne », avec "guillemets"');
		expect(Number(values[mine].household)).toBe(7);
		expect(Number(values[mine].spent)).toBe(1250.5);
		expect(values[mine].heard.trim()).toBe('fm mosque');
		expect(values[mine].liked.trim()).toBe('01');
		expect(labels[mine].liked.trim()).toBe('Yes, the ‘show’');
		expect(labels[mine].D1.trim()).toBe('Female');
		// Every response of the file read whole: each in its own wave, its state, its weight empty.
		for (const row of values) {
			expect(row.wave.trim()).toBe('baseline');
			expect(row.review_state.trim()).toBe('received');
		}
		expect(listing).toContain('Did you like it?');
		expect(listing).toContain('People at home');
		expect(listing).toMatch(/household\s*\|\s*\d+\s*\|[^\n]*F20\.0/);
		expect(listing).toMatch(/liked\s*\|\s*\d+\s*\|[^\n]*A2\b/);
	});

	it('reads the ; CSV with a 0/1 column per option, each labelled by its question and option', async () => {
		const layout = { separator: ';', optionColumns: true } as const;
		const file = await saveCsv({ ...layout, lineBreaks: 'space' });
		const syntax = await exportResponsesSyntax(t.db, owner, campaignId, { tool: 'spss', language: 'fr', layout }, NOW);
		expect(syntax.body).toContain(`/FILE='${file}'`);
		expect(syntax.body).toContain('breaks=space&separator=semicolon&multiple=columns');
		const listing = runPspp(
			dir,
			`${syntax.body}SAVE TRANSLATE /OUTFILE='labels.csv' /TYPE=CSV /FIELDNAMES /CELLS=LABELS /REPLACE.\nDISPLAY LABELS.\n`
		);
		expect(listing).not.toMatch(/warning|error/i);
		// `heard/fm` is no SPSS name: `heard_fm`.
		expect(listing).toMatch(/heard_fm +\| +75\|Entendu où \?: Radio « FM »/);
		const labels = parse(readFileSync(join(dir, 'labels.csv')), { columns: true }) as Record<string, string>[];
		const mine = labels.find((row) => row.client_id.trim() === 'with-custom-answers')!;
		expect(mine.heard_fm.trim()).toBe('Choisie');
		expect(labels.filter((row) => row.heard_fm.trim() === '')).toHaveLength(9);
	});

	it('writes a Stata do-file that names each column, makes numbers of the numbers and labels each code', async () => {
		const syntax = await exportResponsesSyntax(
			t.db,
			owner,
			campaignId,
			{ tool: 'stata', language: 'en', layout: { separator: ',', optionColumns: false } },
			NOW
		);
		// Stata does not run here: the file is read as Stata reads it, line by line.
		const lines = syntax.body.split('\n');
		expect(syntax.filename).toMatch(/^senegal-2026-responses-2026-11-20\.do$/);
		expect(lines).toContain(
			'import delimited using `"senegal-2026-responses-2026-11-20.csv"\', delimiters(",") varnames(nonames) rowrange(2) stringcols(_all) bindquotes(strict) encoding("utf-8") clear'
		);
		const renames = lines.filter((line) => line.startsWith('rename v'));
		const exported = await exportResponsesCsv(t.db, owner, campaignId, { hxl: false }, NOW);
		const header = (await new Response(exported.stream).text())
			.replace(/^\uFEFF/, '')
			.split('\r\n')[0]
			.split(',');
		expect(renames).toEqual(header.map((column, i) => `rename v${i + 1} ${column}`));
		expect(lines).toContain('destring survey_version weight D2 household spent, replace force');
		expect(lines).toContain('label define liked 1 `"01"\' 2 `"02"\', replace');
		expect(lines).toContain('label define liked 1 `"Yes, the ‘show’"\' 2 `"No"\', modify');
		expect(lines).toContain('label variable liked `"Did you like it?"\'');
		expect(lines.filter((line) => line.startsWith('encode ')).length).toBeGreaterThan(10);
	});
});
