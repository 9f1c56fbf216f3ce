import { sql, type RawBuilder } from 'kysely';
import { DISAGGREGATIONS, type ItemId } from '../../core-module';
import { DIMENSIONS, type Dimension } from '../../indicators/dimensions';
import type { ResponsesTable } from '../db/schema';
import { answerColumnOf, scoreColumnOf } from './response-columns';

/** Where a dimension's level is read from a stored response. */
interface LevelSource {
	readonly dimension: Dimension;
	readonly column: keyof ResponsesTable;
	/** An indicator's score (1 or 0), kept as `yes` or `no`; otherwise the answer's code. */
	readonly scored: boolean;
}

/** D2 is kept as its band (the core module's `bandAge`), in a column of its own. */
const BANDED_COLUMNS: Partial<Record<ItemId, keyof ResponsesTable>> = { D2: 'age_band' };

/** The core module's disaggregations, in the order of DIMENSIONS. */
const LEVEL_SOURCES: readonly LevelSource[] = DISAGGREGATIONS.map((disaggregation, index) =>
	'item' in disaggregation
		? {
				dimension: DIMENSIONS[index],
				column: BANDED_COLUMNS[disaggregation.item] ?? answerColumnOf(disaggregation.item),
				scored: false
			}
		: { dimension: DIMENSIONS[index], column: scoreColumnOf(disaggregation.indicator), scored: true }
);

/** A response's levels as the sums keep them: its answers' codes, a scored indicator as yes or no, '' for no answer. */
export function readLevels(row: ResponsesTable): Record<Dimension, string> {
	const levels = {} as Record<Dimension, string>;
	for (const { dimension, column, scored } of LEVEL_SOURCES) {
		const value = row[column];
		levels[dimension] = scored ? (value === 1 ? 'yes' : value === 0 ? 'no' : '') : String(value ?? '');
	}
	return levels;
}

/** The same levels read in SQL from `responses`, in the order of DIMENSIONS. */
export const LEVEL_EXPRESSIONS: readonly RawBuilder<string>[] = LEVEL_SOURCES.map(({ column, scored }) =>
	scored
		? sql<string>`case ${sql.ref(column)} when 1 then 'yes' when 0 then 'no' else '' end`
		: sql<string>`coalesce(${sql.ref(column)}, '')`
);
