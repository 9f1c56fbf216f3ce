// The folders of src/lib and src/lib/server, the imports between them, and the cycles those imports close.
// `node scripts/folder-graph.js` prints both (`--cycles`: the cycles alone) and exits 1 on a cycle; `npm run lint`
// and tests/unit/architecture/folders.test.ts run it.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LIB = join(ROOT, 'src', 'lib');
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;

/** @param {string} folder @returns {string[]} */
function listSources(folder) {
	return readdirSync(folder).flatMap((name) => {
		const path = join(folder, name);
		if (statSync(path).isDirectory()) return listSources(path);
		return /\.(ts|js|svelte)$/.test(name) ? [path] : [];
	});
}

/**
 * The folder a file belongs to: `server/<name>` under src/lib/server, `<name>` elsewhere in src/lib; a file at
 * the top of either is its own unit (`server/crypto`).
 * @param {string} path
 * @returns {string | null}
 */
export function folderOf(path) {
	const inLib = relative(LIB, path);
	if (inLib.startsWith('..')) return null;
	const parts = inLib.split(sep);
	// A file at the top is named without its extension, as its importers name it.
	const unit = (/** @type {string} */ name) => name.replace(/\.(ts|js|svelte)$/, '');
	if (parts[0] === 'server' && parts.length > 1) return `server/${unit(parts[1])}`;
	return unit(parts[0]);
}

/** @param {string} from @param {string} specifier @returns {string | null} */
function resolveSpecifier(from, specifier) {
	if (specifier.startsWith('$lib/')) return join(LIB, specifier.slice(5));
	if (specifier === '$lib') return LIB;
	if (specifier.startsWith('.')) return resolve(dirname(from), specifier);
	return null;
}

/** @returns {Map<string, Map<string, string[]>>} each folder, the folders it imports, and the files that do */
export function readFolderGraph() {
	/** @type {Map<string, Map<string, string[]>>} */
	const graph = new Map();
	for (const file of listSources(LIB)) {
		const from = folderOf(file);
		if (!from) continue;
		if (!graph.has(from)) graph.set(from, new Map());
		const text = readFileSync(file, 'utf8');
		for (const [, specifier] of text.matchAll(IMPORT)) {
			const target = resolveSpecifier(file, specifier);
			const to = target && folderOf(target);
			if (!to || to === from) continue;
			const edges = /** @type {Map<string, string[]>} */ (graph.get(from));
			edges.set(to, [...(edges.get(to) ?? []), relative(ROOT, file)]);
		}
	}
	return graph;
}

/**
 * Strongly connected groups of more than one folder (Tarjan): each is a cycle of imports.
 * @param {Map<string, Map<string, string[]>>} graph
 * @returns {string[][]}
 */
export function findCycles(graph) {
	let index = 0;
	/** @type {Map<string, number>} */ const order = new Map();
	/** @type {Map<string, number>} */ const low = new Map();
	/** @type {string[]} */ const stack = [];
	const onStack = new Set();
	/** @type {string[][]} */ const groups = [];
	/** @param {string} node */
	const visit = (node) => {
		order.set(node, index);
		low.set(node, index++);
		stack.push(node);
		onStack.add(node);
		for (const next of graph.get(node)?.keys() ?? []) {
			if (!order.has(next)) {
				visit(next);
				low.set(node, Math.min(/** @type {number} */ (low.get(node)), /** @type {number} */ (low.get(next))));
			} else if (onStack.has(next)) {
				low.set(node, Math.min(/** @type {number} */ (low.get(node)), /** @type {number} */ (order.get(next))));
			}
		}
		if (low.get(node) === order.get(node)) {
			/** @type {string[]} */ const group = [];
			let member;
			do {
				member = /** @type {string} */ (stack.pop());
				onStack.delete(member);
				group.push(member);
			} while (member !== node);
			if (group.length > 1) groups.push(group.sort());
		}
	};
	for (const node of [...graph.keys()].sort()) if (!order.has(node)) visit(node);
	return groups;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const graph = readFolderGraph();
	const cycles = findCycles(graph);
	if (!process.argv.includes('--cycles'))
		for (const [from, edges] of [...graph].sort())
			console.log(`${from} → ${[...edges.keys()].sort().join(', ') || '(none)'}`);
	if (cycles.length === 0) console.log('No folder cycle.');
	for (const cycle of cycles) {
		console.log(`\nCycle: ${cycle.join(', ')}`);
		const members = new Set(cycle);
		for (const from of cycle)
			for (const [to, files] of graph.get(from) ?? [])
				if (members.has(to)) console.log(`  ${from} → ${to}: ${[...new Set(files)].join(', ')}`);
	}
	process.exitCode = cycles.length === 0 ? 0 : 1;
}
