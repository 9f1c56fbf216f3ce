import { randomUUID } from 'node:crypto';
import { endianness } from 'node:os';
import { sql, type Kysely, type Transaction } from 'kysely';
import {
	addUpLevels,
	keepUnchangedLevels,
	nameLevelSums,
	splitByLevel,
	widthOf,
	type LevelledDesignSums,
	type LevelSplit,
	type PsuDesignSums
} from '$lib/indicators/design-psus';
import { DIMENSIONS } from '$lib/indicators/dimensions';
import type { Group, Wave } from '$lib/indicators/types';
import { Kept } from '$lib/kept';
import type { Database } from '../db/schema';
import { DESIGN_SUM_COLUMNS } from './design-columns';
import { readLevelledDesignSums } from './repository';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * A PSU of fewer respondents than this (a panel member, a cluster barely begun) is read from its rows of design
 * sums each time: its split by level would be larger than they are.
 */
const SPLIT_FROM = 8;

/** Beyond this many PSUs to read row by row, the campaign's rows are read at once. */
const PSUS_ASKED_AT_MOST = 200;

/** Splits read in this process, per campaign and PSU, with the stamp they were stored under. */
const keptSplits = new Kept<Map<string, KeptSplit>>(8);

interface KeptSplit {
	stamp: string;
	split: LevelSplit;
}

/**
 * The design sums of each PSU of the campaign in each wave and group, in all and split by each dimension's level:
 * kept split in `design_psu_levels` and in this process, made again from `design_sums` for the PSUs that changed
 * since, and stored for the next report. None for a campaign of simple design.
 */
export async function readDesignPsus(db: Db, campaignId: string): Promise<PsuDesignSums[]> {
	const rows = await db
		.selectFrom('design_psus as p')
		.leftJoin('design_psu_levels as l', (join) =>
			join
				.onRef('l.campaign_id', '=', 'p.campaign_id')
				.onRef('l.wave', '=', 'p.wave')
				.onRef('l.group_name', '=', 'p.group_name')
				.onRef('l.psu', '=', 'p.psu')
		)
		.select([
			'p.wave',
			'p.group_name',
			'p.psu',
			'p.stratum',
			'p.respondents',
			'p.generation',
			'l.generation as levels_generation',
			'l.stamp as levels_stamp',
			sql<number>`case when ${WEIGHED_OTHER_THAN_ONE} then 1 else 0 end`.as('weighted')
		])
		.where('p.campaign_id', '=', campaignId)
		.execute();
	const kept = keptSplits.get(campaignId) ?? new Map<string, KeptSplit>();
	const keeping = new Map<string, KeptSplit>();
	const psus: PsuDesignSums[] = [];
	const stored: PsuRow[] = [];
	const unsplit: PsuRow[] = [];
	for (const row of rows) {
		const key = psuKey(row.wave, row.group_name, row.psu);
		const current = row.levels_stamp !== null && Number(row.levels_generation) === Number(row.generation);
		const known = current ? kept.get(key) : undefined;
		if (known && known.stamp === row.levels_stamp) {
			keeping.set(key, known);
			psus.push(toPsu(row, known.split));
		} else (current ? stored : unsplit).push(row);
	}
	const splits = await readStoredSplits(db, campaignId, stored);
	for (const row of stored) {
		const key = psuKey(row.wave, row.group_name, row.psu);
		const found = splits.get(key);
		const decoded = found ? decodeLevels(found.levels, row.psu) : null;
		if (found && decoded) {
			const split = keepUnchanged(kept.get(key), decoded);
			keeping.set(key, { stamp: found.stamp, split });
			psus.push(toPsu(row, split));
		} else unsplit.push(row);
	}
	const levelled = unsplit.length > 0 ? await readLevelledRowsOf(db, campaignId, unsplit) : new Map();
	for (const row of unsplit) {
		const key = psuKey(row.wave, row.group_name, row.psu);
		const split = keepUnchanged(kept.get(key), splitByLevel(row.psu, levelled.get(key) ?? []));
		psus.push(toPsu(row, split));
		if (Number(row.respondents) < SPLIT_FROM) continue;
		const stamp = randomUUID();
		if (await storeSplit(db, campaignId, row, stamp, split)) keeping.set(key, { stamp, split });
	}
	keptSplits.set(campaignId, keeping);
	return psus;
}

/** Stores a PSU's split, as of its generation read: only if nothing changed the PSU since (then true). */
async function storeSplit(db: Db, campaignId: string, row: PsuRow, stamp: string, split: LevelSplit): Promise<boolean> {
	const { numAffectedRows } = await sql`
		insert into design_psu_levels (campaign_id, wave, group_name, psu, generation, stamp, levels)
		select campaign_id, wave, group_name, psu, generation, ${stamp}, ${encodeLevels(split, row.psu)}
		from design_psus
		where campaign_id = ${campaignId} and wave = ${row.wave} and group_name = ${row.group_name}
			and psu = ${row.psu} and generation = ${row.generation}
		on conflict (campaign_id, wave, group_name, psu) do update
		set generation = excluded.generation, stamp = excluded.stamp, levels = excluded.levels`.execute(db);
	return Number(numAffectedRows ?? 0) === 1;
}

/** The stored splits of these PSUs, by PSU, with their stamps. */
async function readStoredSplits(
	db: Db,
	campaignId: string,
	psus: readonly PsuRow[]
): Promise<Map<string, { stamp: string; levels: Uint8Array }>> {
	const splits = new Map<string, { stamp: string; levels: Uint8Array }>();
	if (psus.length === 0) return splits;
	const query = db
		.selectFrom('design_psu_levels')
		.select(['wave', 'group_name', 'psu', 'levels', 'stamp'])
		.where('campaign_id', '=', campaignId);
	const cells =
		psus.length > PSUS_ASKED_AT_MOST
			? [query]
			: [...groupBy(psus, (psu) => `${psu.wave}\u0000${psu.group_name}`).values()].map((ofCell) =>
					query
						.where('wave', '=', ofCell[0].wave)
						.where('group_name', '=', ofCell[0].group_name)
						.where(
							'psu',
							'in',
							ofCell.map((psu) => psu.psu)
						)
				);
	const wanted = new Set(psus.map((psu) => psuKey(psu.wave, psu.group_name, psu.psu)));
	for (const cell of cells)
		for (const row of await cell.execute()) {
			const key = psuKey(row.wave, row.group_name, row.psu);
			if (wanted.has(key)) splits.set(key, { stamp: row.stamp, levels: row.levels });
		}
	return splits;
}

interface PsuRow {
	wave: Wave;
	group_name: Group;
	psu: string;
	stratum: string;
	respondents: number;
	generation: number;
	weighted: number;
}

// Σw = n and Σw² = n for every indicator: every response weighs 1.
const WEIGHED_OTHER_THAN_ONE = sql.raw(
	DESIGN_SUM_COLUMNS.map((c) => `p.${c.w} <> p.${c.n} or p.${c.ww} <> p.${c.n}`).join(' or ')
);

/** A PSU's levels read again: those whose sums did not change stay the arrays they were (results made from them are kept). */
function keepUnchanged(before: KeptSplit | undefined, split: LevelSplit): LevelSplit {
	return before ? keepUnchangedLevels(before.split, split) : split;
}

function toPsu(row: PsuRow, levels: LevelSplit): PsuDesignSums {
	return {
		wave: row.wave,
		group: row.group_name,
		psu: row.psu,
		stratum: row.stratum,
		respondents: Number(row.respondents),
		weighted: Number(row.weighted) === 1,
		totals: addUpLevels(row.psu, levels),
		levels
	};
}

function psuKey(wave: string, group: string, psu: string): string {
	return `${wave}\u0000${group}\u0000${psu}`;
}

/** The rows of design sums of these PSUs, by PSU: asked cell by cell, or all the campaign's when they are many. */
async function readLevelledRowsOf(
	db: Db,
	campaignId: string,
	psus: readonly PsuRow[]
): Promise<Map<string, LevelledDesignSums[]>> {
	let rows: LevelledDesignSums[];
	if (psus.length > PSUS_ASKED_AT_MOST) rows = await readLevelledDesignSums(db, campaignId);
	else {
		const byCell = groupBy(psus, (psu) => `${psu.wave}\u0000${psu.group_name}`);
		rows = [];
		for (const [cell, ofCell] of byCell) {
			const [wave, group] = cell.split('\u0000') as [Wave, Group];
			const psusOfCell = ofCell.map((psu) => psu.psu);
			rows.push(...(await readLevelledDesignSums(db, campaignId, { wave, group, psus: psusOfCell })));
		}
	}
	return groupBy(rows, (row) => psuKey(row.wave, row.group, row.psu));
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const key = keyOf(item);
		const group = groups.get(key);
		if (group) group.push(item);
		else groups.set(key, [item]);
	}
	return groups;
}

// The split as stored: a header (its length in 4 bytes, then each dimension's levels as JSON), then from the next
// multiple of 8 bytes each level's sums and version as 64-bit floats (`widthOf(psu)` + 1), in the header's order
// (versions are this process's: stored as 0).

/** The split of a PSU ('' for the responses that are their own) as stored. */
export function encodeLevels(split: LevelSplit, psu: string): Buffer {
	const width = widthOf(psu);
	const stride = width + 1;
	const header = Buffer.from(JSON.stringify(split.map((levels) => [...levels.keys()])));
	const start = bodyStart(header.length);
	const entries = split.reduce((count, levels) => count + levels.size, 0);
	const bytes = Buffer.alloc(start + entries * stride * 8);
	bytes.writeUInt32LE(header.length, 0);
	header.copy(bytes, 4);
	const body = new Float64Array(entries * stride);
	let entry = 0;
	for (const levels of split)
		for (const values of levels.values()) body.set(values.subarray(0, width), stride * entry++);
	if (LITTLE_ENDIAN) bytes.set(new Uint8Array(body.buffer), start);
	else body.forEach((value, i) => bytes.writeDoubleLE(value, start + 8 * i));
	return bytes;
}

/**
 * The split of a PSU ('' for the responses that are their own), or null when what is stored is not one of this
 * version (another count of dimensions, indicators or sums).
 */
export function decodeLevels(stored: Uint8Array, psu: string): LevelSplit | null {
	const stride = widthOf(psu) + 1;
	const bytes = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
	if (bytes.length < 4) return null;
	const length = bytes.readUInt32LE(0);
	const start = bodyStart(length);
	if (start > bytes.length) return null;
	let keys: unknown;
	try {
		keys = JSON.parse(bytes.toString('utf8', 4, 4 + length));
	} catch {
		return null;
	}
	if (!Array.isArray(keys) || keys.length !== DIMENSIONS.length) return null;
	const entries = keys.reduce((count: number, levels: unknown[]) => count + levels.length, 0);
	if (bytes.length !== start + entries * stride * 8) return null;
	const body = readFloats(bytes, start, entries * stride);
	let entry = 0;
	return keys.map(
		(levels: string[]) =>
			new Map(levels.map((level) => [level, nameLevelSums(body.subarray(entry * stride, ++entry * stride))]))
	);
}

/** `count` 64-bit floats from `at`: read where they are when they are aligned, else copied. */
function readFloats(bytes: Buffer, at: number, count: number): Float64Array {
	if (LITTLE_ENDIAN && (bytes.byteOffset + at) % 8 === 0)
		return new Float64Array(bytes.buffer, bytes.byteOffset + at, count);
	const body = new Float64Array(count);
	if (LITTLE_ENDIAN) new Uint8Array(body.buffer).set(bytes.subarray(at, at + 8 * count));
	else for (let i = 0; i < count; i++) body[i] = bytes.readDoubleLE(at + 8 * i);
	return body;
}

const LITTLE_ENDIAN = endianness() === 'LE';

function bodyStart(headerLength: number): number {
	return Math.ceil((4 + headerLength) / 8) * 8;
}
