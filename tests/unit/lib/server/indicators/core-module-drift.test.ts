import { readFileSync } from 'node:fs';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import {
	CORE_ITEMS,
	DISAGGREGATIONS,
	INDICATORS,
	PRIMARY_INDICATORS,
	type IndicatorId,
	type ItemId,
	type MeanIndicatorId
} from '$lib/core-module';
import { DIMENSIONS } from '$lib/indicators/dimensions';
import { connectDatabase } from '$lib/server/db/connect';
import { migrateToLatest } from '$lib/server/db/migrate';
import type { CoreAnswerColumns, Database, IndicatorSumsTable, ScoreColumns } from '$lib/server/db/schema';
import { SUM_COLUMNS, SUM_KEYS } from '$lib/server/indicators/sums';

interface ColumnInfo {
	name: string;
	type: string;
	/** The column's place in the primary key from 1; 0 when not in it. */
	pk: number;
}

const STANDARD = readFileSync(new URL('../../../../../docs/standard.md', import.meta.url), 'utf8');

function readSection(heading: string): string {
	const start = STANDARD.indexOf(`${heading}\n`);
	if (start < 0) throw new Error(`docs/standard.md has no "${heading}"`);
	const end = STANDARD.indexOf('\n#', start + heading.length);
	return STANDARD.slice(start, end < 0 ? undefined : end);
}

/** The rows of §5.4's table: each dimension and the item or indicator it is read from. */
function readDocumentedDimensions(): [string, string][] {
	return [...readSection('### 5.4 Disaggregations').matchAll(/^\| `([a-z_]+)` *\| (\w+)/gm)].map(
		([, dimension, source]) => [dimension, source]
	);
}

function readDocumentedPrimaries(): string[] {
	const line = /\*\*Primary indicators\*\*: ([^.]+)\./.exec(STANDARD);
	if (!line) throw new Error('docs/standard.md names no primary indicators');
	return line[1].split(/,\s*|\s+and\s+/);
}

async function readColumns(db: Kysely<Database>, table: string): Promise<ColumnInfo[]> {
	return (await sql<ColumnInfo>`select name, lower(type) as type, pk from pragma_table_info(${table})`.execute(db))
		.rows;
}

const lower = (id: string): string => id.toLowerCase();

describe('the core module and what is built on it', () => {
	let db: Kysely<Database>;

	beforeAll(async () => {
		db = connectDatabase({ dialect: 'sqlite', path: ':memory:' });
		const outcome = await migrateToLatest(db);
		if (!outcome.ok) throw new Error(`migration ${outcome.failed} failed`);
	});
	afterAll(async () => db.destroy());

	it('has the dimensions docs/standard.md §5.4 lists, each read from the same item or indicator', () => {
		const sources = DISAGGREGATIONS.map((disaggregation) =>
			'item' in disaggregation ? disaggregation.item : disaggregation.indicator
		);
		expect(DIMENSIONS.map((dimension, index) => [dimension, sources[index]])).toEqual(readDocumentedDimensions());
	});

	it('has the primary indicators docs/standard.md §3 names', () => {
		expect(PRIMARY_INDICATORS).toEqual(readDocumentedPrimaries());
	});

	it('keeps indicator sums by wave, group and every dimension, with each indicator’s count, sum and a mean’s squares', async () => {
		const columns = await readColumns(db, 'indicator_sums');
		const expected = [
			'campaign_id',
			'wave',
			'group_name',
			...DIMENSIONS,
			'respondents',
			'quick',
			...INDICATORS.flatMap(({ id, type }) => [
				`${lower(id)}_n`,
				`${lower(id)}_sum`,
				...(type === 'mean' ? [`${lower(id)}_squares`] : [])
			])
		];
		expect(columns.map((column) => column.name).sort()).toEqual(expected.sort());
		const key = columns.filter((column) => column.pk > 0).sort((a, b) => a.pk - b.pk);
		expect(key.map((column) => column.name)).toEqual([...SUM_KEYS]);
	});

	it('writes the sums into the columns the database has, each once', async () => {
		const written = [
			...SUM_KEYS,
			'respondents',
			'quick',
			...SUM_COLUMNS.flatMap((column) => [column.n, column.sum, ...(column.squares ? [column.squares] : [])])
		];
		expect(written.sort()).toEqual((await readColumns(db, 'indicator_sums')).map((column) => column.name).sort());
	});

	it('stores each item’s answer, numbers as integers, and each indicator’s score with the response', async () => {
		const columns = new Map((await readColumns(db, 'responses')).map((column) => [column.name, column.type]));
		const answers = CORE_ITEMS.map((item) => [
			lower(item.id),
			item.kind === 'integer' || (item.kind === 'scale' && !item.dk) ? 'integer' : 'text'
		]);
		expect(answers.map(([column]) => [column, columns.get(column)])).toEqual(answers);
		const scores = INDICATORS.map(({ id }) => `score_${lower(id)}`);
		expect(scores.filter((column) => !columns.has(column))).toEqual([]);
	});

	it('types the same columns in db/schema (held by the compiler, in npm run check)', () => {
		expectTypeOf<keyof CoreAnswerColumns>().toEqualTypeOf<Lowercase<ItemId>>();
		expectTypeOf<keyof ScoreColumns>().toEqualTypeOf<`score_${Lowercase<IndicatorId>}`>();
		expectTypeOf<keyof IndicatorSumsTable>().toEqualTypeOf<
			| (typeof SUM_KEYS)[number]
			| 'respondents'
			| 'quick'
			| `${Lowercase<IndicatorId>}_${'n' | 'sum'}`
			| `${Lowercase<MeanIndicatorId>}_squares`
		>();
	});
});
