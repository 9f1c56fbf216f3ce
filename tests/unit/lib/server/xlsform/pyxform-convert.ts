import { execFileSync } from 'node:child_process';

// pyxform itself, the converter KoboToolbox and ODK run (tests/tools/pyxform-4.5.0), on Debian's Python 3.
const CONVERT = new URL('../../../../tools/pyxform-4.5.0/convert.py', import.meta.url).pathname;
const PYTHON = '/usr/bin/python3';

/** pyxform's verdict on each workbook: the error it raised (or null) and its warnings; with `withXml`, the XForm. */
export function convertAll(
	files: string[],
	withXml = false
): { file: string; error: string | null; warnings: string[]; xml?: string | null }[] {
	const output = execFileSync(PYTHON, [CONVERT, ...(withXml ? ['--xml'] : []), ...files], {
		encoding: 'utf8',
		timeout: 120_000
	});
	return output
		.trim()
		.split('\n')
		.map((line) => JSON.parse(line));
}
