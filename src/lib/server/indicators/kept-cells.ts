import type { Kysely } from 'kysely';
import type { LevelledSums } from '$lib/indicators/rollup';
import type { Group, Wave } from '$lib/indicators/types';
import type { Database } from '../db/schema';
import { Kept } from './kept';
import { sumLevelledCells } from './repository';
import { cellKey, readCellVersions } from './versions';

interface KeptCells {
	/** The version each cell had when it was added up (a cell never changed is at 0, and not named). */
	versions: Map<string, number>;
	sums: Map<string, LevelledSums[]>;
}

/**
 * Each campaign's finest sums, cell by cell (wave × group), kept per process. A cell is added up again only
 * when its version moved: a response to the endline has the database read the endline's cell, not the
 * baseline's. Versions are read before the sums: a response arriving in between leaves sums labelled older
 * than they are, which the next report reads again; never the other way.
 */
const keptCells = new Kept<KeptCells>(32);

export function forgetKeptCells(): void {
	keptCells.clear();
}

export async function readLevelledSums(db: Kysely<Database>, campaignId: string): Promise<LevelledSums[]> {
	const versions = await readCellVersions(db, campaignId);
	const kept = keptCells.get(campaignId);
	let sums: Map<string, LevelledSums[]>;
	if (!kept) {
		sums = byCell(await sumLevelledCells(db, campaignId));
	} else {
		const stale = [...versions.keys()].filter((cell) => kept.versions.get(cell) !== versions.get(cell));
		const fresh = byCell(await sumLevelledCells(db, campaignId, stale.map(toCell)));
		sums = new Map(kept.sums);
		for (const cell of stale) sums.set(cell, fresh.get(cell) ?? []);
	}
	keptCells.set(campaignId, { versions, sums });
	return [...sums.values()].flat();
}

function byCell(levelled: readonly LevelledSums[]): Map<string, LevelledSums[]> {
	const cells = new Map<string, LevelledSums[]>();
	for (const sums of levelled) {
		const key = cellKey(sums);
		let cell = cells.get(key);
		if (!cell) cells.set(key, (cell = []));
		cell.push(sums);
	}
	return cells;
}

function toCell(key: string): { wave: Wave; group: Group } {
	const [wave, group] = key.split(' ') as [Wave, Group];
	return { wave, group };
}
