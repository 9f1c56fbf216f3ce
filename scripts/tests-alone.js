// `node scripts/tests-alone.js [--jobs N] [PATH…]`: runs every test of the given files or folders on its own
// (`vitest run FILE -t NAME`, a process each), so that no test passes only because another ran first in its file.
// Run `vite build` first: the end-to-end and browser tests serve the build. Prints each failure's output and a
// count; exits 1 if any test failed alone.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';

const VITEST = join(import.meta.dirname, '..', 'node_modules', 'vitest', 'vitest.mjs');

/** @returns {{ jobs: number, paths: string[] }} */
function readOptions() {
	const { values, positionals } = parseArgs({
		options: { jobs: { type: 'string', default: '1' } },
		allowPositionals: true
	});
	const jobs = Number(values.jobs);
	if (!Number.isInteger(jobs) || jobs < 1) {
		console.error('usage: node scripts/tests-alone.js [--jobs N] [PATH…]  (--jobs takes a positive whole number)');
		process.exit(2);
	}
	return { jobs, paths: positionals.length > 0 ? positionals : ['tests/e2e', 'tests/browser'] };
}

/**
 * Runs vitest with `args`; resolves with its exit status and everything it printed.
 * @param {string[]} args
 * @returns {Promise<{ status: number | null, output: string }>}
 */
function runVitest(args) {
	return new Promise((done) => {
		const child = spawn(process.execPath, [VITEST, ...args], {
			env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		// Colours stripped, should a reporter print them anyway.
		child.on('close', (status) => done({ status, output: output.replace(/\x1b\[[0-9;]*m/g, '') }));
	});
}

/**
 * The tests of `paths`, as vitest collects them: a file and a full name ("suite > test") each.
 * @param {string[]} paths
 * @returns {Promise<{ file: string, name: string }[]>}
 */
async function listTests(paths) {
	const dir = mkdtempSync(join(tmpdir(), 'tests-alone-'));
	try {
		const target = join(dir, 'tests.json');
		const { status, output } = await runVitest(['list', `--json=${target}`, ...paths]);
		if (status !== 0) throw new Error(`vitest list failed:\n${output}`);
		return JSON.parse(readFileSync(target, 'utf8'));
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** A pattern that matches the test's own name at the end of its full name. @param {string} fullName */
function patternFor(fullName) {
	const own = fullName.split(' > ').at(-1) ?? fullName;
	return `${own.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;
}

/**
 * Runs one test alone; a run that ran no test counts as a failure (the pattern missed it).
 * @param {{ file: string, name: string }} test
 */
async function runAlone(test) {
	const { status, output } = await runVitest(['run', test.file, '-t', patternFor(test.name)]);
	const ran = /Tests\s+(\d+) passed/.exec(output);
	return { ok: status === 0 && ran !== null && Number(ran[1]) >= 1, output };
}

async function main() {
	const options = readOptions();
	const tests = await listTests(options.paths);
	console.log(`${tests.length} tests in ${new Set(tests.map((t) => t.file)).size} files, each run alone…`);
	/** @type {{ test: { file: string, name: string }, output: string }[]} */
	const failures = [];
	let next = 0;
	let finished = 0;
	const worker = async () => {
		while (next < tests.length) {
			const test = tests[next++];
			const { ok, output } = await runAlone(test);
			finished += 1;
			const where = `${relative(process.cwd(), test.file)} › ${test.name}`;
			console.log(`${ok ? 'ok  ' : 'FAIL'} ${finished}/${tests.length} ${where}`);
			if (!ok) failures.push({ test, output });
		}
	};
	await Promise.all(Array.from({ length: Math.min(options.jobs, tests.length) }, worker));
	for (const { test, output } of failures) console.log(`\n── ${test.file} › ${test.name}\n${output}`);
	console.log(`\n${tests.length - failures.length} of ${tests.length} tests pass alone.`);
	process.exit(failures.length === 0 ? 0 : 1);
}

main().catch((error) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
