import { describe, expect, it } from 'vitest';
import { findCycles, folderOf, readFolderGraph } from '../../../scripts/folder-graph.js';

const graphOf = (edges: Record<string, string[]>): Map<string, Map<string, string[]>> =>
	new Map(Object.entries(edges).map(([from, targets]) => [from, new Map(targets.map((to) => [to, [`${from}.ts`]]))]));

describe('findCycles', () => {
	it.each<{ name: string; edges: Record<string, string[]>; cycles: string[][] }>([
		{ name: 'a chain', edges: { a: ['b'], b: ['c'], c: [] }, cycles: [] },
		{ name: 'two folders importing each other', edges: { a: ['b'], b: ['a'] }, cycles: [['a', 'b']] },
		{ name: 'a loop through three', edges: { a: ['b'], b: ['c'], c: ['a'], d: ['a'] }, cycles: [['a', 'b', 'c']] },
		{
			name: 'two separate loops',
			edges: { a: ['b'], b: ['a'], c: ['d'], d: ['c'] },
			cycles: [
				['a', 'b'],
				['c', 'd']
			]
		},
		{ name: 'a diamond', edges: { a: ['b', 'c'], b: ['d'], c: ['d'], d: [] }, cycles: [] }
	])('finds $name', ({ edges, cycles }) => {
		expect(findCycles(graphOf(edges)).sort()).toEqual(cycles);
	});
});

describe('folderOf', () => {
	it.each([
		{ path: 'src/lib/server/responses/writer.ts', folder: 'server/responses' },
		{ path: 'src/lib/server/crypto.ts', folder: 'server/crypto' },
		{ path: 'src/lib/stats/ci.ts', folder: 'stats' },
		{ path: 'src/routes/+page.svelte', folder: null }
	])('puts $path in $folder', ({ path, folder }) => {
		expect(folderOf(`${process.cwd()}/${path}`)).toBe(folder);
	});
});

describe('the folders of src/lib', () => {
	it('import one another without a cycle', () => {
		const graph = readFolderGraph();
		expect(graph.get('server/http')?.size).toBeGreaterThan(0);
		expect(findCycles(graph)).toEqual([]);
	});
});
